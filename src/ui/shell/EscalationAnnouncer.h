// Tells the operator about critical escalations: tray notification (if a tray exists) and a beep.
#pragma once

#include "domain/Types.h"

#include <QObject>

class QSystemTrayIcon;
class QStatusBar;

namespace mt {

class ChangeNotifier;

class EscalationAnnouncer : public QObject
{
    Q_OBJECT
public:
    EscalationAnnouncer(ChangeNotifier &notifier, QStatusBar *statusBar, QObject *parent = nullptr);

private:
    void alertEscalated(const QString &alertId, AlertSeverity severity, const QString &title);
    void incidentEscalated(const QString &incidentId, const QString &number, const QString &title);
    void announce(const QString &heading, const QString &text);

    QSystemTrayIcon *m_tray = nullptr;
    QStatusBar *m_statusBar = nullptr;
};

} // namespace mt
