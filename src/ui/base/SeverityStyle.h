// Severity is shown by icon, text and colour together (never colour alone); icons are painted here.
#pragma once

#include "domain/Sla.h"
#include "domain/Types.h"

#include <QColor>
#include <QIcon>

namespace mt {

class SeverityStyle
{
public:
    static QColor colour(AlertSeverity s);
    static QIcon icon(AlertSeverity s);
    // Readable text colour on a light background (amber is darkened).
    static QColor textColour(AlertSeverity s);
    // Incident severity 1..4 maps onto the alert shapes (1 critical, 2 warning, 3-4 info).
    static QColor incidentColour(int severity);
    static QIcon incidentIcon(int severity);
    static QColor incidentTextColour(int severity);
    static QColor slaColour(SlaState s);
    static QColor escalatedBackground();
};

} // namespace mt
