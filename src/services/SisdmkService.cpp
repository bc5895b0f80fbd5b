// SisdmkService: wires EtlController, SisdmkScheduler, the keychain and PersonnelQueries for the app.
#include "services/SisdmkService.h"

#include "domain/Permissions.h"
#include "SisdmkAlertSink.h"
#include "services/AdminService.h"
#include "services/Workspace.h"
#include "sisdmk/SisdmkConfig.h"
#include "sisdmk/SisdmkCredentialStore.h"
#include "sisdmk/EtlController.h"
#include "observability/MetricsRegistry.h"
#include "sisdmk/SisdmkScheduler.h"

namespace mt {

namespace {
// The ETL worker's connection waits for the workspace's integrity check instead of repeating it.
SisdmkConfig withGate(SisdmkConfig config, Workspace &ws)
{
    config.integrity = ws.admin().integrityGate();
    return config;
}
} // namespace

SisdmkService::SisdmkService(Workspace &ws, QObject *parent)
    : SisdmkService(ws, SisdmkConfig::load(ws.dataDir()), parent)
{
}

SisdmkService::SisdmkService(Workspace &ws, const SisdmkConfig &config, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_config(std::make_unique<SisdmkConfig>(withGate(config, ws)))
    , m_sink(std::make_unique<SisdmkAlertSink>(ws))
    , m_metrics(std::make_unique<MetricsRegistry>())
    , m_credentials(std::make_unique<SisdmkCredentialStore>())
    , m_controller(std::make_unique<EtlController>(ws.dataDir(), ws.clock(), *m_config, m_sink.get(),
                                                   m_metrics.get()))
    , m_scheduler(std::make_unique<SisdmkScheduler>(*m_controller, *m_credentials, ws.clock(), *m_config,
                                                    m_sink.get()))
    , m_queries(std::make_unique<PersonnelQueries>(ws.dataDir(), ws.admin().integrityGate()))
{
    connect(m_controller.get(), &EtlController::started, this, &SisdmkService::started);
    connect(m_controller.get(), &EtlController::progress, this, &SisdmkService::progress);
    connect(m_controller.get(), &EtlController::runFinished, this, &SisdmkService::runFinished);
    connect(m_controller.get(), &EtlController::finished, this, &SisdmkService::finished);
    connect(m_scheduler.get(), &SisdmkScheduler::cannotStart, this, [this](const QString &message) {
        m_ws.logInfo(QStringLiteral("SISDMK sync did not start: ") + message);
        emit cannotStart(message);
        recheckCredentials(); // the keychain may have changed under us: keep the screens honest
    });
}

SisdmkService::~SisdmkService()
{
    // The scheduler refers to the controller and the keychain; the controller joins its thread.
    m_scheduler.reset();
    m_controller.reset();
    m_queries.reset();
}

void SisdmkService::start()
{
    if (!m_config->baseUrl.isEmpty() && !m_config->regions.isEmpty()) {
        m_scheduler->start();
        m_ws.logInfo(QStringLiteral("SISDMK scheduler started: every %1 h, next at %2")
                           .arg(m_config->intervalHours)
                           .arg(m_scheduler->nextRunAt().toString(Qt::ISODate)));
    }
    recheckCredentials();
}

void SisdmkService::recheckCredentials()
{
    if (m_config->baseUrl.isEmpty() || m_config->regions.isEmpty()) {
        setAvailability(Availability::NotConfigured);
        return;
    }
    setAvailability(Availability::CheckingCredentials);
    // The callback runs later on this thread (never nested); the password read is dropped at once.
    m_credentials->read(m_config->baseUrl, [this](const Result<SisdmkCredentials> &c) {
        if (c)
            setAvailability(Availability::Ready);
        else if (c.error().code == ErrorCode::NotFound)
            setAvailability(Availability::NoCredentials);
        else
            setAvailability(Availability::KeychainUnavailable, c.error().detail);
    });
}

void SisdmkService::setAvailability(Availability a, const QString &detail)
{
    const bool changed = a != m_availability || detail != m_keychainDetail;
    m_availability = a;
    m_keychainDetail = detail;
    if (changed)
        emit availabilityChanged();
}

QString SisdmkService::availabilityMessage() const
{
    switch (m_availability) {
    case Availability::NotConfigured:
        return tr("SISDMK is not configured: set base_url and regions in the [sisdmk] section of medtrack.ini.");
    case Availability::CheckingCredentials:
        return tr("Checking the SISDMK credentials in the keychain…");
    case Availability::NoCredentials:
        return tr("No SISDMK credentials are stored in the keychain for %1. Store them with "
                  "\"medtrackctl sisdmk credentials set\".")
            .arg(SisdmkCredentialStore::keyFor(m_config->baseUrl));
    case Availability::KeychainUnavailable:
        return tr("The keychain cannot be read, so SISDMK cannot be reached: %1").arg(m_keychainDetail);
    case Availability::Ready:
        return {};
    }
    return {};
}

QString SisdmkService::baseUrl() const { return m_config->baseUrl; }
QStringList SisdmkService::regions() const { return m_config->regions; }
int SisdmkService::intervalHours() const { return m_config->intervalHours; }
double SisdmkService::maxRunMinutes() const { return m_config->maxRunMinutes; }

bool SisdmkService::isRunning() const
{
    return m_controller->isRunning();
}

QDateTime SisdmkService::nextRunAt() const
{
    return m_scheduler->nextRunAt();
}

bool SisdmkService::maySync(const Session &s)
{
    return PermissionPolicy::allows(s.role, Action::IntegrationSync);
}

Status SisdmkService::syncNow(const Session &s)
{
    if (!maySync(s))
        return PermissionPolicy::check(s.role, Action::IntegrationSync);
    if (m_availability == Availability::NotConfigured)
        return Error::make(ErrorCode::Validation, QStringLiteral("sisdmk"), QStringLiteral("not configured"));
    if (m_availability == Availability::NoCredentials || m_availability == Availability::KeychainUnavailable)
        return Error::make(ErrorCode::Validation, QStringLiteral("sisdmk"), QStringLiteral("no credentials"));
    if (m_controller->isRunning())
        return Error::make(ErrorCode::Conflict, QStringLiteral("sisdmk"), QStringLiteral("a sync is running"));
    m_ws.logInfo(QStringLiteral("SISDMK sync requested by %1").arg(s.user));
    m_scheduler->triggerNow(); // reads the keychain asynchronously, then EtlController::syncNow
    return {};
}

Status SisdmkService::cancel(const Session &s)
{
    if (!maySync(s))
        return PermissionPolicy::check(s.role, Action::IntegrationSync);
    if (!m_controller->isRunning())
        return Error::make(ErrorCode::InvalidTransition, QStringLiteral("sisdmk"), QStringLiteral("no sync running"));
    m_ws.logInfo(QStringLiteral("SISDMK sync cancelled by %1").arg(s.user));
    m_controller->cancel();
    return {};
}

} // namespace mt
