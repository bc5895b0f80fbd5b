// Event type -> Action table of the hub's permission re-check (docs/api/README.md, "Permissions").
#include "EventPermissions.h"

#include <QHash>

namespace mt {

std::optional<Action> actionForEvent(const Event &e)
{
    static const QHash<QString, Action> table{
        {EventType::AlertRaised, Action::AlertRaise},
        {EventType::AlertRepeated, Action::AlertRaise},
        {EventType::AlertAcknowledged, Action::AlertAcknowledge},
        {EventType::AlertUnacknowledged, Action::AlertUnacknowledge},
        {EventType::AlertShelved, Action::AlertShelve},
        {EventType::AlertUnshelved, Action::AlertShelve},
        {EventType::AlertEscalated, Action::AlertEscalate},
        {EventType::AlertResolved, Action::AlertResolve},
        {EventType::AlertLinked, Action::IncidentUpdate},
        {EventType::IncidentOpened, Action::IncidentOpen},
        {EventType::IncidentSeverityChanged, Action::IncidentChangeSeverity},
        {EventType::IncidentStatusChanged, Action::IncidentUpdate},
        {EventType::IncidentAssigned, Action::IncidentAssign},
        {EventType::IncidentEscalated, Action::IncidentEscalate},
        {EventType::IncidentNoteAdded, Action::IncidentUpdate},
        {EventType::IncidentChecklistTicked, Action::IncidentUpdate},
        {EventType::IncidentAlertLinked, Action::IncidentUpdate},
        {EventType::IncidentModulesChanged, Action::IncidentUpdate},
        {EventType::IncidentEvidenceAttached, Action::IncidentUpdate},
        {EventType::IncidentClosed, Action::IncidentClose},
        {EventType::IncidentReopened, Action::IncidentReopen},
        {EventType::UserCreated, Action::UserManage},
        {EventType::UserRoleChanged, Action::UserManage},
        {EventType::UserDisabled, Action::UserManage},
    };
    if (e.type == EventType::IncidentStatusChanged
        && e.payload.value(QStringLiteral("status")).toString() == QLatin1String("resolved"))
        return Action::IncidentResolve;
    const auto it = table.constFind(e.type);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

bool eventAllowed(Role role, const Event &e, int incidentSeverity)
{
    const auto action = actionForEvent(e);
    if (!action)
        return true;
    if (*action == Action::IncidentClose)
        return PermissionPolicy::allowsClose(role, incidentSeverity);
    return PermissionPolicy::allows(role, *action);
}

} // namespace mt
