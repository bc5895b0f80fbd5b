// Issue 10, part 2, against a real medtrack-hub on SQLite and PostgreSQL: enrolment codes are single-use by
// default, a batch code has uses and an expiry, rotating a code can revoke the site's devices, `token list`
// shows every token without its secret, one device's token can be revoked by name, the login lockout is per
// name and client address, and refusals are records an administrator queries.
#include "HubTestSupport.h"
#include "RawHttp.h"
#include "SkipOrFail.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <QTest>

using namespace mt;
using namespace mt::test;

class TestHubCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void codeIsSingleUseByDefault();
    void batchCodeHasUsesAndExpiry();
    void badCodeOptionsAreNamed();
    void rotatingCanRevokeTheDevices();
    void tokenListShowsNoSecret();
    void unknownUserCostsTheSameAsAWrongPassword();
    void usersAreListedDisabledAndGivenNewPasswords();
    void requestLogNamesClientAndPrincipal();
    void lockoutIsPerNameAndAddress();
    void refusalsAreRecordsAnAdminQueries();

private:
    int pullStatus(const QString &token) const
    {
        return m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=0&limit=1"), {}, token).status;
    }
    QString newSite(const QString &id, const QStringList &extra = {})
    {
        return m_hub->adminSecret(QStringList{QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), id,
                                              QStringLiteral("--name"), id} + extra);
    }

    PgCluster m_pg{QStringList{QStringLiteral("fsync=off")}};
    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
};

