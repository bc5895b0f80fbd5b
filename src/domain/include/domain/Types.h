// Vocabulary of the domain: severities, states, modules, roles, zones, with stable string keys.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

enum class AlertSeverity { Info, Warning, Critical };
enum class AlertState { New, Acknowledged, Resolved };
enum class IncidentStatus { Open, InProgress, Resolved, Closed };
// The seven modules of the governance package (component diagram).
enum class Module { Dashboard, Notifications, Logistics, Distribution, HR, MedicalServices, Reports };
enum class Role { L1Operator, L2Operator, IncidentCommander, DataSteward, Admin };
// Indonesian time zones: WIB UTC+7, WITA UTC+8, WIT UTC+9.
enum class SiteZone { WIB, WITA, WIT };

// Stable keys used in events, SQL and the CLI ("critical", "acknowledged", "medical_services", "l1"...).
QString toKey(AlertSeverity v);
QString toKey(AlertState v);
QString toKey(IncidentStatus v);
QString toKey(Module v);
QString toKey(Role v);
QString toKey(SiteZone v);
std::optional<AlertSeverity> alertSeverityFromKey(const QString &key);
std::optional<AlertState> alertStateFromKey(const QString &key);
std::optional<IncidentStatus> incidentStatusFromKey(const QString &key);
std::optional<Module> moduleFromKey(const QString &key); // also accepts the display names ("Medical Services")
std::optional<Role> roleFromKey(const QString &key);      // l1|l2|ic|steward|admin
std::optional<SiteZone> siteZoneFromKey(const QString &key);
QStringList allModuleKeys();
int utcOffsetSeconds(SiteZone zone);

// Incident severity is 1 (critical) .. 4 (low).
constexpr int kMinIncidentSeverity = 1;
constexpr int kMaxIncidentSeverity = 4;

} // namespace mt
