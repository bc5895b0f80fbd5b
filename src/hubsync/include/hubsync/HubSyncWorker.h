// The hub-sync worker: lives on its own QThread with its own DB connection, EventStore and QNetworkAccessManager.
// The device token comes from the controller: QtKeychain's job queue is a process-wide object bound to the
// thread that first used it (the GUI/CLI thread), so keychain jobs run on the owner's thread, never here.
#pragma once

#include "hubsync/HubClient.h"
#include "hubsync/HubSyncTypes.h"

#include <QList>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
namespace spdlog { class logger; }

namespace mt {

class Clock;
class Database;
class EventStore;
class HubSyncStore;
struct Event;

class HubSyncWorker : public QObject
{
    Q_OBJECT
public:
    // Created on the owner's thread, then moved to the worker thread; nothing is opened until
    // the first call, so the connection, the network manager and the keychain jobs belong to it.
    HubSyncWorker(QString dataDir, const Clock &clock, HubSyncConfig config);
    ~HubSyncWorker() override;

public slots:
    // Opens the connection and reports this data dir's installation id (identified() follows).
    void identify();
    // One round with `token`: push the outbox in batches, then pull since the cursor.
    // Fully asynchronous; roundFinished() always follows (a call during a round is ignored).
    void runRound(const QString &token);
    // POST /api/v1/enrol; enrolAnswered() carries the new device token (or the error) to the owner.
    void enrol(const mt::HubEnrolRequest &request);
    void setHubUrl(const QString &hubUrl);
    // Outbox size and refusal count for the status bar: countsChanged() follows.
    void refreshCounts();
    void cancel();

signals:
    void roundStarted(const QString &traceId);
    void retrying(const mt::HubRetry &retry);
    void roundFinished(const mt::HubRoundResult &result);
    void identified(const QString &installationId, const QString &error);
    void enrolAnswered(bool ok, const QString &tokenOrError);
    void countsChanged(qint64 pending, qint64 rejected);

private:
    using Failure = HubRoundResult::Failure;
    Status ensureOpen();
    void pushNext();
    void onPushed(const QList<Event> &batch, qint64 lastSeq, bool lastPage, const HubReply &reply);
    bool rejectWholeBatchEvent(const QList<Event> &batch, const HubReply &reply);
    bool shrinkAfterTooLarge(const QList<Event> &batch, const HubReply &reply);
    void startPull();
    void pullNext();
    void onPulled(const HubReply &reply);
    // This machine's clock against the hub's (its Date header), kept in the round's result.
    void noteHubClock(const HubReply &reply);
    void failFromReply(const HubReply &reply);
    void finish(Failure failure, const QString &error = {});
    void finishDatabase(const Error &e); // keeps the storage error code (disk full...) for the caller
    void emitCounts();

    QString m_dataDir;
    const Clock &m_clock;
    HubSyncConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<HubSyncStore> m_sync;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HubClient> m_client;
    std::shared_ptr<spdlog::logger> m_log;
    QString m_installationId;
    bool m_busy = false;
    HubRoundResult m_round;
    qint64 m_after = 0;  // outbox position (local seq) of this round's push
    int m_batchLimit = 0; // events per push this round: the configured batch, less after the hub said 413
    bool m_hubSkipsOwn = true; // pull with skip_own=1 until the hub says it does not know it
    qint64 m_since = 0;  // pull cursor
};

} // namespace mt
