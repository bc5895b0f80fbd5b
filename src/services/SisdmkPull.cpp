// SisdmkPull: one ETL run through EtlController, with the configured source unless the caller names one.
#include "services/SisdmkPull.h"

#include "SisdmkAlertSink.h"
#include "observability/MetricsRegistry.h"
#include "services/AdminService.h"
#include "services/Workspace.h"
#include "sisdmk/EtlController.h"
#include "sisdmk/SisdmkConfig.h"
#include "sisdmk/SisdmkCredentialStore.h"

namespace mt {

SisdmkKeychain::SisdmkKeychain(QObject *parent)
    : QObject(parent), m_store(std::make_unique<SisdmkCredentialStore>())
{
}

SisdmkKeychain::~SisdmkKeychain() = default;

void SisdmkKeychain::read(const QString &baseUrl, std::function<void(const Result<SisdmkCredentials> &)> done)
{
    m_store->read(baseUrl, std::move(done));
}

void SisdmkKeychain::write(const QString &baseUrl, const SisdmkCredentials &credentials,
                           std::function<void(const Status &)> done)
{
    m_store->write(baseUrl, credentials, std::move(done));
}

QString SisdmkKeychain::keyFor(const QString &baseUrl)
{
    return SisdmkCredentialStore::keyFor(baseUrl);
}

SisdmkPull::SisdmkPull(Workspace &ws, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_sink(std::make_unique<SisdmkAlertSink>(ws))
    , m_metrics(std::make_unique<MetricsRegistry>())
{
    SisdmkConfig config = SisdmkConfig::load(ws.dataDir());
    // The workspace's own connection has just checked this file: the worker's skips a second full read.
    config.integrity = ws.admin().integrityGate();
    m_controller = std::make_unique<EtlController>(ws.dataDir(), ws.clock(), config, m_sink.get(), m_metrics.get());
    connect(m_controller.get(), &EtlController::progress, this, &SisdmkPull::progress);
    connect(m_controller.get(), &EtlController::finished, this, &SisdmkPull::finished);
}

SisdmkPull::~SisdmkPull()
{
    m_controller.reset(); // joins the worker before the sink it reports to goes
}

SisdmkPullRequest SisdmkPull::configured(const QString &dataDir)
{
    const SisdmkConfig config = SisdmkConfig::load(dataDir);
    SisdmkPullRequest r;
    r.baseUrl = config.baseUrl;
    r.regions = config.regions;
    return r;
}

void SisdmkPull::start(const SisdmkPullRequest &request)
{
    SyncRequest r;
    r.baseUrl = request.baseUrl;
    r.regions = request.regions;
    r.since = request.since;
    r.credentials = request.credentials;
    m_ws.logInfo(QStringLiteral("SISDMK pull started from %1 for %2").arg(r.baseUrl, r.regions.join(QLatin1Char(','))));
    m_controller->syncNow(r);
}

} // namespace mt
