// Owner-thread side of hub sync: the worker thread, periodic rounds, offline backoff, and the state people see.
#pragma once

#include "hubsync/HubSyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

namespace mt {

class Clock;
class HubSyncWorker;
class HubTokenStore;

struct HubSchedule
{
    qint64 intervalMs = 60000;      // between rounds while online (hub/interval_seconds)
    qint64 offlineBaseMs = 5000;    // while offline: full jitter in [0, base·2^(n-1)], n = failed rounds
    qint64 offlineMaxMs = 300000;   // ... capped at 5 min; reset by a successful round
};

class HubSyncController : public QObject
{
    Q_OBJECT
public:
    enum class State { NotConfigured, NotEnrolled, Offline, Online, Syncing };
    Q_ENUM(State)

    // `random` (in [0, 1)) draws the offline backoff; null = a securely seeded generator.
    HubSyncController(const QString &dataDir, const Clock &clock, const HubSyncConfig &config,
                      const HubSchedule &schedule = {}, RandomSource random = {}, QObject *parent = nullptr);
    ~HubSyncController() override; // cancels a round in progress and joins the thread

    // Periodic rounds: the first one at once, then every interval (offline: the backoff).
    void start();
    void stop();
    // Never blocks. False (nothing started) while a round runs — the running round already
    // carries what the click asked for — or when no hub is configured.
    bool syncNow();
    // Enrols through the worker (after the running round, if any); a successful enrolment starts a round.
    void enrol(const HubEnrolRequest &request);
    void setHubUrl(const QString &hubUrl);
    void refreshCounts();

    State state() const { return m_state; }
    bool isRunning() const { return m_running; }
    QString hubUrl() const { return m_config.hubUrl; }
    QDateTime lastSync() const { return m_lastSync; }
    qint64 pending() const { return m_pending; }
    qint64 rejected() const { return m_rejected; }
    QString lastError() const { return m_lastError; }
    int failedRounds() const { return m_failedRounds; }
    QDateTime nextRoundAt() const { return m_nextAt; } // invalid when none is scheduled

    // Delay after `failedRounds` (>= 1) failed rounds in a row, drawn from `r` in [0, 1).
    static qint64 offlineDelayMs(const HubSchedule &schedule, int failedRounds, double r);

signals:
    void stateChanged(mt::HubSyncController::State state);
    void lastSyncChanged(const QDateTime &utc);
    void pendingChanged(qint64 pending);
    void rejectedChanged(qint64 rejected);
    void lastErrorChanged(const QString &error);
    void retrying(const mt::HubRetry &retry);
    void roundStarted();
    void roundFinished(const mt::HubRoundResult &result);
    void nextRoundScheduled(qint64 delayMs, const QDateTime &atUtc);
    void enrolFinished(bool ok, const QString &error);

private:
    // Steps on this thread before the worker runs: installation id (once), then the keychain.
    void withInstallationId(std::function<void(const QString &error)> next);
    void readTokenAndRun();
    void finishHere(HubRoundResult::Failure failure, const QString &error);
    void onEnrolAnswered(bool ok, const QString &tokenOrError);
    void onRoundFinished(const HubRoundResult &r);
    void onCounts(qint64 pending, qint64 rejected);
    void setState(State s);
    void setError(const QString &e);
    void schedule(qint64 delayMs);
    void sendEnrol(const HubEnrolRequest &request);

    const Clock &m_clock;
    HubSyncConfig m_config;
    HubSchedule m_schedule;
    RandomSource m_random;
    QThread m_thread;
    HubSyncWorker *m_worker;
    HubTokenStore *m_tokens;
    QString m_installationId;
    std::function<void(const QString &)> m_afterIdentify;
    QTimer m_timer;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_periodic = false;
    int m_failedRounds = 0;
    QDateTime m_lastSync;
    QDateTime m_nextAt;
    qint64 m_pending = 0;
    qint64 m_rejected = 0;
    QString m_lastError;
    std::optional<HubEnrolRequest> m_queuedEnrol;
};

} // namespace mt
