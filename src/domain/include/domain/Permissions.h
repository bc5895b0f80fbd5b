// The one permission policy: GUI, CLI and (later) the hub all ask it.
#pragma once

#include "common/Error.h"
#include "domain/FieldLimits.h"
#include "domain/Types.h"

namespace mt {

enum class Action {
    AlertView,
    AlertRaise,
    AlertAcknowledge,
    AlertUnacknowledge,
    AlertShelve,
    AlertResolve,
    AlertEscalate,
    IncidentView,
    IncidentOpen,
    IncidentUpdate,      // notes, checklist, modules, evidence
    IncidentAssign,
    IncidentChangeSeverity,
    IncidentEscalate,
    IncidentResolve,
    IncidentClose,       // Sev-1/Sev-2 need L2 or above, see allowsClose
    IncidentReopen,
    UserManage,
    BackupRestore,
    AuditVerify,
    SettingsManage,
    PersonnelViewNik,    // unmasked NIK (issue 4)
    QuarantineReview,
    BundleExport,        // offline signed bundles (docs/sync.md); trusting a peer key is SettingsManage
    BundleImport,
    IntegrationSync,     // start / cancel a SISDMK pull by hand (data steward, admin)
};

class PermissionPolicy
{
public:
    static bool allows(Role role, Action action);
    static bool allowsClose(Role role, int incidentSeverity);
    static Status check(Role role, Action action); // PermissionDenied with detail = action name
    static const char *actionName(Action action);
};

// Account protection: lockout after repeated failures, idle lock of the session.
struct AuthPolicy
{
    int maxFailures = 5;
    int lockoutMinutes = 15;
    int idleLockMinutes = 15;
    int minPasswordLength = limits::kPasswordMinChars;

    Status validateNewPassword(const QString &password, const QString &userName) const;
    Status validateUserName(const QString &name) const; // kUserNameMinChars..kUserNameMaxChars of [a-z0-9._-]
};

} // namespace mt
