// Tests of the role/action permission matrix, allowsClose and the account rules.
#include "domain/Permissions.h"

#include <QSet>
#include <QTest>

using namespace mt;

namespace {

constexpr int kActionCount = int(Action::IntegrationSync) + 1;

QList<Action> allActions()
{
    QList<Action> out;
    for (int i = 0; i < kActionCount; ++i)
        out << Action(i);
    return out;
}

// The expected matrix written out independently of the implementation's grouping.
QSet<Action> expectedFor(Role role)
{
    using A = Action;
    const QSet<A> alert{A::AlertView, A::AlertRaise, A::AlertAcknowledge, A::AlertUnacknowledge,
                        A::AlertShelve, A::AlertResolve, A::AlertEscalate};
    const QSet<A> incident{A::IncidentView, A::IncidentOpen, A::IncidentUpdate, A::IncidentAssign,
                           A::IncidentChangeSeverity, A::IncidentEscalate, A::IncidentResolve,
                           A::IncidentClose, A::IncidentReopen};
    switch (role) {
    case Role::L1Operator: return (alert + incident) - QSet<A>{A::IncidentChangeSeverity};
    case Role::L2Operator: return alert + incident + QSet<A>{A::BundleExport, A::BundleImport};
    case Role::IncidentCommander:
        return alert + incident + QSet<A>{A::AuditVerify, A::BundleExport, A::BundleImport};
    case Role::DataSteward:
        return {A::AlertView, A::AlertRaise, A::AlertAcknowledge, A::IncidentView, A::IncidentUpdate,
                A::PersonnelViewNik, A::QuarantineReview, A::IntegrationSync};
    case Role::Admin: {
        const QList<A> all = allActions();
        return QSet<A>(all.begin(), all.end());
    }
    }
    return {};
}

const QList<Role> kRoles{Role::L1Operator, Role::L2Operator, Role::IncidentCommander, Role::DataSteward,
                         Role::Admin};

} // namespace

class TstPermissions : public QObject
{
    Q_OBJECT

private slots:
    void matrix();
    void adminOnlyActions();
    void allowsClose();
    void checkNamesTheAction();
    void actionNamesUnique();
    void passwordRules();
    void userNameRules_data();
    void userNameRules();
};

void TstPermissions::matrix()
{
    for (Role role : kRoles) {
        const QSet<Action> expected = expectedFor(role);
        for (Action a : allActions()) {
            QVERIFY2(PermissionPolicy::allows(role, a) == expected.contains(a),
                     qPrintable(toKey(role) + QLatin1Char(' ') + QString::fromLatin1(PermissionPolicy::actionName(a))));
        }
    }
}

void TstPermissions::adminOnlyActions()
{
    for (Action a : {Action::UserManage, Action::BackupRestore, Action::SettingsManage}) {
        for (Role role : kRoles)
            QCOMPARE(PermissionPolicy::allows(role, a), role == Role::Admin);
    }
    QVERIFY(PermissionPolicy::allows(Role::IncidentCommander, Action::AuditVerify));
    QVERIFY(!PermissionPolicy::allows(Role::L2Operator, Action::AuditVerify));
    QVERIFY(!PermissionPolicy::allows(Role::L1Operator, Action::IncidentChangeSeverity));
    QVERIFY(PermissionPolicy::allows(Role::L2Operator, Action::IncidentChangeSeverity));
}

void TstPermissions::allowsClose()
{
    for (int sev = 1; sev <= 4; ++sev) {
        QCOMPARE(PermissionPolicy::allowsClose(Role::L1Operator, sev), sev >= 3);
        QVERIFY(PermissionPolicy::allowsClose(Role::L2Operator, sev));
        QVERIFY(PermissionPolicy::allowsClose(Role::IncidentCommander, sev));
        QVERIFY(PermissionPolicy::allowsClose(Role::Admin, sev));
        QVERIFY(!PermissionPolicy::allowsClose(Role::DataSteward, sev));
    }
}

void TstPermissions::checkNamesTheAction()
{
    QVERIFY(PermissionPolicy::check(Role::Admin, Action::BackupRestore).ok());
    const Status s = PermissionPolicy::check(Role::DataSteward, Action::IncidentClose);
    QCOMPARE(s.code, ErrorCode::PermissionDenied);
    QCOMPARE(s.detail, QStringLiteral("incident_close"));
}

void TstPermissions::actionNamesUnique()
{
    QSet<QString> names;
    for (Action a : allActions())
        names.insert(QString::fromLatin1(PermissionPolicy::actionName(a)));
    QCOMPARE(names.size(), kActionCount);
    QVERIFY(!names.contains(QStringLiteral("unknown")));
}

void TstPermissions::passwordRules()
{
    const AuthPolicy p;
    QVERIFY(p.validateNewPassword(QStringLiteral("correct horse"), QStringLiteral("ani")).ok());
    const Status shortPw = p.validateNewPassword(QStringLiteral("123456789"), QStringLiteral("ani"));
    QCOMPARE(shortPw.code, ErrorCode::Validation);
    QCOMPARE(shortPw.field, QStringLiteral("password"));
    QVERIFY(p.validateNewPassword(QStringLiteral("1234567890"), QStringLiteral("ani")).ok());
    const Status same = p.validateNewPassword(QStringLiteral("Operator.One"), QStringLiteral("operator.one"));
    QCOMPARE(same.code, ErrorCode::Validation);
    QCOMPARE(same.field, QStringLiteral("password"));
    AuthPolicy strict;
    strict.minPasswordLength = 16;
    QVERIFY(!strict.validateNewPassword(QStringLiteral("correct horse"), QStringLiteral("ani")).ok());
}

void TstPermissions::userNameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("ani") << true;
    QTest::newRow("punctuation") << QStringLiteral("budi.s_2-x") << true;
    QTest::newRow("32 chars") << QString(32, QLatin1Char('a')) << true;
    QTest::newRow("33 chars") << QString(33, QLatin1Char('a')) << false;
    QTest::newRow("2 chars") << QStringLiteral("ab") << false;
    QTest::newRow("upper case") << QStringLiteral("Ani") << false;
    QTest::newRow("space") << QStringLiteral("ani s") << false;
    QTest::newRow("trailing newline") << QStringLiteral("ani\n") << false;
    QTest::newRow("non-ascii") << QStringLiteral("andré") << false;
}

void TstPermissions::userNameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Status s = AuthPolicy{}.validateUserName(name);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.code, ErrorCode::Validation);
        QCOMPARE(s.field, QStringLiteral("name"));
    }
}

QTEST_GUILESS_MAIN(TstPermissions)
#include "tst_permissions.moc"
