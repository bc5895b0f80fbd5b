// Builds events for domain tests without repeating every field.
#pragma once

#include "domain/Event.h"

#include <QJsonObject>
#include <QString>

namespace mt {
struct Alert;
struct Incident;
} // namespace mt

namespace mt::test {

// Fluent builder; ids are unique per process so fold tie-breaks are exercised with real values.
class EventBuilder
{
public:
    EventBuilder(const QString &entityType, const QString &entityId, const QString &type);
    EventBuilder &at(qint64 physicalMs, quint16 logical = 0);
    EventBuilder &site(const QString &siteId);
    EventBuilder &by(const QString &actor);
    EventBuilder &with(const QString &key, const QJsonValue &value);
    EventBuilder &id(const QString &eventId);
    Event build() const;
    operator Event() const; // NOLINT(google-explicit-constructor)

private:
    Event m_event;
};

EventBuilder alertEvent(const QString &type, const QString &alertId = QStringLiteral("alert-1"));
EventBuilder incidentEvent(const QString &type, const QString &incidentId = QStringLiteral("inc-1"));

// Compares everything a fold produces, including conflicts; returns the first difference or "".
QString diffAlerts(const Alert &a, const Alert &b);
QString diffIncidents(const Incident &a, const Incident &b);

} // namespace mt::test
