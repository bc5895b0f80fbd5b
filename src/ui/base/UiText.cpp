// Display text for domain vocabulary; keys stay in the domain, words live here.
#include "base/UiText.h"

#include "domain/Incident.h"
#include "domain/IncidentNumber.h"

#include <QDateTime>
#include <QTimeZone>

namespace mt {

QString UiText::severity(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Critical: return tr("Critical");
    case AlertSeverity::Warning: return tr("Warning");
    case AlertSeverity::Info: return tr("Info");
    }
    return {};
}

QString UiText::alertState(AlertState s)
{
    switch (s) {
    case AlertState::New: return tr("New");
    case AlertState::Acknowledged: return tr("Acknowledged");
    case AlertState::Resolved: return tr("Resolved");
    }
    return {};
}

QString UiText::module(Module m)
{
    switch (m) {
    case Module::Dashboard: return tr("Dashboard");
    case Module::Notifications: return tr("Notifications");
    case Module::Logistics: return tr("Logistics & Stock");
    case Module::Distribution: return tr("Distribution");
    case Module::HR: return tr("HR & Personnel");
    case Module::MedicalServices: return tr("Medical Services");
    case Module::Reports: return tr("Reports");
    }
    return {};
}

QString UiText::role(Role r)
{
    switch (r) {
    case Role::L1Operator: return tr("L1 operator");
    case Role::L2Operator: return tr("L2 operator");
    case Role::IncidentCommander: return tr("Incident commander");
    case Role::DataSteward: return tr("Data steward");
    case Role::Admin: return tr("Administrator");
    }
    return {};
}

QString UiText::incidentStatus(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Open: return tr("Open");
    case IncidentStatus::InProgress: return tr("In progress");
    case IncidentStatus::Resolved: return tr("Resolved");
    case IncidentStatus::Closed: return tr("Closed");
    }
    return {};
}

QString UiText::incidentSeverity(int sev)
{
    switch (sev) {
    case 1: return tr("Sev-1 (critical, 4 h)");
    case 2: return tr("Sev-2 (high, 8 h)");
    case 3: return tr("Sev-3 (medium, 24 h)");
    case 4: return tr("Sev-4 (low, 3 business days)");
    }
    return incidentSeverityShort(sev);
}

QString UiText::incidentSeverityShort(int sev)
{
    return tr("Sev-%1").arg(sev);
}

QString UiText::slaState(SlaState s)
{
    switch (s) {
    case SlaState::OnTrack: return tr("On track");
    case SlaState::AtRisk: return tr("At risk");
    case SlaState::Breached: return tr("Breached");
    case SlaState::Met: return tr("Met");
    case SlaState::Missed: return tr("Missed");
    }
    return {};
}

QString UiText::zone(SiteZone z)
{
    switch (z) {
    case SiteZone::WIB: return tr("WIB");
    case SiteZone::WITA: return tr("WITA");
    case SiteZone::WIT: return tr("WIT");
    }
    return {};
}

QString UiText::triageStep(const QString &stepKey)
{
    if (stepKey == TriageStep::CheckData)
        return tr("Check the data");
    if (stepKey == TriageStep::CheckImpact)
        return tr("Check the impact");
    if (stepKey == TriageStep::CheckModules)
        return tr("Check the affected modules");
    return stepKey;
}

QString UiText::localTime(qint64 utcMs, SiteZone z, bool withSeconds)
{
    if (utcMs <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(utcOffsetSeconds(z)));
    const QString fmt = withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    return local.toString(fmt) + QLatin1Char(' ') + zone(z);
}

QString UiText::shortTime(qint64 utcMs, SiteZone z)
{
    if (utcMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(utcOffsetSeconds(z))).toString(QStringLiteral("dd/MM HH:mm"));
}

QString UiText::duration(qint64 ms)
{
    const bool negative = ms < 0;
    const qint64 totalMin = (negative ? -ms : ms) / 60'000;
    const qint64 days = totalMin / (24 * 60);
    const qint64 hours = (totalMin / 60) % 24;
    const qint64 mins = totalMin % 60;
    QString text = days > 0 ? tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(mins, 2, 10, QLatin1Char('0'))
                            : tr("%1 h %2 min").arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString UiText::noMnemonic(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString UiText::widestIncidentNumber(const QString &siteId)
{
    return IncidentNumber::format(IncidentNumber::siteCode(siteId), 99999);
}

} // namespace mt
