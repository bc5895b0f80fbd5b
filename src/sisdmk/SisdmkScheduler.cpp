// SisdmkScheduler: a QTimer on the owner's thread; all waiting is asynchronous (keychain job, worker signals).
#include "sisdmk/SisdmkScheduler.h"

#include "common/Clock.h"
#include "sisdmk/AlertSink.h"
#include "sisdmk/SisdmkCredentialStore.h"
#include "sisdmk/EtlController.h"

namespace mt {

SisdmkScheduler::SisdmkScheduler(EtlController &controller, SisdmkCredentialStore &credentials, const Clock &clock,
                                 SisdmkConfig config, AlertSink *sink, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_sink(sink)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_next = m_clock.nowUtc().addSecs(qint64(m_config.intervalHours) * 3600);
        triggerNow();
    });
}

void SisdmkScheduler::start()
{
    const qint64 ms = qint64(m_config.intervalHours) * 3600 * 1000;
    m_timer.start(std::chrono::milliseconds(ms));
    m_next = m_clock.nowUtc().addMSecs(ms);
}

void SisdmkScheduler::stop()
{
    m_timer.stop();
    m_next = {};
}

QDateTime SisdmkScheduler::nextRunAt() const
{
    return m_next;
}

void SisdmkScheduler::triggerNow()
{
    if (m_controller.isRunning())
        return;
    if (m_config.baseUrl.isEmpty() || m_config.regions.isEmpty()) {
        emit cannotStart(tr("SISDMK sync is not configured (base URL and regions in the settings)."));
        return;
    }
    m_credentials.read(m_config.baseUrl, [this](const Result<SisdmkCredentials> &c) {
        if (!c) {
            const QString message = c.error().code == ErrorCode::NotFound
                                        ? tr("No SISDMK credentials are stored in the keychain.")
                                        : c.error().detail;
            if (m_sink)
                m_sink->raise(SyncAlert{AlertSeverity::Critical, Module::HR, tr("SISDMK sync cannot start"), message,
                                        QStringLiteral("sisdmk:auth"), QStringLiteral("sisdmk")});
            emit cannotStart(message);
            return;
        }
        m_controller.syncNow(SyncRequest{m_config.baseUrl, m_config.regions, {}, c.value()});
    });
}

} // namespace mt
