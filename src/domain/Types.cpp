// Stable string keys of the domain vocabulary: events, SQL and the CLI all use these.
#include "domain/Types.h"

#include <array>
#include <utility>

namespace mt {

namespace {

// One table per enum keeps toKey and fromKey from drifting apart.
template <typename E, size_t N>
using KeyTable = std::array<std::pair<E, QLatin1String>, N>;

const KeyTable<AlertSeverity, 3> kSeverities{{
    {AlertSeverity::Info, QLatin1String("info")},
    {AlertSeverity::Warning, QLatin1String("warning")},
    {AlertSeverity::Critical, QLatin1String("critical")},
}};

const KeyTable<AlertState, 3> kAlertStates{{
    {AlertState::New, QLatin1String("new")},
    {AlertState::Acknowledged, QLatin1String("acknowledged")},
    {AlertState::Resolved, QLatin1String("resolved")},
}};

const KeyTable<IncidentStatus, 4> kStatuses{{
    {IncidentStatus::Open, QLatin1String("open")},
    {IncidentStatus::InProgress, QLatin1String("in_progress")},
    {IncidentStatus::Resolved, QLatin1String("resolved")},
    {IncidentStatus::Closed, QLatin1String("closed")},
}};

const KeyTable<Module, 7> kModules{{
    {Module::Dashboard, QLatin1String("dashboard")},
    {Module::Notifications, QLatin1String("notifications")},
    {Module::Logistics, QLatin1String("logistics")},
    {Module::Distribution, QLatin1String("distribution")},
    {Module::HR, QLatin1String("hr")},
    {Module::MedicalServices, QLatin1String("medical_services")},
    {Module::Reports, QLatin1String("reports")},
}};

const KeyTable<Role, 5> kRoles{{
    {Role::L1Operator, QLatin1String("l1")},
    {Role::L2Operator, QLatin1String("l2")},
    {Role::IncidentCommander, QLatin1String("ic")},
    {Role::DataSteward, QLatin1String("steward")},
    {Role::Admin, QLatin1String("admin")},
}};

const KeyTable<SiteZone, 3> kZones{{
    {SiteZone::WIB, QLatin1String("wib")},
    {SiteZone::WITA, QLatin1String("wita")},
    {SiteZone::WIT, QLatin1String("wit")},
}};

template <typename E, size_t N>
QString keyOf(const KeyTable<E, N> &table, E value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString(key);
    }
    return {};
}

// Keys are matched case-insensitively: people type them on the CLI and in CSV imports.
template <typename E, size_t N>
std::optional<E> valueOf(const KeyTable<E, N> &table, const QString &key)
{
    const QString k = key.trimmed();
    for (const auto &[v, name] : table) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toKey(AlertSeverity v) { return keyOf(kSeverities, v); }
QString toKey(AlertState v) { return keyOf(kAlertStates, v); }
QString toKey(IncidentStatus v) { return keyOf(kStatuses, v); }
QString toKey(Module v) { return keyOf(kModules, v); }
QString toKey(Role v) { return keyOf(kRoles, v); }
QString toKey(SiteZone v) { return keyOf(kZones, v); }

std::optional<AlertSeverity> alertSeverityFromKey(const QString &key) { return valueOf(kSeverities, key); }
std::optional<AlertState> alertStateFromKey(const QString &key) { return valueOf(kAlertStates, key); }
std::optional<IncidentStatus> incidentStatusFromKey(const QString &key) { return valueOf(kStatuses, key); }
std::optional<Role> roleFromKey(const QString &key) { return valueOf(kRoles, key); }
std::optional<SiteZone> siteZoneFromKey(const QString &key) { return valueOf(kZones, key); }

std::optional<Module> moduleFromKey(const QString &key)
{
    // Display names of the governance package ("Medical Services", "HR") fold onto the keys:
    // lower case, spaces and dashes become underscores.
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char(' '), QLatin1Char('_'));
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    return valueOf(kModules, k);
}

QStringList allModuleKeys()
{
    QStringList keys;
    for (const auto &entry : kModules)
        keys << QString(entry.second);
    return keys;
}

int utcOffsetSeconds(SiteZone zone)
{
    switch (zone) {
    case SiteZone::WIB: return 7 * 3600;
    case SiteZone::WITA: return 8 * 3600;
    case SiteZone::WIT: return 9 * 3600;
    }
    return 7 * 3600;
}

} // namespace mt
