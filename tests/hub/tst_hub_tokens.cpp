// Token expiry and login lockout on the hub's injected clock: an in-process HubServer on a FakeClock, so
// nothing sleeps. MT_HUB_BACKEND=sqlite|postgres picks the database, as for tst_hub.
#include "FakeClock.h"
#include "HubTestSupport.h"
#include "hub/AdminCli.h"
#include "hub/HubConfig.h"
#include "hub/HubDatabase.h"
#include "hub/HubServer.h"
#include "SkipOrFail.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>


#include <thread>

using namespace mt;
using namespace mt::test;

class TestHubTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void userTokenExpiresOnTheHubClock();
    void deviceTokenExpiresOnTheHubClock();
    void ingestTokenExpiresOnTheHubClock();
    void loginLockoutEndsOnTheHubClock();

private:
    // Runs an admin command in process; returns what it printed after the last ": " (codes, tokens).
    QString admin(const QStringList &command, int *exitCode = nullptr);
    Reply call(const QString &method, const QString &path, const QJsonObject &body = {}, const QString &token = {});
    QString login(const QString &password, int ttlS = 0);
    int pullStatus(const QString &token, QString *errorCode = nullptr);

    PgCluster m_pg{QStringList{QStringLiteral("fsync=off")}};
    QTemporaryDir m_dir;
    FakeClock m_clock;
    HubConfig m_config;
    std::unique_ptr<HubDatabase> m_db;
    std::unique_ptr<HubServer> m_server;
    std::thread m_serving;
    quint16 m_port = 0;
    QString m_code;
    const QString m_password = QStringLiteral("correct-horse-battery");
};

void TestHubTokens::initTestCase()
{
    m_config.dataDir = m_dir.path();
    m_config.port = 0;
    m_config.threads = 4;
    QStringList backend;
    MT_HUB_BACKEND_OR_SKIP(m_pg, m_dir.path(), backend);
    if (backend.first() == QLatin1String("--database"))
        m_config.databaseUrl = backend.at(1);
    auto db = HubDatabase::open(m_config);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    m_code = admin({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("site-a"),
                    QStringLiteral("--name"), QStringLiteral("A")});
    QVERIFY(!m_code.isEmpty());
    int rc = -1;
    admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("op1"),
           QStringLiteral("--role"), QStringLiteral("l1"), QStringLiteral("--site"), QStringLiteral("site-a")}, &rc);
    QCOMPARE(rc, 0);
    m_server = std::make_unique<HubServer>(m_config, *m_db, m_clock);
    auto port = m_server->bind();
    QVERIFY(port.ok());
    m_port = port.value();
    m_serving = std::thread([this] { m_server->run(); });
}

void TestHubTokens::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
    if (m_serving.joinable())
        m_serving.join();
    m_server.reset();
    m_db.reset();
    m_pg.stop();
}

QString TestHubTokens::admin(const QStringList &command, int *exitCode)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    AdminCli cli(*m_db, m_config, m_clock, outStream, errStream, [this] { return m_password; });
    const int rc = cli.run(command);
    if (exitCode)
        *exitCode = rc;
    outStream.flush();
    return rc == 0 ? out.trimmed().section(QStringLiteral(": "), -1) : QString();
}

Reply TestHubTokens::call(const QString &method, const QString &path, const QJsonObject &body, const QString &token)
{
    return callHub(m_port, method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString TestHubTokens::login(const QString &password, int ttlS)
{
    QJsonObject body{{QStringLiteral("username"), QStringLiteral("op1")}, {QStringLiteral("password"), password},
                     {QStringLiteral("site_id"), QStringLiteral("site-a")}};
    if (ttlS > 0)
        body.insert(QStringLiteral("ttl_s"), ttlS);
    return call(QStringLiteral("POST"), QStringLiteral("/api/v1/login"), body).json.value(QStringLiteral("token")).toString();
}

int TestHubTokens::pullStatus(const QString &token, QString *errorCode)
{
    const Reply r = call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=0&limit=1"), {}, token);
    if (errorCode)
        *errorCode = r.errorCode();
    return r.status;
}

void TestHubTokens::userTokenExpiresOnTheHubClock()
{
    const QString t = login(m_password, 60);
    QVERIFY(!t.isEmpty());
    m_clock.advanceMs(59'999);
    QCOMPARE(pullStatus(t), 200);
    m_clock.advanceMs(1);
    QString code;
    QCOMPARE(pullStatus(t, &code), 401);
    QCOMPARE(code, QStringLiteral("token_expired"));
    // Pushing with it stores nothing either.
    const QJsonObject push{{QStringLiteral("events"), QJsonArray{makeEvent(QStringLiteral("site-a"),
                                                                            QStringLiteral("alert.acknowledged"), {})}}};
    const Reply r = call(QStringLiteral("POST"), QStringLiteral("/api/v1/events"), push, t);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("token_expired"));
}

void TestHubTokens::deviceTokenExpiresOnTheHubClock()
{
    const Reply enrolled = call(QStringLiteral("POST"), QStringLiteral("/api/v1/enrol"),
                                {{QStringLiteral("site_id"), QStringLiteral("site-a")},
                                 {QStringLiteral("enrolment_code"), m_code},
                                 {QStringLiteral("device_name"), QStringLiteral("ws1")}});
    QCOMPARE(enrolled.status, 201);
    const QString t = enrolled.json.value(QStringLiteral("token")).toString();
    QCOMPARE(qint64(enrolled.json.value(QStringLiteral("expires_at_ms")).toDouble()),
             m_clock.nowMs() + m_config.deviceTokenTtlS * 1000);
    m_clock.advanceMs(m_config.deviceTokenTtlS * 1000 - 1);
    QCOMPARE(pullStatus(t), 200);
    m_clock.advanceMs(1);
    QString code;
    QCOMPARE(pullStatus(t, &code), 401);
    QCOMPARE(code, QStringLiteral("token_expired"));
}

void TestHubTokens::ingestTokenExpiresOnTheHubClock()
{
    const QString t = admin({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--site"),
                             QStringLiteral("site-a"), QStringLiteral("--kind"), QStringLiteral("ingest"),
                             QStringLiteral("--ttl-days"), QStringLiteral("1")});
    QVERIFY(!t.isEmpty());
    const QJsonObject alert{{QStringLiteral("title"), QStringLiteral("Cold chain")},
                            {QStringLiteral("severity"), QStringLiteral("warning")},
                            {QStringLiteral("module"), QStringLiteral("hr")},
                            {QStringLiteral("dedup_key"), QStringLiteral("cold-1")}};
    m_clock.advanceMinutes(24 * 60 - 1);
    const Reply before = call(QStringLiteral("POST"), QStringLiteral("/api/v1/alerts?site=site-a"), alert, t);
    QVERIFY2(before.status == 201, before.body.constData());
    m_clock.advanceMinutes(1);
    const Reply after = call(QStringLiteral("POST"), QStringLiteral("/api/v1/alerts?site=site-a"), alert, t);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("token_expired"));
}

void TestHubTokens::loginLockoutEndsOnTheHubClock()
{
    for (int i = 0; i < m_config.loginMaxFailures; ++i)
        QVERIFY(login(QStringLiteral("not-the-password")).isEmpty());
    QVERIFY(login(m_password).isEmpty()); // locked, even with the right password
    m_clock.advanceMs(qint64(m_config.loginLockoutS) * 1000 - 1);
    QVERIFY(login(m_password).isEmpty());
    m_clock.advanceMs(1);
    QVERIFY(!login(m_password).isEmpty());
}

QTEST_GUILESS_MAIN(TestHubTokens)
#include "tst_hub_tokens.moc"
