// The permission matrix of the five roles and the account (password, user name) rules.
#include "domain/Permissions.h"

#include <QRegularExpression>

namespace mt {

namespace {

bool isAlertAction(Action a)
{
    return a >= Action::AlertView && a <= Action::AlertEscalate;
}

bool isIncidentAction(Action a)
{
    return a >= Action::IncidentView && a <= Action::IncidentReopen;
}

// Carrying events between sites: whoever leads a shift at a remote site (L2, IC); the trust list
// (admin only) and the signatures are what keep foreign data out, not the carrier's role.
bool isBundleAction(Action a)
{
    return a == Action::BundleExport || a == Action::BundleImport;
}

bool l1Allows(Action a)
{
    // L1 runs the SOP Operator flow but does not re-grade severity; Sev-1/2 closes are in allowsClose.
    return isAlertAction(a) || (isIncidentAction(a) && a != Action::IncidentChangeSeverity);
}

bool stewardAllows(Action a)
{
    switch (a) {
    case Action::AlertView:
    case Action::AlertRaise:
    case Action::AlertAcknowledge:
    case Action::IncidentView:
    case Action::IncidentUpdate:
    case Action::PersonnelViewNik:
    case Action::QuarantineReview:
    case Action::IntegrationSync:
        return true;
    default:
        return false;
    }
}

} // namespace

bool PermissionPolicy::allows(Role role, Action action)
{
    switch (role) {
    case Role::Admin: return true;
    case Role::L1Operator: return l1Allows(action);
    case Role::L2Operator: return isAlertAction(action) || isIncidentAction(action) || isBundleAction(action);
    case Role::IncidentCommander:
        return isAlertAction(action) || isIncidentAction(action) || isBundleAction(action)
            || action == Action::AuditVerify;
    case Role::DataSteward: return stewardAllows(action);
    }
    return false;
}

bool PermissionPolicy::allowsClose(Role role, int incidentSeverity)
{
    if (!allows(role, Action::IncidentClose))
        return false;
    if (role == Role::L1Operator)
        return incidentSeverity >= 3; // Sev-1/Sev-2 closes need L2 or above
    return true;
}

Status PermissionPolicy::check(Role role, Action action)
{
    if (allows(role, action))
        return {};
    return Error::make(ErrorCode::PermissionDenied, {}, QString::fromLatin1(actionName(action)));
}

const char *PermissionPolicy::actionName(Action action)
{
    switch (action) {
    case Action::AlertView: return "alert_view";
    case Action::AlertRaise: return "alert_raise";
    case Action::AlertAcknowledge: return "alert_acknowledge";
    case Action::AlertUnacknowledge: return "alert_unacknowledge";
    case Action::AlertShelve: return "alert_shelve";
    case Action::AlertResolve: return "alert_resolve";
    case Action::AlertEscalate: return "alert_escalate";
    case Action::IncidentView: return "incident_view";
    case Action::IncidentOpen: return "incident_open";
    case Action::IncidentUpdate: return "incident_update";
    case Action::IncidentAssign: return "incident_assign";
    case Action::IncidentChangeSeverity: return "incident_change_severity";
    case Action::IncidentEscalate: return "incident_escalate";
    case Action::IncidentResolve: return "incident_resolve";
    case Action::IncidentClose: return "incident_close";
    case Action::IncidentReopen: return "incident_reopen";
    case Action::UserManage: return "user_manage";
    case Action::BackupRestore: return "backup_restore";
    case Action::AuditVerify: return "audit_verify";
    case Action::SettingsManage: return "settings_manage";
    case Action::PersonnelViewNik: return "personnel_view_nik";
    case Action::QuarantineReview: return "quarantine_review";
    case Action::BundleExport: return "bundle_export";
    case Action::BundleImport: return "bundle_import";
    case Action::IntegrationSync: return "integration_sync";
    }
    return "unknown";
}

Status AuthPolicy::validateNewPassword(const QString &password, const QString &userName) const
{
    if (password.size() < minPasswordLength)
        return Error::make(ErrorCode::Validation, QStringLiteral("password"), QStringLiteral("too_short"));
    if (!userName.isEmpty() && password.compare(userName, Qt::CaseInsensitive) == 0)
        return Error::make(ErrorCode::Validation, QStringLiteral("password"),
                           QStringLiteral("same_as_user_name"));
    return {};
}

Status AuthPolicy::validateUserName(const QString &name) const
{
    // anchoredPattern, not ^...$: "$" would also accept a name ending in a newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[a-z0-9._-]{%1,%2}").arg(limits::kUserNameMinChars).arg(limits::kUserNameMaxChars)));
    if (!re.match(name).hasMatch())
        return Error::make(ErrorCode::Validation, QStringLiteral("name"), QStringLiteral("format"));
    return {};
}

} // namespace mt
