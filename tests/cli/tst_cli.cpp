// Tests medtrackctl end to end as a separate process: every command, exit codes 0/1/2, JSON, audit, backup.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    bool oneErrorLine() const { return !err.trimmed().isEmpty() && !err.trimmed().contains('\n'); }
};

const QByteArray kAdminPw = "admin-password-2026";
const QByteArray kOpPw = "operator-password-2026";

} // namespace

// The slots run in declaration order and share one data dir: each step builds on the previous one.
class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Run run(const QStringList &args, const QByteArray &input = {}, bool withDataDir = true)
    {
        QProcess p;
        QStringList all{QStringLiteral("--lang"), QStringLiteral("en")};
        if (withDataDir)
            all << QStringLiteral("--data-dir") << m_dir.path();
        p.start(QStringLiteral(MEDTRACKCTL_PATH), all + args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }
    Run runJson(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringList{QStringLiteral("--json")} + args, input);
    }
    QString raiseAlert(const QString &title, const QString &key)
    {
        const Run r = runJson({QStringLiteral("alert"), QStringLiteral("raise"), QStringLiteral("--severity"),
                               QStringLiteral("critical"), QStringLiteral("--module"), QStringLiteral("logistics"),
                               QStringLiteral("--title"), title, QStringLiteral("--dedup-key"), key});
        return r.json().value(QLatin1String("alert_id")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(MEDTRACKCTL_PATH)));
    }

    void versionAndUsageErrors()
    {
        const Run v = run({QStringLiteral("version"), QStringLiteral("--json")}, {}, false);
        QCOMPARE(v.code, 0);
        QVERIFY(!v.json().value(QLatin1String("version")).toString().isEmpty());
        QCOMPARE(run({}, {}).code, 2);
        for (const QStringList &args : {QStringList{QStringLiteral("frobnicate")},
                                        QStringList{QStringLiteral("alert"), QStringLiteral("raise"), QStringLiteral("--severity"), QStringLiteral("loud")},
                                        QStringList{QStringLiteral("alert"), QStringLiteral("raise"), QStringLiteral("--severity"), QStringLiteral("info"),
                                                    QStringLiteral("--module"), QStringLiteral("logistics")},
                                        QStringList{QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--bogus"), QStringLiteral("1")},
                                        QStringList{QStringLiteral("alert"), QStringLiteral("ack"), QStringLiteral("some-id")},
                                        QStringList{QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--limit")}}) {
            const Run r = run(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ')));
            QVERIFY2(r.oneErrorLine(), r.err.constData());
        }
        const Run noDir = run({QStringLiteral("db"), QStringLiteral("check")}, {}, false);
        QCOMPARE(noDir.code, 2);
        QVERIFY(noDir.err.contains("--data-dir"));
    }

    void usersAndLogin()
    {
        const Run notAdmin = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("budi"),
                                  QStringLiteral("--role"), QStringLiteral("l1")}, kOpPw + '\n' + kOpPw + '\n');
        QCOMPARE(notAdmin.code, 1);
        QVERIFY(notAdmin.oneErrorLine());
        const Run mismatch = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("admin"),
                                  QStringLiteral("--role"), QStringLiteral("admin")}, kAdminPw + "\nother-password\n");
        QCOMPARE(mismatch.code, 1);
        QVERIFY(mismatch.err.contains("do not match"));
        const Run admin = runJson({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("admin"),
                                   QStringLiteral("--role"), QStringLiteral("admin")}, kAdminPw + '\n' + kAdminPw + '\n');
        QCOMPARE(admin.code, 0);
        QCOMPARE(admin.json().value(QLatin1String("user")).toObject().value(QLatin1String("role")).toString(), QStringLiteral("admin"));
        const Run wrongAs = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("budi"),
                                 QStringLiteral("--role"), QStringLiteral("l1"), QStringLiteral("--as"), QStringLiteral("admin")},
                                "wrong-password\n" + kOpPw + '\n' + kOpPw + '\n');
        QCOMPARE(wrongAs.code, 1);
        QCOMPARE(wrongAs.err.trimmed(), QByteArray("medtrackctl: Wrong user name or password."));
        const Run op = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("budi"),
                            QStringLiteral("--role"), QStringLiteral("l1"), QStringLiteral("--display-name"), QStringLiteral("Budi S"),
                            QStringLiteral("--as"), QStringLiteral("admin")},
                           kAdminPw + '\n' + kOpPw + '\n' + kOpPw + '\n');
        QCOMPARE(op.code, 0);
        const Run list = runJson({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.json().value(QLatin1String("users")).toArray().size(), 2);
        QVERIFY(!list.out.contains("argon2"));
    }

    void alertsAndIncidents()
    {
        const QString id = raiseAlert(QStringLiteral("Stok vaksin BCG habis"), QStringLiteral("stock:bcg"));
        QVERIFY(!id.isEmpty());
        const Run again = runJson({QStringLiteral("alert"), QStringLiteral("raise"), QStringLiteral("--severity"), QStringLiteral("critical"),
                                   QStringLiteral("--module"), QStringLiteral("logistics"), QStringLiteral("--title"),
                                   QStringLiteral("Stok vaksin BCG habis"), QStringLiteral("--dedup-key"), QStringLiteral("stock:bcg")});
        QVERIFY(again.json().value(QLatin1String("deduplicated")).toBool());
        QCOMPARE(again.json().value(QLatin1String("alert_id")).toString(), id);
        const Run list = runJson({QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--severity"), QStringLiteral("critical")});
        QCOMPARE(list.code, 0);
        const QJsonArray alerts = list.json().value(QLatin1String("alerts")).toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].toObject().value(QLatin1String("count")).toInt(), 2);
        QCOMPARE(alerts[0].toObject().value(QLatin1String("raised_by")).toString(), QStringLiteral("system"));

        const QStringList ack{QStringLiteral("alert"), QStringLiteral("ack"), id, QStringLiteral("--as"), QStringLiteral("budi")};
        QCOMPARE(run(ack, kOpPw + '\n').code, 0);
        const Run ackAgain = run(ack, kOpPw + '\n');
        QCOMPARE(ackAgain.code, 1);
        QVERIFY(ackAgain.oneErrorLine());
        const Run acked = runJson({QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("acked")});
        QCOMPARE(acked.json().value(QLatin1String("alerts")).toArray().first().toObject().value(QLatin1String("acked_by")).toString(),
                 QStringLiteral("budi"));

        const Run opened = runJson({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--severity"), QStringLiteral("3"),
                                    QStringLiteral("--title"), QStringLiteral("Kekurangan BCG"), QStringLiteral("--alert"), id,
                                    QStringLiteral("--as"), QStringLiteral("budi")}, kOpPw + '\n');
        QCOMPARE(opened.code, 0);
        const QString incident = opened.json().value(QLatin1String("incident_id")).toString();
        QVERIFY(!opened.json().value(QLatin1String("sla_due_at")).toString().isEmpty());
        const Run open = runJson({QStringLiteral("incident"), QStringLiteral("list")});
        QCOMPARE(open.json().value(QLatin1String("incidents")).toArray().size(), 1);
        QCOMPARE(open.json().value(QLatin1String("incidents")).toArray()[0].toObject().value(QLatin1String("modules")).toArray()[0].toString(),
                 QStringLiteral("logistics"));

        const QStringList closeBase{QStringLiteral("incident"), QStringLiteral("close"), incident, QStringLiteral("--as"), QStringLiteral("budi"),
                                    QStringLiteral("--resolution"), QStringLiteral("Stok dikirim dari gudang provinsi"),
                                    QStringLiteral("--kb"), QStringLiteral("KB-LOG-001")};
        const Run noEvidence = runJson(closeBase, kOpPw + '\n');
        QCOMPARE(noEvidence.code, 1);
        QCOMPARE(noEvidence.json().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(), QStringLiteral("evidence"));
        QVERIFY(noEvidence.oneErrorLine());
        const QString evidence = m_dir.filePath(QStringLiteral("surat-jalan.txt"));
        QFile f(evidence);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Surat jalan no. 17/XI/2026");
        f.close();
        QCOMPARE(run(closeBase + QStringList{QStringLiteral("--evidence"), QStringLiteral("/no/such/file")}, kOpPw + '\n').code, 1);
        const Run closed = runJson(closeBase + QStringList{QStringLiteral("--evidence"), evidence}, kOpPw + '\n');
        QCOMPARE(closed.code, 0);
        QCOMPARE(closed.json().value(QLatin1String("attachments")).toInt(), 1);
        QCOMPARE(runJson({QStringLiteral("incident"), QStringLiteral("list")}).json().value(QLatin1String("incidents")).toArray().size(), 0);
        const Run all = runJson({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(all.json().value(QLatin1String("incidents")).toArray()[0].toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("closed"));
        const Run show = runJson({QStringLiteral("incident"), QStringLiteral("show"), incident});
        QCOMPARE(show.code, 0);
        QVERIFY(show.json().value(QLatin1String("incident")).toObject().value(QLatin1String("timeline")).toArray().size() >= 3);
    }

    void incidentNumbers()
    {
        // The site is "site-local" (no medtrack.ini): numbers are SITE-LOCAL-nnnn; the first is the one closed above.
        const Run opened = runJson({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--severity"), QStringLiteral("4"),
                                    QStringLiteral("--title"), QStringLiteral("Laporan harian terlambat"), QStringLiteral("--module"),
                                    QStringLiteral("reports"), QStringLiteral("--as"), QStringLiteral("budi")}, kOpPw + '\n');
        QCOMPARE(opened.code, 0);
        QCOMPARE(opened.json().value(QLatin1String("number")).toString(), QStringLiteral("SITE-LOCAL-0002"));
        const QString id = opened.json().value(QLatin1String("incident_id")).toString();
        const Run list = runJson({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--all")});
        const QJsonArray rows = list.json().value(QLatin1String("incidents")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(QLatin1String("number")).toString(), QStringLiteral("SITE-LOCAL-0002"));
        QCOMPARE(rows[1].toObject().value(QLatin1String("number")).toString(), QStringLiteral("SITE-LOCAL-0001"));
        QVERIFY(run({QStringLiteral("incident"), QStringLiteral("list")}).out.startsWith("SITE-LOCAL-0002 "));
        const Run show = runJson({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("site-local-0002")});
        QCOMPARE(show.code, 0);
        QCOMPARE(show.json().value(QLatin1String("incident")).toObject().value(QLatin1String("id")).toString(), id);
        const Run text = run({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("SITE-LOCAL-0001")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.startsWith("SITE-LOCAL-0001  Sev-3"));
        QVERIFY(text.out.contains("SITE-LOCAL-0001 (Sev-3)")); // the opening line of the timeline names it too
        const Run missing = run({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("SITE-LOCAL-0099")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.oneErrorLine());
        // The alert linked to the first incident names it by number.
        const Run alerts = runJson({QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("all")});
        bool named = false;
        for (const QJsonValue &a : alerts.json().value(QLatin1String("alerts")).toArray())
            named = named || a.toObject().value(QLatin1String("incident_number")).toString() == QStringLiteral("SITE-LOCAL-0001");
        QVERIFY(named);
    }

    void dbCheckBackupRestore()
    {
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("check")}).code, 0);
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        const Run b = run({QStringLiteral("backup"), backup, QStringLiteral("--as"), QStringLiteral("admin")}, kAdminPw + '\n');
        QCOMPARE(b.code, 0);
        QVERIFY(QFile::exists(backup));
        const Run denied = run({QStringLiteral("backup"), backup + QStringLiteral("2"), QStringLiteral("--as"), QStringLiteral("budi")}, kOpPw + '\n');
        QCOMPARE(denied.code, 1);
        QVERIFY(denied.oneErrorLine());
        const auto count = [this] {
            return runJson({QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("all")})
                .json().value(QLatin1String("total")).toInteger();
        };
        const qint64 before = count();
        QVERIFY(!raiseAlert(QStringLiteral("Setelah backup"), QStringLiteral("after-backup")).isEmpty());
        QCOMPARE(count(), before + 1);
        QCOMPARE(run({QStringLiteral("restore"), backup, QStringLiteral("--as"), QStringLiteral("admin")}, kAdminPw + '\n').code, 0);
        QCOMPARE(count(), before);
        QCOMPARE(run({QStringLiteral("restore"), m_dir.filePath(QStringLiteral("missing.db"))}).code, 1);
    }

    void auditDetectsAnEditedEvent()
    {
        const Run ok = runJson({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.json().value(QLatin1String("intact")).toBool());
        QVERIFY(ok.json().value(QLatin1String("checked")).toInteger() > 3);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("medtrack.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET actor = 'mallory' WHERE seq = (SELECT MIN(seq) + 2 FROM events)")));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run bad = runJson({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(bad.code, 1);
        QVERIFY(!bad.json().value(QLatin1String("intact")).toBool(true));
        QVERIFY(bad.json().value(QLatin1String("first_bad_seq")).toInteger() > 0);
        QVERIFY(bad.oneErrorLine());
        QVERIFY(bad.err.contains("audit trail"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
