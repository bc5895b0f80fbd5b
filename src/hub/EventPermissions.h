// Which domain Action an event type needs, so the hub re-checks the app's permission policy.
#pragma once

#include "domain/Event.h"
#include "domain/Permissions.h"

#include <optional>

namespace mt {

// nullopt = no role check beyond the site scope (user.logged_in, user.login_failed are system facts).
std::optional<Action> actionForEvent(const Event &event);

// incident.closed also needs PermissionPolicy::allowsClose for the incident's severity as the
// hub knows it (latest incident.opened/severity_changed by HLC; unknown = 1, the strictest).
bool eventAllowed(Role role, const Event &event, int incidentSeverity);

} // namespace mt
