// Hub sync for the app and medtrackctl: rounds on the hub-sync worker, the state people see, enrolment.
#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace mt {

class HubSyncController;
struct HubRetry;
struct HubRoundResult;
class Workspace;

struct HubSyncOptions
{
    std::optional<QString> hubUrlOverride; // --hub URL: used instead of hub/url of medtrack.ini (not saved)
    std::function<double()> random;        // in [0, 1): backoff and retry jitter; null = securely seeded
    std::optional<int> retryBaseDelayMs;   // first retry within a round waits up to this (default 500 ms)
};

enum class HubSyncState { NotConfigured, NotEnrolled, Offline, Online, Syncing };

// One retry of one request inside a round, so people see the wait.
struct HubSyncRetry
{
    int attempt = 0;
    int maxRetries = 0;
    qint64 delayMs = 0;
    QString reason; // English, one line, no token (logs and the CLI's stderr)
};

// What one finished round did, or why it failed.
struct HubSyncOutcome
{
    enum class Failure { None, NotConfigured, NotEnrolled, Unreachable, Refused, Keychain, Database, Protocol };
    Failure failure = Failure::None;
    ErrorCode code = ErrorCode::Internal; // for scripts: PermissionDenied, Io, Validation, DiskFull...
    QString message;                      // for people, in the UI language; empty when ok
    QString detail;                       // English one-liner for logs
    qint64 pushed = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;
    qint64 heldClockAhead = 0; // refused by the hub because this machine's clock is ahead: kept, sent later
    qint64 clockAheadMs = 0;
    qint64 clockSkewMs = 0;    // this machine's clock minus the hub's, when known (clockSkewKnown)
    bool clockSkewKnown = false;
    qint64 pulled = 0;
    qint64 newEvents = 0;
    qint64 retries = 0;
    qint64 pending = 0;

    bool ok() const { return failure == Failure::None; }
};

// Lives on the GUI thread (or the CLI's) and never blocks it: rounds run on the worker's thread.
class HubSync : public QObject
{
    Q_OBJECT
public:
    // `ws` must outlive this object and live on this thread.
    explicit HubSync(Workspace &ws, HubSyncOptions options = {}, QObject *parent = nullptr);
    ~HubSync() override; // cancels a round in progress and joins the worker thread

    // Periodic rounds (hub/interval_seconds; offline: backoff 5 s .. 5 min). The CLI calls syncNow() only.
    void start();
    // False (nothing started) while a round runs or when no hub is configured.
    bool syncNow();
    // Enrols with a one-off code from the hub's administrator; a successful enrolment starts a round.
    void enrol(const QString &siteId, const QString &enrolmentCode);
    // Saves hub/url in medtrack.ini (admin action: the caller checks SettingsManage) and uses it.
    Status setHubUrl(const QString &url);

    HubSyncState state() const;
    QString hubUrl() const;
    QDateTime lastSync() const;
    qint64 pending() const;
    qint64 rejected() const;
    QString lastError() const; // in the UI language; empty after a good round
    int failedRounds() const;
    QDateTime nextRoundAt() const; // invalid when none is scheduled

    // The worker's controller, for the hub-sync layer's own tests (screens and the CLI cannot include it).
    HubSyncController &controller() { return *m_controller; }

signals:
    void stateChanged(mt::HubSyncState state);
    void lastSyncChanged(const QDateTime &utc);
    void pendingChanged(qint64 pending);
    void rejectedChanged(qint64 rejected);
    void lastErrorChanged(const QString &message);
    void retrying(const mt::HubSyncRetry &retry);
    void roundFinished(const mt::HubSyncOutcome &outcome);
    void enrolFinished(bool ok, const QString &message);

private:
    void onRound(const HubRoundResult &r);
    void setLastError(const QString &message);
    // A local warning alert (one open at a time, by its dedup key) while the hub holds events back.
    void raiseClockAlert(const HubSyncOutcome &o);

    Workspace &m_ws;
    std::unique_ptr<HubSyncController> m_controller;
    QTimer m_countsDebounce;
    QString m_lastError;
};

} // namespace mt

Q_DECLARE_METATYPE(mt::HubSyncRetry)
Q_DECLARE_METATYPE(mt::HubSyncOutcome)