void TestHubCredentials::initTestCase()
{
    QStringList backend;
    MT_HUB_BACKEND_OR_SKIP(m_pg, m_dir.path(), backend);
    m_hub = std::make_unique<HubProcess>(backend);
    // 127.0.0.3 plays a reverse proxy: its X-Forwarded-For names the client; anyone else's is ignored.
    QVERIFY(m_hub->start({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.3")}));
}

void TestHubCredentials::cleanupTestCase()
{
    if (m_hub)
        m_hub->stop();
    m_pg.stop();
}

void TestHubCredentials::codeIsSingleUseByDefault()
{
    const QString code = newSite(QStringLiteral("one"));
    QVERIFY(!code.isEmpty());
    const Reply first = m_hub->enrol(QStringLiteral("one"), code, QStringLiteral("ws1"));
    QCOMPARE(first.status, 201);
    const Reply second = m_hub->enrol(QStringLiteral("one"), code, QStringLiteral("ws2"));
    QCOMPARE(second.status, 401);
    // The same answer as a wrong code: nothing tells a guesser which codes once existed.
    const Reply wrong = m_hub->enrol(QStringLiteral("one"), QStringLiteral("not-the-code"), QStringLiteral("ws3"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(second.errorCode(), wrong.errorCode());
    QCOMPARE(second.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")),
             wrong.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")));
    QCOMPARE(pullStatus(first.json.value(QStringLiteral("token")).toString()), 200); // the enrolled one works
}

void TestHubCredentials::batchCodeHasUsesAndExpiry()
{
    QVERIFY(!newSite(QStringLiteral("batch")).isEmpty());
    const QString code = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("code"), QStringLiteral("--id"),
                                             QStringLiteral("batch"), QStringLiteral("--uses"), QStringLiteral("2"),
                                             QStringLiteral("--expires"), QStringLiteral("24h")});
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_hub->enrol(QStringLiteral("batch"), code, QStringLiteral("ws1")).status, 201);
    QCOMPARE(m_hub->enrol(QStringLiteral("batch"), code, QStringLiteral("ws2")).status, 201);
    QCOMPARE(m_hub->enrol(QStringLiteral("batch"), code, QStringLiteral("ws3")).status, 401);
    const QString shortLived = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("code"), QStringLiteral("--id"),
                                                   QStringLiteral("batch"), QStringLiteral("--uses"), QStringLiteral("5"),
                                                   QStringLiteral("--expires"), QStringLiteral("1s")});
    QTest::qWait(1500);
    QCOMPARE(m_hub->enrol(QStringLiteral("batch"), shortLived, QStringLiteral("ws4")).status, 401); // expired, uses left
}

void TestHubCredentials::badCodeOptionsAreNamed()
{
    QString out;
    for (const QStringList &bad : {QStringList{QStringLiteral("--uses"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("--uses"), QStringLiteral("many")},
                                   QStringList{QStringLiteral("--expires"), QStringLiteral("tomorrow")},
                                   QStringList{QStringLiteral("--expires"), QStringLiteral("400d")}}) {
        QCOMPARE(m_hub->admin(QStringList{QStringLiteral("site"), QStringLiteral("code"), QStringLiteral("--id"),
                                          QStringLiteral("one")} + bad, &out), 2);
    }
}

void TestHubCredentials::rotatingCanRevokeTheDevices()
{
    const QString code = newSite(QStringLiteral("rot"), {QStringLiteral("--uses"), QStringLiteral("3")});
    const QString t1 = m_hub->enrol(QStringLiteral("rot"), code, QStringLiteral("ws1")).json.value(QStringLiteral("token")).toString();
    const QString t2 = m_hub->enrol(QStringLiteral("rot"), code, QStringLiteral("ws2")).json.value(QStringLiteral("token")).toString();
    QVERIFY(!t1.isEmpty() && !t2.isEmpty());
    // One device by name.
    QString out;
    QCOMPARE(m_hub->admin({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--device"), QStringLiteral("ws2"),
                           QStringLiteral("--site"), QStringLiteral("rot")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("revoked 1 token(s)")), qPrintable(out));
    QCOMPARE(pullStatus(t2), 401);
    QCOMPARE(pullStatus(t1), 200);
    // A plain rotation keeps the devices; the old code is dead at once.
    const QString code2 = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("code"), QStringLiteral("--id"), QStringLiteral("rot")});
    QCOMPARE(pullStatus(t1), 200);
    QCOMPARE(m_hub->enrol(QStringLiteral("rot"), code, QStringLiteral("ws3")).status, 401);
    // With --revoke-devices every device token of the site goes.
    QCOMPARE(m_hub->admin({QStringLiteral("site"), QStringLiteral("code"), QStringLiteral("--id"), QStringLiteral("rot"),
                           QStringLiteral("--revoke-devices")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("revoked 1 device token(s)")), qPrintable(out));
    QCOMPARE(pullStatus(t1), 401);
    QCOMPARE(m_hub->enrol(QStringLiteral("rot"), code2, QStringLiteral("ws4")).status, 401);
}

void TestHubCredentials::tokenListShowsNoSecret()
{
    const QString code = newSite(QStringLiteral("lst"));
    const QString token = m_hub->enrol(QStringLiteral("lst"), code, QStringLiteral("ws1")).json.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(pullStatus(token), 200);
    QString out;
    QCOMPARE(m_hub->admin({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("lst")}, &out), 0);
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2); // header + the one device of this site
    QVERIFY(lines[0].startsWith(QStringLiteral("kind\tsubject\tsite\tcreated\tlast_used\texpires\trevoked")));
    const QStringList cols = lines[1].split(QLatin1Char('\t'));
    QCOMPARE(cols.size(), 7);
    QCOMPARE(cols[0], QStringLiteral("device"));
    QCOMPARE(cols[1], QStringLiteral("device:lst:ws1"));
    QCOMPARE(cols[2], QStringLiteral("lst"));
    QVERIFY2(cols[4] != QStringLiteral("-"), qPrintable(lines[1])); // last used: the pull above
    QCOMPARE(cols[6], QStringLiteral("-"));
    QVERIFY(!out.contains(token));
    QCOMPARE(m_hub->admin({QStringLiteral("token"), QStringLiteral("list")}, &out), 0); // every site
    QVERIFY(out.contains(QStringLiteral("device:one:ws1")) && out.contains(QStringLiteral("device:lst:ws1")));
}

// No user enumeration: a login for a name that does not exist answers like a wrong password and takes about
// as long (the hub verifies against a dummy hash). Four tries each, below the lockout of five.
void TestHubCredentials::unknownUserCostsTheSameAsAWrongPassword()
{
    QVERIFY(!newSite(QStringLiteral("tim")).isEmpty());
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("op1"),
                           QStringLiteral("--role"), QStringLiteral("l1"), QStringLiteral("--site"), QStringLiteral("tim")},
                          nullptr, "correct-horse-battery\n"),
             0);
    auto median = [this](const QString &user, QString *code) {
        QList<qint64> ms;
        for (int i = 0; i < 4; ++i) {
            QElapsedTimer t;
            t.start();
            const Reply r = m_hub->postJson(QStringLiteral("/api/v1/login"),
                                            {{QStringLiteral("username"), user}, {QStringLiteral("password"), QStringLiteral("wrong-password-123")}});
            ms << t.elapsed();
            *code = QStringLiteral("%1 %2").arg(r.status).arg(r.errorCode());
        }
        std::sort(ms.begin(), ms.end());
        return (ms[1] + ms[2]) / 2;
    };
    QString known;
    QString ghost;
    const qint64 wrongPassword = median(QStringLiteral("op1"), &known);
    const qint64 noSuchUser = median(QStringLiteral("ghost"), &ghost);
    QCOMPARE(ghost, known);
    QVERIFY2(noSuchUser * 2 >= wrongPassword, qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(noSuchUser).arg(wrongPassword)));
}

