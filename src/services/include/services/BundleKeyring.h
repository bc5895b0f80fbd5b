// This site's bundle signing key in the OS keychain (QtKeychain, asynchronous; never stored in clear).
#pragma once

#include "common/Error.h"
#include "services/Bundle.h"

#include <QObject>

#include <functional>

namespace mt {

class BundleKeyring
{
public:
    using Done = std::function<void(Result<BundleSigningKey>)>;

    // Keychain service name; the entry's key is the site id.
    static QString serviceName();
    // Reads this site's key pair; on first use creates one and stores it. `done` runs later on
    // `context`'s thread (never if `context` is gone). Errors: Io, field "keychain", detail
    // "unavailable:<backend text>" (no secret service), "denied:<text>" or "corrupt".
    static void loadOrCreate(const QString &siteId, QObject *context, Done done);

private:
    static void create(const QString &siteId, QObject *context, Done done);
};

} // namespace mt
