// Tests Workspace's accounts: bootstrap admin, permissions, login failures, lockout, logs without passwords, config.
#include "CoreFixture.h"
#include "services/ErrorText.h"
#include "services/TimelineService.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QtTest>

using namespace mt;

class TestCoreUsers : public QObject
{
    Q_OBJECT
private slots:
    void bootstrapRules()
    {
        CoreFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.ws->accounts().userCount().value(), 0);
        const Status notAdmin = f.ws->accounts().addUser(nullptr, QStringLiteral("first"), {}, Role::L1Operator, QStringLiteral("long-enough-pw"));
        QCOMPARE(notAdmin.field, QStringLiteral("role"));
        QVERIFY(f.ws->accounts().addUser(nullptr, QStringLiteral("root"), {}, Role::Admin, QStringLiteral("long-enough-pw")).ok());
        QCOMPARE(f.ws->accounts().addUser(nullptr, QStringLiteral("second"), {}, Role::Admin, QStringLiteral("long-enough-pw")).code,
                 ErrorCode::PermissionDenied);
        const Session root{QStringLiteral("root"), {}, Role::Admin};
        QCOMPARE(f.ws->accounts().addUser(&root, QStringLiteral("root"), {}, Role::L1Operator, QStringLiteral("long-enough-pw")).code,
                 ErrorCode::Conflict);
        QCOMPARE(f.ws->accounts().addUser(&root, QStringLiteral("AB"), {}, Role::L1Operator, QStringLiteral("long-enough-pw")).field,
                 QStringLiteral("name"));
        QCOMPARE(f.ws->accounts().addUser(&root, QStringLiteral("budi"), {}, Role::L1Operator, QStringLiteral("short")).field,
                 QStringLiteral("password"));
        QVERIFY(f.ws->accounts().addUser(&root, QStringLiteral("budi"), QStringLiteral("Budi"), Role::L1Operator, QStringLiteral("long-enough-pw")).ok());
        const Session budi{QStringLiteral("budi"), {}, Role::L1Operator};
        QCOMPARE(f.ws->accounts().addUser(&budi, QStringLiteral("rina"), {}, Role::L1Operator, QStringLiteral("long-enough-pw")).code,
                 ErrorCode::PermissionDenied);
        const auto users = f.ws->accounts().users();
        QCOMPARE(users->size(), 2);
        QVERIFY(users->first().passwordHash.isEmpty());
    }

    void loginFailuresLookTheSame()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const auto unknown = f.ws->accounts().login(QStringLiteral("nobody"), QStringLiteral("whatever-pw"));
        const auto wrong = f.ws->accounts().login(f.l1.user, QStringLiteral("whatever-pw"));
        QCOMPARE(unknown.error().code, ErrorCode::AuthFailed);
        QCOMPARE(wrong.error().code, ErrorCode::AuthFailed);
        QCOMPARE(ErrorText::message(unknown.error()), ErrorText::message(wrong.error()));
        const auto ok = f.ws->accounts().login(f.l1.user, CoreFixture::passwordOf(f.l1));
        QVERIFY(ok.ok());
        QCOMPARE(ok->user, f.l1.user);
        QCOMPARE(ok->role, Role::L1Operator);
        QCOMPARE(ok->displayName, f.l1.displayName);
    }

    void lockoutAfterFiveFailuresForFifteenMinutes()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(f.ws->accounts().login(f.l2.user, QStringLiteral("wrong-password")).error().code, ErrorCode::AuthFailed);
        const auto fifth = f.ws->accounts().login(f.l2.user, QStringLiteral("wrong-password"));
        QCOMPARE(fifth.error().code, ErrorCode::AccountLocked);
        const QDateTime until = QDateTime::fromString(fifth.error().detail, Qt::ISODateWithMs);
        QCOMPARE(until, f.clock.nowUtc().addSecs(15 * 60));
        f.clock.advanceMinutes(14);
        const auto stillLocked = f.ws->accounts().login(f.l2.user, CoreFixture::passwordOf(f.l2));
        QCOMPARE(stillLocked.error().code, ErrorCode::AccountLocked);
        QVERIFY(ErrorText::message(stillLocked.error()).contains(QLatin1String("locked until")));
        f.clock.advanceMinutes(1);
        f.clock.advanceMs(1);
        QVERIFY(f.ws->accounts().login(f.l2.user, CoreFixture::passwordOf(f.l2)).ok());
        // A fresh count after a successful login.
        QCOMPARE(f.ws->accounts().login(f.l2.user, QStringLiteral("wrong-password")).error().code, ErrorCode::AuthFailed);
        const auto tl = f.ws->timelines().timeline(EntityType::User, f.l2.user);
        QVERIFY(tl.ok());
        int failures = 0;
        for (const TimelineEntry &e : tl.value())
            failures += e.type == EventType::UserLoginFailed ? 1 : 0;
        QCOMPARE(failures, 6);
    }

    void logsNeverContainPasswords()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString secret = QStringLiteral("Sup3r-Secret-Passw0rd");
        QVERIFY(f.ws->accounts().addUser(&f.admin, QStringLiteral("rahasia"), {}, Role::L1Operator, secret).ok());
        QVERIFY(f.ws->accounts().login(QStringLiteral("rahasia"), secret).ok());
        QVERIFY(!f.ws->accounts().login(QStringLiteral("rahasia"), secret + QStringLiteral("x")).ok());
        f.ws.reset(); // flushes the log
        QFile log(QDir(f.dir.path()).filePath(QStringLiteral("logs/medtrack.jsonl")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray all = log.readAll();
        QVERIFY(all.contains("logged in"));
        QVERIFY(!all.contains(secret.toUtf8()));
        QVERIFY(!all.contains("argon2"));
        for (const QByteArray &line : all.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        }
    }

    void loadsConfigFromTheDataDir()
    {
        QTemporaryDir dir;
        {
            QSettings ini(QDir(dir.path()).filePath(QStringLiteral("medtrack.ini")), QSettings::IniFormat);
            ini.setValue(QStringLiteral("site/id"), QStringLiteral("rsud-jayapura"));
            ini.setValue(QStringLiteral("site/zone"), QStringLiteral("wit"));
            ini.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
            ini.setValue(QStringLiteral("escalation/critical_minutes"), 3);
            ini.setValue(QStringLiteral("sla/holidays"), QStringLiteral("2026-12-25,2026-12-26"));
            ini.setValue(QStringLiteral("sla/work_start"), QStringLiteral("07:30"));
            ini.setValue(QStringLiteral("auth/max_failures"), 3);
            ini.setValue(QStringLiteral("attachments/max_bytes"), 4096);
        }
        const AppConfig c = AppConfig::load(dir.path());
        QCOMPARE(c.siteId, QStringLiteral("rsud-jayapura"));
        QCOMPARE(c.calendar.zone, SiteZone::WIT);
        QCOMPARE(c.language, QStringLiteral("en"));
        QCOMPARE(c.thresholds.criticalMinutes, 3);
        QCOMPARE(c.thresholds.warningMinutes, 15);
        QVERIFY(c.calendar.holidays.contains(QDate(2026, 12, 26)));
        QCOMPARE(c.calendar.workStart, QTime(7, 30));
        QCOMPARE(c.auth.maxFailures, 3);
        QCOMPARE(c.maxAttachmentBytes, qint64(4096));
        QVERIFY(c.save(dir.path()).ok());
        const AppConfig again = AppConfig::load(dir.path());
        QCOMPARE(again.calendar.holidays, c.calendar.holidays);
        QCOMPARE(again.siteId, c.siteId);
    }

    void eventsCarrySiteAndActor()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const auto session = f.ws->accounts().login(f.ic.user, CoreFixture::passwordOf(f.ic));
        QVERIFY(session.ok());
        const QString id = f.raise(session.value(), AlertSeverity::Warning, Module::Dashboard, QStringLiteral("Dashboard lambat"));
        const auto tl = f.ws->timelines().timeline(EntityType::Alert, id);
        QCOMPARE(tl->first().actor, f.ic.user);
        QCOMPARE(tl->first().siteId, f.ws->config().siteId);
        QCOMPARE(tl->first().atMs, f.clock.nowMs());
    }
};

QTEST_GUILESS_MAIN(TestCoreUsers)
#include "tst_coreusers.moc"
