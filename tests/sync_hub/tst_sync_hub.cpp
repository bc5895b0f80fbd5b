// medtrackctl sync end to end: enrol two data dirs of one site, push/pull alert events, idempotence, hub down.
#include "HubTestSupport.h"
#include "services/AppConfig.h"
#include "SkipOrFail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace mt::test;

namespace {

const QString kSite = QStringLiteral("site-s");
const QByteArray kAdminPw = "admin-password-123";
const QByteArray kOpPw = "operator-password-123";

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestSyncHub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void alertTravelsBothWays();
    void secondRoundIsIdle();
    void hubDownFailsCleanly();

private:
    Run ctl(const QString &dir, const QStringList &args, const QByteArray &input = {});
    Run sync(const QString &dir, bool enrol = false);
    QJsonObject alertIn(const QString &dir, const QString &id);
    qint64 outboxSize(const QString &dir);

    QTemporaryDir m_hubDir;
    QTemporaryDir m_a;
    QTemporaryDir m_b;
    std::unique_ptr<HubProcess> m_hub;
    QString m_code;
    QString m_url;
    QString m_alertId;
};

Run TestSyncHub::ctl(const QString &dir, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(MEDTRACKCTL_PATH),
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dir} + args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

Run TestSyncHub::sync(const QString &dir, bool enrol)
{
    QStringList args{QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--hub"), m_url};
    if (enrol)
        args << QStringLiteral("--enrol-site") << kSite << QStringLiteral("--enrol-code") << m_code;
    return ctl(dir, args);
}

QJsonObject TestSyncHub::alertIn(const QString &dir, const QString &id)
{
    const Run r = ctl(dir, {QStringLiteral("--json"), QStringLiteral("alert"), QStringLiteral("list"),
                            QStringLiteral("--state"), QStringLiteral("all")});
    for (const QJsonValue &v : r.json().value(QStringLiteral("alerts")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

qint64 TestSyncHub::outboxSize(const QString &dir)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(dir + QStringLiteral("/medtrack.db"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE server_seq IS NULL")) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return n;
}

void TestSyncHub::initTestCase()
{
    QVERIFY(m_hubDir.isValid() && m_a.isValid() && m_b.isValid());
    m_hub = std::make_unique<HubProcess>(QStringList{QStringLiteral("--data-dir"), m_hubDir.path()});
    m_code = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), kSite,
                                 QStringLiteral("--name"), QStringLiteral("S"), QStringLiteral("--uses"), QStringLiteral("10")});
    QVERIFY(!m_code.isEmpty());
    QVERIFY(m_hub->start());
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(m_hub->port());
    for (const QString &dir : {m_a.path(), m_b.path()}) {
        mt::AppConfig cfg = mt::AppConfig::load(dir);
        cfg.siteId = kSite;
        QVERIFY(cfg.save(dir).ok());
        const Run r = sync(dir, true);
        if (r.code != 0 && r.err.contains("keychain"))
            MT_SKIP_OR_FAIL("needs a secret service: run under dbus-run-session with gnome-keyring-daemon --unlock");
        QVERIFY2(r.code == 0, r.err.constData());
    }
}

void TestSyncHub::alertTravelsBothWays()
{
    const Run raised = ctl(m_a.path(), {QStringLiteral("--json"), QStringLiteral("alert"), QStringLiteral("raise"),
                                        QStringLiteral("--severity"), QStringLiteral("critical"), QStringLiteral("--module"),
                                        QStringLiteral("logistics"), QStringLiteral("--title"), QStringLiteral("Cold chain")});
    QCOMPARE(raised.code, 0);
    m_alertId = raised.json().value(QStringLiteral("alert_id")).toString();
    QVERIFY(!m_alertId.isEmpty());
    const Run pushA = sync(m_a.path());
    QVERIFY2(pushA.code == 0, pushA.err.constData());
    QVERIFY(pushA.json().value(QStringLiteral("pushed")).toInt() >= 1);
    QCOMPARE(outboxSize(m_a.path()), 0);
    const Run pullB = sync(m_b.path());
    QVERIFY2(pullB.code == 0, pullB.err.constData());
    QVERIFY(pullB.json().value(QStringLiteral("new")).toInt() >= 1);
    QCOMPARE(alertIn(m_b.path(), m_alertId).value(QStringLiteral("state")).toString(), QStringLiteral("new"));

    QCOMPARE(ctl(m_b.path(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("admin"),
                              QStringLiteral("--role"), QStringLiteral("admin")}, kAdminPw + '\n' + kAdminPw + '\n').code, 0);
    QCOMPARE(ctl(m_b.path(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("budi"),
                              QStringLiteral("--role"), QStringLiteral("l2"), QStringLiteral("--as"), QStringLiteral("admin")},
                 kAdminPw + '\n' + kOpPw + '\n' + kOpPw + '\n').code, 0);
    const Run ack = ctl(m_b.path(), {QStringLiteral("alert"), QStringLiteral("ack"), m_alertId, QStringLiteral("--as"),
                                     QStringLiteral("budi")}, kOpPw + '\n');
    QVERIFY2(ack.code == 0, ack.err.constData());
    const QString ackedState = alertIn(m_b.path(), m_alertId).value(QStringLiteral("state")).toString();
    QVERIFY(ackedState != QStringLiteral("new"));
    const Run pushB = sync(m_b.path());
    QVERIFY2(pushB.code == 0, pushB.err.constData());
    QVERIFY(pushB.json().value(QStringLiteral("pushed")).toInt() >= 1);
    const Run pullA = sync(m_a.path());
    QVERIFY2(pullA.code == 0, pullA.err.constData());
    QCOMPARE(alertIn(m_a.path(), m_alertId).value(QStringLiteral("state")).toString(), ackedState);
}

void TestSyncHub::secondRoundIsIdle()
{
    for (const QString &dir : {m_a.path(), m_b.path()}) {
        QCOMPARE(sync(dir).code, 0);
        const Run again = sync(dir);
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(again.json().value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("new")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("pulled")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("retries")).toInt(), 0);
        QVERIFY(again.json().contains(QStringLiteral("skipped")));
    }
}

void TestSyncHub::hubDownFailsCleanly()
{
    QCOMPARE(ctl(m_a.path(), {QStringLiteral("alert"), QStringLiteral("raise"), QStringLiteral("--severity"),
                              QStringLiteral("warning"), QStringLiteral("--module"), QStringLiteral("hr"),
                              QStringLiteral("--title"), QStringLiteral("Offline")}).code, 0);
    const qint64 before = outboxSize(m_a.path());
    QVERIFY(before >= 1);
    m_hub->stop();
    const Run r = ctl(m_a.path(), {QStringLiteral("sync"), QStringLiteral("--hub"), m_url});
    QCOMPARE(r.code, 1);
    // One line per retry (3), then the one-line failure.
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    static const QRegularExpression retryLine(QStringLiteral("^medtrackctl: sync: retry [123]/3 in \\d+\\.\\d s: .+$"));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(retryLine.match(QString::fromUtf8(lines.at(i))).hasMatch(), lines.at(i).constData());
    QVERIFY2(lines.last().startsWith("medtrackctl: sync: ") && lines.last().contains("unreachable"), r.err.constData());
    const Run json = ctl(m_a.path(), {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--hub"), m_url});
    QCOMPARE(json.code, 1);
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(json.json().value(QStringLiteral("retries")).toInt(), 3);
    QCOMPARE(outboxSize(m_a.path()), before);
}

QTEST_GUILESS_MAIN(TestSyncHub)
#include "tst_sync_hub.moc"
