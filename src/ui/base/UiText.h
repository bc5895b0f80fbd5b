// Display text for domain vocabulary (severities, states, modules, roles, times) in the UI language.
#pragma once

#include "domain/Sla.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QString>

namespace mt {

class UiText
{
    Q_DECLARE_TR_FUNCTIONS(UiText)
public:
    static QString severity(AlertSeverity s);
    static QString alertState(AlertState s);
    static QString module(Module m);
    static QString role(Role r);
    static QString incidentStatus(IncidentStatus s);
    static QString incidentSeverity(int sev);         // "Sev-1 (critical)"
    static QString incidentSeverityShort(int sev);    // "Sev-1"
    static QString slaState(SlaState s);
    static QString zone(SiteZone z);
    static QString triageStep(const QString &stepKey);
    // Local wall time of the site's zone, e.g. "2026-11-24 08:00 WIB"; empty for 0.
    static QString localTime(qint64 utcMs, SiteZone zone, bool withSeconds = false);
    // Compact form for table cells: "24/11 08:07" (the zone is in the column header).
    static QString shortTime(qint64 utcMs, SiteZone zone);
    // "2 h 05 min", "-0 h 12 min" for overdue.
    static QString duration(qint64 ms);
    // Text for a widget that reads '&' as a mnemonic marker (button, check box, label with a buddy):
    // "Logistik & Stok" must not show as "Logistik _Stok".
    static QString noMnemonic(const QString &text);
    // The widest number this site gives its incidents ("SITE-LOCAL-99999"), for a column that must show
    // it whole: the site code is part of the number and has no fixed length.
    static QString widestIncidentNumber(const QString &siteId);
};

} // namespace mt