void TestHubCredentials::usersAreListedDisabledAndGivenNewPasswords()
{
    QVERIFY(!newSite(QStringLiteral("usr")).isEmpty());
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("ani"),
                           QStringLiteral("--role"), QStringLiteral("l2"), QStringLiteral("--site"), QStringLiteral("usr")},
                          nullptr, "first-password-2026\n"),
             0);
    auto login = [this](const QString &password) {
        return m_hub->postJson(QStringLiteral("/api/v1/login"), {{QStringLiteral("username"), QStringLiteral("ani")},
                                                                 {QStringLiteral("password"), password}});
    };
    const Reply first = login(QStringLiteral("first-password-2026"));
    QCOMPARE(first.status, 200);
    const QString token = first.json.value(QStringLiteral("token")).toString();
    QString out;
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("ani\tl2\tsite usr\tactive\t0 address(es)")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("argon2")));
    // Disabled: the token in use stops working and a login is refused like a wrong password.
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--name"), QStringLiteral("ani")}, &out), 0);
    QCOMPARE(pullStatus(token), 401);
    QCOMPARE(login(QStringLiteral("first-password-2026")).status, 401);
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("list")}, &out), 0);
    QVERIFY(out.contains(QStringLiteral("ani\tl2\tsite usr\tdisabled")));
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("--name"), QStringLiteral("ani")}, &out), 0);
    // A new password from stdin; a too-short one is refused with the rule, and the old one stops working.
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("--name"), QStringLiteral("ani")},
                          &out, "short\n"),
             2);
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("--name"), QStringLiteral("ani")},
                          &out, "second-password-2026\n"),
             0);
    QCOMPARE(login(QStringLiteral("first-password-2026")).status, 401);
    QCOMPARE(login(QStringLiteral("second-password-2026")).status, 200);
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--name"), QStringLiteral("nobody")}, &out), 1);
}

