// Asks BundleKeyring for this site's signing key with a deadline; the answer arrives later on the GUI thread.
#pragma once

#include "common/Error.h"
#include "services/Bundle.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace mt {

class SigningKeyFetch : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<BundleSigningKey> &)>;
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit SigningKeyFetch(QObject *parent = nullptr);
    // `done` runs exactly once: with the key, the keychain's error, or keychain "timeout" when the
    // secret service does not answer in time (a late answer is then ignored). Restarting drops
    // the previous request.
    void start(const QString &siteId, Done done, int timeoutMs = kDefaultTimeoutMs);
    bool isRunning() const { return m_running; }

private:
    void finish(const Result<BundleSigningKey> &r);

    QTimer m_deadline;
    Done m_done;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace mt
