// Values exchanged between the hub-sync worker thread and its owner (GUI thread or medtrackctl).
#pragma once

#include "common/Error.h"
#include "common/Hlc.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>

namespace mt {

class IntegrityGate;

// A uniform random number in [0, 1). Injected so tests can fix the jitter.
using RandomSource = std::function<double()>;

// Per-request retry inside one round (docs/sync.md, "Retries").
struct HubRetryPolicy
{
    int maxRetries = 3;            // after the first attempt
    int baseDelayMs = 500;         // full jitter: uniform in [0, base·2^(n-1)] before retry n
    int maxRetryAfterMs = 30000;   // a hub's Retry-After is honoured up to this
    int transferTimeoutMs = 30000; // no byte for this long = a transient failure
};

struct HubSyncConfig
{
    QString hubUrl;             // no trailing slash; empty = not configured
    QString siteId;             // only this site's events are pushed
    int pushBatch = 500;        // events per POST /api/v1/events
    int pullPage = 500;         // limit of GET /api/v1/events
    HubRetryPolicy retry;
    RandomSource retryRandom;   // null = a securely seeded generator of the worker's own
    // The owning workspace's integrity check (common/IntegrityGate.h): the worker's connection waits for
    // it instead of reading the whole file again. Null: the worker checks the file itself.
    std::shared_ptr<const IntegrityGate> integrity;
};

// One retry of one request, reported so people see what is happening.
struct HubRetry
{
    int attempt = 0;          // 1..maxRetries
    int maxRetries = 3;
    qint64 delayMs = 0;
    QString reason;           // English, one line, no token
};

struct HubRoundCounts
{
    qint64 pushed = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;       // events the wire codec cannot carry: they stay local
    qint64 heldClockAhead = 0; // refused as clock_ahead: kept in the outbox, sent again next round
    qint64 clockAheadMs = 0;   // the largest skew the hub reported for them
    qint64 pulled = 0;
    qint64 newEvents = 0;
    qint64 retries = 0;
};

struct HubRoundResult
{
    // None: the round completed. Unreachable: a request still failed transiently after its retries.
    // NotConfigured: no hub URL. NotEnrolled: no device token, or the hub refused it (401).
    // Refused: the hub answered 4xx. Keychain, Database, Protocol: local or malformed-data problems.
    enum class Failure { None, NotConfigured, NotEnrolled, Unreachable, Refused, Keychain, Database, Protocol };
    Failure failure = Failure::None;
    QString error;            // English one-liner for logs and the status bar tooltip
    ErrorCode errorCode = ErrorCode::Internal; // for Database: the storage error (DiskFull, ReadOnly...)
    HubRoundCounts counts;
    Hlc newestPulled;         // highest HLC among pulled events (0 = none)
    qint64 pending = 0;       // outbox size after the round
    qint64 rejectedTotal = 0; // events refused by this hub so far
    qint64 clockSkewMs = 0;   // this machine's clock minus the hub's (Date header of the last answer)
    bool clockSkewKnown = false;
    QString traceId;

    bool ok() const { return failure == Failure::None; }
};

struct HubEnrolRequest
{
    QString siteId;
    QString enrolmentCode;    // one-off, from the hub's administrator; never stored
    QString deviceName;       // empty = host name + part of the installation id
};

} // namespace mt

Q_DECLARE_METATYPE(mt::HubRetry)
Q_DECLARE_METATYPE(mt::HubRoundResult)
Q_DECLARE_METATYPE(mt::HubEnrolRequest)