// Every request line of the hub's log says from where and as whom; a failed login names the user it tried.
void TestHubCredentials::requestLogNamesClientAndPrincipal()
{
    const QString code = newSite(QStringLiteral("log"));
    const QString token = m_hub->enrol(QStringLiteral("log"), code, QStringLiteral("ws9")).json.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    const Reply pulled = m_hub->call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=0&limit=1"), {}, token,
                                     QStringLiteral("req-log-1"));
    QCOMPARE(pulled.status, 200);
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/login"), {{QStringLiteral("username"), QStringLiteral("mallory")},
                                                              {QStringLiteral("password"), QStringLiteral("guess-guess-1")}})
                 .status,
             401);
    QJsonObject pullLine;
    QJsonObject loginLine;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &line : m_hub->stderrText().split(QLatin1Char('\n'))) {
                const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
                if (o.value(QStringLiteral("request_id")).toString() == QLatin1String("req-log-1"))
                    pullLine = o;
                if (o.value(QStringLiteral("path")).toString() == QLatin1String("/api/v1/login")
                    && o.value(QStringLiteral("principal")).toString() == QLatin1String("login:mallory"))
                    loginLine = o;
            }
            return !pullLine.isEmpty() && !loginLine.isEmpty();
        }(),
        5000);
    QCOMPARE(pullLine.value(QStringLiteral("principal")).toString(), QStringLiteral("device:log:ws9"));
    QCOMPARE(pullLine.value(QStringLiteral("client")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(loginLine.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(loginLine.value(QStringLiteral("client")).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(!m_hub->stderrText().contains(QStringLiteral("guess-guess-1"))); // never the password
}

namespace {

QByteArray loginRequest(const QString &name, const QString &password, const QByteArray &extraHeaders = {})
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    return "POST /api/v1/login HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

QString errorOf(const RawReply &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace

// Five wrong passwords from one address lock the name for that address only: the commander still logs in
// from their own workstation. A name that does not exist is locked the same way, with the same answer.
void TestHubCredentials::lockoutIsPerNameAndAddress()
{
    QVERIFY(!newSite(QStringLiteral("lck")).isEmpty());
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("komandan"),
                           QStringLiteral("--role"), QStringLiteral("ic"), QStringLiteral("--site"), QStringLiteral("lck")},
                          nullptr, "right-password-2026\n"),
             0);
    for (const QString &name : {QStringLiteral("komandan"), QStringLiteral("hantu")}) {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(rawExchange(m_hub->port(), loginRequest(name, QStringLiteral("wrong-guess-%1").arg(i)), "127.0.0.2").status, 401);
    }
    const RawReply locked = rawExchange(m_hub->port(), loginRequest(QStringLiteral("komandan"), QStringLiteral("right-password-2026")),
                                        "127.0.0.2");
    QCOMPARE(locked.status, 429);
    QCOMPARE(errorOf(locked), QStringLiteral("rate_limited"));
    const int retryAfter = locked.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60, locked.head.constData());
    // The ghost gets exactly the same answer: the lockout does not reveal which names exist.
    const RawReply ghost = rawExchange(m_hub->port(), loginRequest(QStringLiteral("hantu"), QStringLiteral("right-password-2026")),
                                       "127.0.0.2");
    QCOMPARE(ghost.status, 429);
    // (The seconds left may differ by one: the ghost's lock started a moment later.)
    const auto shape = [](const RawReply &r) {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message"))
            .toString().remove(QRegularExpression(QStringLiteral("[0-9]+")));
    };
    QCOMPARE(shape(ghost), shape(locked));
    QVERIFY(!ghost.header("Retry-After").isEmpty());
    // From another address the right password works at once.
    const Reply elsewhere = m_hub->postJson(QStringLiteral("/api/v1/login"), {{QStringLiteral("username"), QStringLiteral("komandan")},
                                                                               {QStringLiteral("password"), QStringLiteral("right-password-2026")}});
    QCOMPARE(elsewhere.status, 200);
    QString out;
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("list")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("komandan\tic\tsite lck\tactive\t1 address(es)")), qPrintable(out));
    // A new password clears the lock.
    QCOMPARE(m_hub->admin({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("--name"), QStringLiteral("komandan")},
                          &out, "another-password-2026\n"),
             0);
    QCOMPARE(rawExchange(m_hub->port(), loginRequest(QStringLiteral("komandan"), QStringLiteral("another-password-2026")), "127.0.0.2")
                 .status,
             200);
}

