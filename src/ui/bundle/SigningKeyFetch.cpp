// SigningKeyFetch: BundleKeyring's asynchronous read with a deadline, so a silent keychain cannot hang a dialog.
#include "bundle/SigningKeyFetch.h"

#include "services/BundleKeyring.h"

namespace mt {

SigningKeyFetch::SigningKeyFetch(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(Error::make(ErrorCode::Io, QStringLiteral("keychain"), QStringLiteral("timeout")));
    });
}

void SigningKeyFetch::start(const QString &siteId, Done done, int timeoutMs)
{
    const quint64 generation = ++m_generation;
    m_done = std::move(done);
    m_running = true;
    m_deadline.start(timeoutMs);
    BundleKeyring::loadOrCreate(siteId, this, [this, generation](Result<BundleSigningKey> r) {
        if (generation == m_generation && m_running)
            finish(r);
    });
}

void SigningKeyFetch::finish(const Result<BundleSigningKey> &r)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(r);
}

} // namespace mt
