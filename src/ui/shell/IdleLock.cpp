// Idle lock: any key, mouse or wheel event restarts the countdown.
#include "shell/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace mt {

IdleLock::IdleLock(int idleMinutes, QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(std::max(1, idleMinutes) * 60'000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
    if (idleMinutes > 0)
        m_timer->start();
}

IdleLock::~IdleLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        m_timer->start();
}

void IdleLock::setIntervalMs(int ms)
{
    m_timer->setInterval(ms);
    m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_paused)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mt
