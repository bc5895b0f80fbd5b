// Builds the benchmark database through the real event path and times it against raw inserts.
#pragma once

#include <QString>

namespace mt::bench {

struct FillReport
{
    qint64 events = 0;
    double appendSeconds = 0;     // EventStore::append (events + hash chain + projections)
    double rawSeconds = 0;        // prepared INSERTs of the same event rows, same batches
    double appendPerSecond() const { return events / appendSeconds; }
    double rawPerSecond() const { return events / rawSeconds; }
};

// Creates <dir>/medtrack.db with `alerts` alerts (most resolved or acknowledged, as in a
// long-running site) and `incidents` incidents, and a raw-insert twin in <dir>/raw.db.
FillReport fillDatabase(const QString &dir, int alerts, int incidents);

} // namespace mt::bench
