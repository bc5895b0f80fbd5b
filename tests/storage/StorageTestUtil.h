// Test helpers for storage: an event factory with a hybrid clock, and comparisons of projections.
#pragma once

#include "FakeClock.h"
#include "common/Hlc.h"
#include "domain/Alert.h"
#include "domain/Event.h"
#include "domain/Incident.h"

#include <QJsonObject>
#include <QString>

namespace mt::test {

class EventFactory
{
public:
    explicit EventFactory(QString siteId = QStringLiteral("site-a"));
    FakeClock &clock() { return m_clock; }
    Event make(const QString &entityType, const QString &entityId, const QString &type,
               const QJsonObject &payload = {}, const QString &actor = QStringLiteral("tester"));
    Event raiseAlert(const QString &alertId, AlertSeverity severity, Module module, const QString &title,
                     const QString &dedupKey = {});
    Event alertEvent(const QString &alertId, const QString &type, const QJsonObject &payload = {});
    QString newId();

private:
    FakeClock m_clock;
    HlcClock m_hlc;
    QString m_siteId;
};

// Field-by-field comparison; returns the first differing field name, or empty when equal.
QString diff(const Alert &a, const Alert &b);
QString diff(const Incident &a, const Incident &b);

} // namespace mt::test
