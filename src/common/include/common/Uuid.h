// UUIDv7 (RFC 9562): time-ordered ids, so event ids sort roughly by creation time.
#pragma once

#include <QString>

namespace mt {

class Clock;

// Lower-case canonical 8-4-4-4-12 form. Randomness from the OS (QRandomGenerator::system()).
QString newUuidV7(const Clock &clock);
bool isUuid(const QString &text);

} // namespace mt
