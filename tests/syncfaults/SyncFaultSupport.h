// Helpers for the sync fault tests: a hub that can be SIGKILLed and restarted on its port, medtrackctl
// runs, read-only peeks into a client's SQLite file, the hub's event census, a size-limited tmpfs.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

#include "FaultProxy.h"

#include <QTemporaryDir>

namespace mt::test {

// medtrack-hub on SQLite in `dataDir`, as a child process this object can SIGKILL.
class HubRunner
{
public:
    explicit HubRunner(QString dataDir);
    ~HubRunner();
    // port 0: any free port; otherwise exactly that port (retried for a few seconds while it is busy).
    bool start(quint16 port = 0);
    void stop();     // SIGTERM, then SIGKILL
    void kill();     // SIGKILL, waits for the process to be gone
    bool running() const;
    qint64 pid() const { return m_pid; }
    quint16 port() const { return m_port; }
    QString url() const;
    QString dataDir() const { return m_dataDir; }
    // An admin command on the same data dir (site add, token add...); last ": " field of its output.
    QString adminSecret(const QStringList &command) const;
    QString log() const;

private:
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
    quint16 m_port = 0;
    QByteArray m_log;
};

struct CtlRun
{
    int code = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
    QStringList errLines() const;
    // "medtrackctl: sync: retry N/3 in X.X s: <reason>" lines, in order (the retry contract).
    QStringList retryLines() const;
    QString describe() const; // exit code + stderr, for failure messages
};

extern const QRegularExpression kRetryLine;

CtlRun runCtl(const QString &dataDir, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 300000);
CtlRun runSync(const QString &dataDir, const QString &hubUrl, const QString &enrolSite = {},
               const QString &enrolCode = {});

// A client data dir of `site` (medtrack.ini written), not opened yet.
bool prepareClient(const QString &dataDir, const QString &site);
// Raises `n` alerts directly through Workspace on a closed data dir (much faster than n processes).
QStringList raiseAlerts(const QString &dataDir, int n, const QString &titlePrefix, int detailsChars = 40);

// Read-only looks into <dataDir>/medtrack.db.
struct ClientDb
{
    static qint64 scalar(const QString &dataDir, const QString &sql);
    // This site's events still waiting for the hub (user.* never travel and are left out).
    static qint64 outbox(const QString &dataDir);
    static QHash<QString, qint64> serverSeqs(const QString &dataDir); // event id -> server_seq (0 = NULL)
    static qint64 cursor(const QString &dataDir, const QString &hubUrl); // -1: no row
    static QStringList alertRows(const QString &dataDir);                // every column, ordered by id
};

// Every event the hub holds for the token's site, pulled page by page straight from the hub.
struct HubCensus
{
    bool ok = false;
    QString error;
    QList<QPair<QString, qint64>> events; // (id, server_seq) in server order
    QHash<QString, int> timesSeen;        // id -> how often the hub listed it
    QSet<QString> entities;               // entity ids (alert ids...) the events are about
    static HubCensus take(quint16 hubPort, const QString &token);
    QStringList doubled() const;
};

// POST /api/v1/enrol straight to the hub; returns the device token or empty.
QString enrolToken(quint16 hubPort, const QString &site, const QString &code, const QString &device);

// A tmpfs of a fixed size mounted on a directory (needs root or password-less sudo).
class TmpfsMount
{
public:
    ~TmpfsMount();
    bool mount(const QString &dir, qint64 bytes, QString *why);
    void unmount();
    // Writes a filler file so that about `leaveFree` bytes stay free; removeFiller() gives them back.
    bool fillLeaving(qint64 leaveFree, QString *why);
    bool removeFiller();
    qint64 freeBytes() const;

private:
    QString m_dir;
    bool m_mounted = false;
    bool m_sudo = false;
};

// One hub (SQLite) behind a FaultProxy and two client data dirs A and B of one site, both enrolled
// through the proxy (so their keychain token and pull cursor are keyed by the proxy's URL).
class SyncWorld
{
public:
    static QString site() { return QStringLiteral("site-f"); }
    // clientB: where B's data dir goes (e.g. on a small tmpfs); empty = inside the world's temp dir.
    // Returns false with *why; *noKeychain when enrolment failed for want of a secret service.
    bool setUp(QString *why, bool *noKeychain, const QString &clientB = {});
    QString a() const { return m_a; }
    QString b() const { return m_b; }
    QString url() const { return m_proxy->url(); } // what the clients sync with
    HubRunner &hub() { return *m_hub; }
    FaultProxy &proxy() { return *m_proxy; }
    QString censusToken() const { return m_censusToken; }
    CtlRun sync(const QString &dir) const { return runSync(dir, url()); }

private:
    QTemporaryDir m_root;
    std::unique_ptr<HubRunner> m_hub;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_a;
    QString m_b;
    QString m_censusToken;
};

// The essential assertions (QTest macros; check QTest::currentTestFailed() after the call):
// the hub lists each event id exactly once; every event of A is on the hub with the hub's server_seq
// recorded at A; A's outbox is empty; after a clean sync, B holds exactly the hub's events and its
// alerts rows equal A's, with an empty outbox too. `expectedAlertIds`: alerts that must be on the hub.
void checkNothingLostNothingDoubled(SyncWorld &w, const QStringList &expectedAlertIds);

// Sum of a JSON count over several runs (a failed run prints no counts: 0).
qint64 sumOf(const QList<CtlRun> &runs, const char *key);

} // namespace mt::test
