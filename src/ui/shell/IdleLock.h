// Locks the session after N minutes without keyboard or mouse input (application-wide event filter).
#pragma once

#include <QObject>

class QTimer;

namespace mt {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(int idleMinutes, QObject *parent = nullptr);
    ~IdleLock() override;
    void setPaused(bool paused); // paused while the lock dialog is up
    void setIntervalMs(int ms);  // for tests

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer = nullptr;
    bool m_paused = false;
};

} // namespace mt
