// HubSync: the GUI-thread glue between the hub-sync controller and Core (HLC merge, change notifications).
#include "services/HubSync.h"

#include "services/Core.h"

namespace mt {

namespace {

HubSyncConfig configFor(const Core &core, const HubSyncOptions &options)
{
    HubSyncConfig c = options.config;
    c.hubUrl = options.hubUrlOverride.value_or(core.config().hubUrl);
    c.siteId = core.config().siteId;
    return c;
}

HubSchedule scheduleFor(const Core &core, const HubSyncOptions &options)
{
    if (options.schedule)
        return *options.schedule;
    HubSchedule s;
    s.intervalMs = qint64(core.config().hubIntervalSeconds) * 1000;
    return s;
}

} // namespace

HubSync::HubSync(Core &core, HubSyncOptions options, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_controller(std::make_unique<HubSyncController>(core.dataDir(), core.clock(), configFor(core, options),
                                                       scheduleFor(core, options), options.random))
{
    connect(m_controller.get(), &HubSyncController::roundFinished, this, &HubSync::onRound);
    // Local changes grow the outbox: recount after a burst of them, not once per event.
    m_countsDebounce.setSingleShot(true);
    m_countsDebounce.setInterval(400);
    connect(&m_countsDebounce, &QTimer::timeout, m_controller.get(), &HubSyncController::refreshCounts);
    const auto recount = [this] { m_countsDebounce.start(); };
    connect(&core.notifier(), &ChangeNotifier::alertsChanged, this, recount);
    connect(&core.notifier(), &ChangeNotifier::incidentsChanged, this, recount);
}

HubSync::~HubSync() = default;

Status HubSync::setHubUrl(const QString &url)
{
    AppConfig config = m_core.config();
    config.hubUrl = url.trimmed();
    while (config.hubUrl.endsWith(QLatin1Char('/')))
        config.hubUrl.chop(1);
    if (Status st = m_core.saveConfig(config); !st.ok())
        return st;
    m_controller->setHubUrl(config.hubUrl);
    return {};
}

void HubSync::onRound(const HubRoundResult &r)
{
    if (r.counts.newEvents > 0)
        m_core.eventsArrivedExternally(r.newestPulled);
}

} // namespace mt