// A bad token, a push of another site's id with other content, and a failed login behind the trusted proxy:
// each is a record with time, client, principal, route, status and code that `medtrack-hub refusals` shows.
void TestHubCredentials::refusalsAreRecordsAnAdminQueries()
{
    const QString code = newSite(QStringLiteral("ref"));
    const QString token = m_hub->enrol(QStringLiteral("ref"), code, QStringLiteral("ws1")).json.value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    const RawReply bad = rawExchange(m_hub->port(),
                                     "GET /api/v1/events?since=0 HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer not-a-token\r\n"
                                     "Connection: close\r\n\r\n",
                                     "127.0.0.2");
    QCOMPARE(bad.status, 401);
    QJsonObject event = makeEvent(QStringLiteral("ref"), QStringLiteral("alert.raised"),
                                  {{QStringLiteral("title"), QStringLiteral("Suhu")}, {QStringLiteral("severity"), QStringLiteral("warning")},
                                   {QStringLiteral("module"), QStringLiteral("logistics")}, {QStringLiteral("dedup_key"), QStringLiteral("k1")}});
    QCOMPARE(m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{event}}}, token).status, 200);
    const QString id = event.value(QStringLiteral("id")).toString();
    const QString hlc = event.value(QStringLiteral("hlc")).toString(); // same id, stamped one millisecond later
    event.insert(QStringLiteral("hlc"), QStringLiteral("%1.%2").arg(hlc.section(QLatin1Char('.'), 0, 0).toLongLong() + 1)
                                            .arg(hlc.section(QLatin1Char('.'), 1)));
    const Reply conflict = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{event}}}, token);
    QCOMPARE(conflict.status, 200);
    QCOMPARE(conflict.json.value(QStringLiteral("rejected")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("conflict"));
    QCOMPARE(rawExchange(m_hub->port(), loginRequest(QStringLiteral("mallory2"), QStringLiteral("guess-guess-2"),
                                                     "X-Forwarded-For: 10.9.8.7\r\n"),
                         "127.0.0.3")
                 .status,
             401);
    // A forged header from anyone but the proxy is ignored.
    QCOMPARE(rawExchange(m_hub->port(), loginRequest(QStringLiteral("mallory3"), QStringLiteral("guess-guess-3"),
                                                     "X-Forwarded-For: 10.1.1.1\r\n"),
                         "127.0.0.2")
                 .status,
             401);
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((m_hub->admin({QStringLiteral("refusals"), QStringLiteral("--since"), QStringLiteral("1h")}, &out) == 0
                              && out.contains(QStringLiteral("mallory3"))),
                             10000);
    QVERIFY2(out.startsWith(QStringLiteral("time\tclient\tprincipal\troute\tstatus\tcode\tcount\tdetail")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\t127.0.0.2\t-\tGET /api/v1/events\t401\tunauthenticated\t1\t")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\t127.0.0.1\tdevice:ref:ws1\tPOST /api/v1/events\t200\tconflict\t1\t") + id), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\t10.9.8.7\tlogin:mallory2\tPOST /api/v1/login\t401\tunauthenticated")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\t127.0.0.2\tlogin:mallory3\tPOST /api/v1/login\t401")), qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("10.1.1.1")));
    QVERIFY(!out.contains(QStringLiteral("guess-guess"))); // never a password
    // Filters, and a bad one named.
    QCOMPARE(m_hub->admin({QStringLiteral("refusals"), QStringLiteral("--code"), QStringLiteral("conflict")}, &out), 0);
    QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), 2);
    QCOMPARE(m_hub->admin({QStringLiteral("refusals"), QStringLiteral("--since"), QStringLiteral("yesterday")}, &out), 2);
    // The conflict is counted for the administrator's alerting too.
    const Reply metrics = m_hub->call(QStringLiteral("GET"), QStringLiteral("/metrics"));
    QVERIFY2(metrics.body.contains("medtrack_hub_refusals_total{code=\"conflict\"} 1"), metrics.body.constData());
}

QTEST_GUILESS_MAIN(TestHubCredentials)
#include "tst_hub_credentials.moc"
