// The one spelling of a hub URL, shared by settings, the command line, the sync client and its stores.
#pragma once

#include <QString>

namespace mt {

// Blanks and trailing slashes removed ("https://hub.example/ " -> "https://hub.example"); nothing else. The
// result keys the keychain entry of the device token and the sync cursor and refusals in the database, so
// every place that takes a hub URL (medtrack.ini, --hub, the connection dialog) must pass it through here,
// and its rule must not change without migrating those keys.
QString normalizedHubUrl(const QString &url);

} // namespace mt
