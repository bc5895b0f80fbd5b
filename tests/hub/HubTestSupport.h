// Test helpers for the hub: a real medtrack-hub process, a throwaway PostgreSQL, an HTTP client.
#pragma once

#include "PgCluster.h"
#include "SkipOrFail.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace mt::test {

using pg::freeTcpPort;
using pg::PgCluster; // the tests start it with fsync=off

struct Reply
{
    int status = 0; // 0 = no answer (connection failed)
    QJsonObject json;
    QByteArray body;
    QString requestId;
    QString contentType;

    QString errorCode() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

// One request to a hub on 127.0.0.1:port (a HubProcess or a HubServer run in the test's own process).
Reply callHub(quint16 port, const QString &method, const QString &path, const QByteArray &body = {},
              const QString &token = {}, const QString &requestId = {});

class HubProcess
{
public:
    // backendArgs: {"--data-dir", dir} or {"--database", url}.
    explicit HubProcess(QStringList backendArgs);
    ~HubProcess();
    bool start(const QStringList &extraArgs = {});
    void stop();
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // Peak resident memory of the hub process so far (VmHWM), in KiB; 0 when unknown.
    qint64 peakRssKb() const;
    const QStringList &backendArgs() const { return m_backendArgs; }
    // Runs an admin command on the same database; returns exit code, stdout in *out.
    int admin(const QStringList &command, QString *out = nullptr, const QByteArray &stdinData = {});
    // Last line of the admin command's output after ": " (codes and tokens are printed that way).
    QString adminSecret(const QStringList &command, const QByteArray &stdinData = {});

    Reply call(const QString &method, const QString &path, const QByteArray &body = {},
               const QString &token = {}, const QString &requestId = {}) const;
    Reply postJson(const QString &path, const QJsonObject &body, const QString &token = {}) const;
    // POST /api/v1/enrol: a device of `site` with `code` (the token is in json["token"]).
    Reply enrol(const QString &site, const QString &code, const QString &device = QStringLiteral("ws1")) const;
    // Every event the token may read after `since`, page by page; empty on any error.
    QList<QJsonObject> pullAll(const QString &token, qint64 since = 0, int limit = 1000) const;
    QString stderrText() const;

private:
    QStringList m_backendArgs;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// MT_HUB_BACKEND=postgres: the test's PostgreSQL (started here), as {"--database", url}; otherwise SQLite in
// `dataDir`, as {"--data-dir", dir}. Empty with *missingPostgres set when PostgreSQL is not installed (the
// caller skips, or fails under CI), or with *why when it did not start.
QStringList hubBackendArgs(PgCluster &pg, const QString &dataDir, bool *missingPostgres, QString *why);

// In a test function (initTestCase): `out` = hubBackendArgs(...), skipping (failing under CI=true, see
// SkipOrFail.h) when PostgreSQL is wanted but not installed, failing when it did not start.
#define MT_HUB_BACKEND_OR_SKIP(pg, dataDir, out)                                                                       \
    do {                                                                                                               \
        bool missingPostgres_ = false;                                                                                 \
        QString why_;                                                                                                  \
        out = ::mt::test::hubBackendArgs(pg, dataDir, &missingPostgres_, &why_);                                       \
        if (missingPostgres_)                                                                                          \
            MT_SKIP_OR_FAIL("PostgreSQL 15 binaries not found in /usr/lib/postgresql/15/bin (apt-get install postgresql)"); \
        QVERIFY2(!(out).isEmpty(), qPrintable(why_));                                                                  \
    } while (false)

// A wire-form event (EventJson) for tests.
QJsonObject makeEvent(const QString &site, const QString &type, const QJsonObject &payload,
                      const QString &entityId = {}, const QString &actor = QStringLiteral("tester"));
QString newId();

} // namespace mt::test
