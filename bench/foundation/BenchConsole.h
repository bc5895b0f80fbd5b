// Measures the real alert console on a big database: first paint, filter change, acknowledge, RSS.
#pragma once

#include <QJsonObject>
#include <QString>

namespace mt::bench {

// Runs inside a fresh process (so "cold start" includes opening the database): returns figures
// in milliseconds and kilobytes. `processStartNs` is the monotonic time at main() entry.
QJsonObject measureConsole(const QString &dataDir, qint64 processStartNs);
qint64 peakRssKb();

} // namespace mt::bench
