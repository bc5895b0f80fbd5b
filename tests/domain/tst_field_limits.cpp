// The validators accept exactly up to the limits of domain/FieldLimits.h and refuse one character more.
#include "domain/Alert.h"
#include "domain/EventJson.h"
#include "domain/FieldLimits.h"
#include "domain/Incident.h"
#include "domain/Permissions.h"

#include <QTest>

using namespace mt;

namespace {

QString text(int chars)
{
    return QString(chars, QLatin1Char('a'));
}

} // namespace

class TestFieldLimits : public QObject
{
    Q_OBJECT
private slots:
    void alertFields();
    void incidentFields();
    void accountFields();
    void siteId();
};

void TestFieldLimits::alertFields()
{
    QVERIFY(AlertRules::validateNew(text(limits::kTitleMaxChars), {}, {}).ok());
    QCOMPARE(AlertRules::validateNew(text(limits::kTitleMaxChars + 1), {}, {}).field, QStringLiteral("title"));
    QVERIFY(AlertRules::validateNew(QStringLiteral("t"), text(limits::kAlertDetailsMaxChars), {}).ok());
    QCOMPARE(AlertRules::validateNew(QStringLiteral("t"), text(limits::kAlertDetailsMaxChars + 1), {}).field,
             QStringLiteral("details"));
    QVERIFY(AlertRules::validateNew(QStringLiteral("t"), {}, text(limits::kDedupKeyMaxChars)).ok());
    QCOMPARE(AlertRules::validateNew(QStringLiteral("t"), {}, text(limits::kDedupKeyMaxChars + 1)).field,
             QStringLiteral("dedup_key"));
}

void TestFieldLimits::incidentFields()
{
    const QList<Module> modules{Module::Logistics};
    QVERIFY(IncidentRules::validateNew(text(limits::kTitleMaxChars), 2, modules).ok());
    QCOMPARE(IncidentRules::validateNew(text(limits::kTitleMaxChars + 1), 2, modules).detail, QStringLiteral("too_long"));
    const Incident open;
    QVERIFY(IncidentRules::canAddNote(open, text(limits::kNoteMaxChars)).ok());
    QCOMPARE(IncidentRules::canAddNote(open, text(limits::kNoteMaxChars + 1)).detail, QStringLiteral("too_long"));
    CloseRequest close{text(limits::kResolutionMinChars - 1), QStringLiteral("KB-1"), {}, 1};
    QCOMPARE(IncidentRules::canClose(open, close).detail, QStringLiteral("too_short"));
    close.resolution = text(limits::kResolutionMinChars);
    QVERIFY(IncidentRules::canClose(open, close).field != QLatin1String("resolution"));
}

void TestFieldLimits::accountFields()
{
    const AuthPolicy policy;
    QCOMPARE(policy.minPasswordLength, limits::kPasswordMinChars);
    QVERIFY(policy.validateUserName(text(limits::kUserNameMinChars)).ok());
    QVERIFY(policy.validateUserName(text(limits::kUserNameMaxChars)).ok());
    QVERIFY(!policy.validateUserName(text(limits::kUserNameMinChars - 1)).ok());
    QVERIFY(!policy.validateUserName(text(limits::kUserNameMaxChars + 1)).ok());
    QVERIFY(policy.validateNewPassword(text(limits::kPasswordMinChars), QStringLiteral("someone")).ok());
    QVERIFY(!policy.validateNewPassword(text(limits::kPasswordMinChars - 1), QStringLiteral("someone")).ok());
}

void TestFieldLimits::siteId()
{
    QVERIFY(isValidSiteId(text(limits::kSiteIdMaxChars)));
    QVERIFY(!isValidSiteId(text(limits::kSiteIdMaxChars + 1)));
}

QTEST_GUILESS_MAIN(TestFieldLimits)
#include "tst_field_limits.moc"
