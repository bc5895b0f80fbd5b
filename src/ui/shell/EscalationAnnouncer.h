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
    // While the session is locked the escalation monitor keeps running (docs/sop-operator.md), so the
    // sound and a heading still come, but never a title: whoever stands at a locked screen must not
    // read what the alert or incident is about. Locking also clears a message already shown.
    void setLocked(bool locked);

private:
    void alertEscalated(const QString &alertId, AlertSeverity severity, const QString &title);
    void incidentEscalated(const QString &incidentId, const QString &number, const QString &title);
    void announce(const QString &heading, const QString &text);

    QSystemTrayIcon *m_tray = nullptr;
    QStatusBar *m_statusBar = nullptr;
    bool m_locked = false;
};

} // namespace mt
