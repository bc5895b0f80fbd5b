// Event builder and whole-projection comparison for domain tests.
#include "EventBuilder.h"

#include "domain/Alert.h"
#include "domain/Incident.h"

namespace mt::test {

namespace {

int g_nextId = 0;

QString conflictsText(const QList<FoldConflict> &cs)
{
    QStringList parts;
    for (const FoldConflict &c : cs)
        parts << QStringLiteral("%1/%2/%3/%4").arg(c.eventId, c.eventType, c.actor, c.reason);
    return parts.join(QLatin1Char(';'));
}

template <typename T>
void cmp(QStringList &out, const char *name, const T &a, const T &b)
{
    if (!(a == b))
        out << QString::fromLatin1(name);
}

} // namespace

EventBuilder::EventBuilder(const QString &entityType, const QString &entityId, const QString &type)
{
    m_event.id = QStringLiteral("ev-%1").arg(++g_nextId, 6, 10, QLatin1Char('0'));
    m_event.entityType = entityType;
    m_event.entityId = entityId;
    m_event.type = type;
    m_event.actor = QStringLiteral("op1");
    m_event.siteId = QStringLiteral("site-a");
    m_event.hlc = Hlc::fromParts(1'764'000'000'000, 0);
}

EventBuilder &EventBuilder::at(qint64 physicalMs, quint16 logical)
{
    m_event.hlc = Hlc::fromParts(physicalMs, logical);
    return *this;
}

EventBuilder &EventBuilder::site(const QString &siteId)
{
    m_event.siteId = siteId;
    return *this;
}

EventBuilder &EventBuilder::by(const QString &actor)
{
    m_event.actor = actor;
    return *this;
}

EventBuilder &EventBuilder::with(const QString &key, const QJsonValue &value)
{
    m_event.payload.insert(key, value);
    return *this;
}

EventBuilder &EventBuilder::id(const QString &eventId)
{
    m_event.id = eventId;
    return *this;
}

Event EventBuilder::build() const
{
    return m_event;
}

EventBuilder::operator Event() const
{
    return m_event;
}

EventBuilder alertEvent(const QString &type, const QString &alertId)
{
    return EventBuilder(EntityType::Alert, alertId, type);
}

EventBuilder incidentEvent(const QString &type, const QString &incidentId)
{
    return EventBuilder(EntityType::Incident, incidentId, type);
}

QString diffAlerts(const Alert &a, const Alert &b)
{
    QStringList d;
    cmp(d, "id", a.id, b.id); cmp(d, "siteId", a.siteId, b.siteId);
    cmp(d, "module", a.module, b.module); cmp(d, "severity", a.severity, b.severity);
    cmp(d, "title", a.title, b.title); cmp(d, "details", a.details, b.details);
    cmp(d, "dedupKey", a.dedupKey, b.dedupKey); cmp(d, "resource", a.resource, b.resource);
    cmp(d, "state", a.state, b.state); cmp(d, "count", a.count, b.count);
    cmp(d, "raisedAtMs", a.raisedAtMs, b.raisedAtMs); cmp(d, "lastSeenAtMs", a.lastSeenAtMs, b.lastSeenAtMs);
    cmp(d, "raisedBy", a.raisedBy, b.raisedBy); cmp(d, "ackedBy", a.ackedBy, b.ackedBy);
    cmp(d, "ackedAtMs", a.ackedAtMs, b.ackedAtMs); cmp(d, "firstAckedAtMs", a.firstAckedAtMs, b.firstAckedAtMs);
    cmp(d, "shelvedUntilMs", a.shelvedUntilMs, b.shelvedUntilMs);
    cmp(d, "escalationLevel", a.escalationLevel, b.escalationLevel);
    cmp(d, "escalatedAtMs", a.escalatedAtMs, b.escalatedAtMs);
    cmp(d, "resolvedAtMs", a.resolvedAtMs, b.resolvedAtMs); cmp(d, "resolvedBy", a.resolvedBy, b.resolvedBy);
    cmp(d, "incidentId", a.incidentId, b.incidentId); cmp(d, "lastHlc", a.lastHlc, b.lastHlc);
    cmp(d, "conflicts", conflictsText(a.conflicts), conflictsText(b.conflicts));
    return d.join(QLatin1Char(','));
}

QString diffIncidents(const Incident &a, const Incident &b)
{
    QStringList d;
    cmp(d, "id", a.id, b.id); cmp(d, "siteId", a.siteId, b.siteId);
    cmp(d, "title", a.title, b.title); cmp(d, "description", a.description, b.description);
    cmp(d, "severity", a.severity, b.severity); cmp(d, "modules", a.modules, b.modules);
    cmp(d, "status", a.status, b.status); cmp(d, "assignee", a.assignee, b.assignee);
    cmp(d, "openedBy", a.openedBy, b.openedBy); cmp(d, "openedAtMs", a.openedAtMs, b.openedAtMs);
    cmp(d, "slaDueAtMs", a.slaDueAtMs, b.slaDueAtMs);
    cmp(d, "escalationLevel", a.escalationLevel, b.escalationLevel);
    cmp(d, "resolvedAtMs", a.resolvedAtMs, b.resolvedAtMs); cmp(d, "closedAtMs", a.closedAtMs, b.closedAtMs);
    cmp(d, "closedBy", a.closedBy, b.closedBy); cmp(d, "resolution", a.resolution, b.resolution);
    cmp(d, "kbRef", a.kbRef, b.kbRef); cmp(d, "noKbReason", a.noKbReason, b.noKbReason);
    cmp(d, "checklist", a.checklist, b.checklist); cmp(d, "alertIds", a.alertIds, b.alertIds);
    cmp(d, "noteCount", a.noteCount, b.noteCount); cmp(d, "evidenceCount", a.evidenceCount, b.evidenceCount);
    cmp(d, "reopenCount", a.reopenCount, b.reopenCount); cmp(d, "lastHlc", a.lastHlc, b.lastHlc);
    cmp(d, "conflicts", conflictsText(a.conflicts), conflictsText(b.conflicts));
    return d.join(QLatin1Char(','));
}

} // namespace mt::test
