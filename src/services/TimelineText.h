// Human-readable, translatable one-line summaries of events for the timeline (private to services).
#pragma once

#include "domain/Event.h"
#include "domain/Sla.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace mt {

class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    // `calendar` gives the site zone used to show times inside payloads; `incidentNumbers` (id ->
    // number) names the incidents that alert.linked events point at.
    static QString summary(const Event &e, const BusinessCalendar &calendar,
                           const QHash<QString, QString> &incidentNumbers = {});
    static QString conflictSuffix();

private:
    static QString alertSummary(const Event &e, const QString &who, const BusinessCalendar &calendar,
                                const QHash<QString, QString> &incidentNumbers);
    static QString incidentSummary(const Event &e, const QString &who);
    static QString incidentDetailSummary(const Event &e, const QString &who);
    static QString userSummary(const Event &e, const QString &who);
    static QString statusLabel(const QString &key);
    static QString stepLabel(const QString &key);
};

} // namespace mt
