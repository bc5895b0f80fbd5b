// Periodic SISDMK pull (default every 6 h): reads the keychain, then asks the EtlController for a sync.
#pragma once

#include "sisdmk/SisdmkConfig.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace mt {

class AlertSink;
class Clock;
class SisdmkCredentialStore;
class EtlController;

class SisdmkScheduler : public QObject
{
    Q_OBJECT
public:
    SisdmkScheduler(EtlController &controller, SisdmkCredentialStore &credentials, const Clock &clock, SisdmkConfig config,
                    AlertSink *sink, QObject *parent = nullptr);
    void start();                  // first run after one interval (the GUI offers "Sync now")
    void stop();
    QDateTime nextRunAt() const;   // invalid when stopped
    void triggerNow();             // keychain read, then a sync of the configured regions

signals:
    // Credentials missing or keychain unavailable: the message is for people.
    void cannotStart(const QString &message);

private:
    EtlController &m_controller;
    SisdmkCredentialStore &m_credentials;
    const Clock &m_clock;
    SisdmkConfig m_config;
    AlertSink *m_sink;
    QTimer m_timer;
    QDateTime m_next;
};

} // namespace mt
