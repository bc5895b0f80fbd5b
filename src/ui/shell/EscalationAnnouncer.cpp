// Critical escalations must be noticed even when the console is not in front.
#include "shell/EscalationAnnouncer.h"

#include "base/SeverityStyle.h"
#include "services/ChangeNotifier.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace mt {

EscalationAnnouncer::EscalationAnnouncer(ChangeNotifier &notifier, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_statusBar(statusBar)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(SeverityStyle::icon(AlertSeverity::Critical), this);
        m_tray->setToolTip(tr("MedTrack Command Center"));
        m_tray->show();
    }
    connect(&notifier, &ChangeNotifier::alertEscalated, this, &EscalationAnnouncer::alertEscalated);
    connect(&notifier, &ChangeNotifier::incidentEscalated, this, &EscalationAnnouncer::incidentEscalated);
}

void EscalationAnnouncer::alertEscalated(const QString &, AlertSeverity severity, const QString &title)
{
    if (severity == AlertSeverity::Critical)
        announce(tr("Critical alert escalated"), title);
}

void EscalationAnnouncer::incidentEscalated(const QString &, const QString &number, const QString &title)
{
    announce(tr("Incident %1 escalated to L2").arg(number), title);
}

void EscalationAnnouncer::setLocked(bool locked)
{
    m_locked = locked;
    if (locked && m_statusBar)
        m_statusBar->clearMessage();
}

void EscalationAnnouncer::announce(const QString &heading, const QString &title)
{
    QApplication::beep();
    const QString text = m_locked ? tr("Sign in to see it.") : title;
    if (m_tray)
        m_tray->showMessage(heading, text, QSystemTrayIcon::Critical, 10'000);
    if (m_statusBar)
        m_statusBar->showMessage(QStringLiteral("%1: %2").arg(heading, text), 15'000);
}

} // namespace mt
