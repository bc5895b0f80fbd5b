// HubSync: the GUI-thread glue between the hub-sync controller and the Workspace (HLC merge, texts for people).
#include "services/HubSync.h"

#include "domain/ClockBound.h"
#include "domain/HubUrl.h"
#include "hubsync/HubSyncController.h"
#include "services/AdminService.h"
#include "services/AlertService.h"
#include "services/ErrorText.h"
#include "services/EventLogService.h"
#include "services/Workspace.h"

namespace mt {

namespace {

HubSyncConfig configFor(Workspace &ws, const HubSyncOptions &options)
{
    HubSyncConfig c;
    c.hubUrl = normalizedHubUrl(options.hubUrlOverride.value_or(ws.config().hubUrl));
    c.siteId = ws.config().siteId;
    c.retryRandom = options.random;
    c.integrity = ws.admin().integrityGate();
    if (options.retryBaseDelayMs)
        c.retry.baseDelayMs = *options.retryBaseDelayMs;
    return c;
}

HubSchedule scheduleFor(const Workspace &ws)
{
    HubSchedule s;
    s.intervalMs = qint64(ws.config().hubIntervalSeconds) * 1000;
    return s;
}

HubSyncState toState(HubSyncController::State s)
{
    switch (s) {
    case HubSyncController::State::NotConfigured: return HubSyncState::NotConfigured;
    case HubSyncController::State::NotEnrolled: return HubSyncState::NotEnrolled;
    case HubSyncController::State::Offline: return HubSyncState::Offline;
    case HubSyncController::State::Online: return HubSyncState::Online;
    case HubSyncController::State::Syncing: return HubSyncState::Syncing;
    }
    return HubSyncState::Offline;
}

// Named one by one: the two enums must not depend on being declared in the same order.
HubSyncOutcome::Failure toOutcome(HubRoundResult::Failure f)
{
    using F = HubRoundResult::Failure;
    using O = HubSyncOutcome::Failure;
    switch (f) {
    case F::None: return O::None;
    case F::NotConfigured: return O::NotConfigured;
    case F::NotEnrolled: return O::NotEnrolled;
    case F::Unreachable: return O::Unreachable;
    case F::Refused: return O::Refused;
    case F::Keychain: return O::Keychain;
    case F::Database: return O::Database;
    case F::Protocol: return O::Protocol;
    }
    return O::Protocol;
}

ErrorCode failureCode(const HubRoundResult &r)
{
    using F = HubRoundResult::Failure;
    switch (r.failure) {
    case F::None: return ErrorCode::Internal;
    case F::NotEnrolled: return ErrorCode::PermissionDenied;
    case F::Database: return r.errorCode;
    case F::Protocol: return ErrorCode::Validation;
    default: return ErrorCode::Io;
    }
}

} // namespace

HubSync::HubSync(Workspace &ws, HubSyncOptions options, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_controller(std::make_unique<HubSyncController>(ws.dataDir(), ws.clock(), configFor(ws, options),
                                                       scheduleFor(ws), options.random))
{
    qRegisterMetaType<mt::HubSyncRetry>();
    qRegisterMetaType<mt::HubSyncOutcome>();
    connect(m_controller.get(), &HubSyncController::roundFinished, this, &HubSync::onRound);
    connect(m_controller.get(), &HubSyncController::stateChanged, this,
            [this](HubSyncController::State s) { emit stateChanged(toState(s)); });
    connect(m_controller.get(), &HubSyncController::lastSyncChanged, this, &HubSync::lastSyncChanged);
    connect(m_controller.get(), &HubSyncController::pendingChanged, this, &HubSync::pendingChanged);
    connect(m_controller.get(), &HubSyncController::rejectedChanged, this, &HubSync::rejectedChanged);
    connect(m_controller.get(), &HubSyncController::retrying, this, [this](const HubRetry &r) {
        emit retrying(HubSyncRetry{r.attempt, r.maxRetries, r.delayMs, r.reason});
    });
    connect(m_controller.get(), &HubSyncController::enrolFinished, this, [this](bool ok, const QString &error) {
        const QString message = ok ? QString() : tr("Enrolment with hub %1 failed: %2").arg(hubUrl(), error);
        if (!ok)
            setLastError(message);
        emit enrolFinished(ok, message);
    });
    // Local changes grow the outbox: recount after a burst of them, not once per event.
    m_countsDebounce.setSingleShot(true);
    m_countsDebounce.setInterval(400);
    connect(&m_countsDebounce, &QTimer::timeout, m_controller.get(), &HubSyncController::refreshCounts);
    const auto recount = [this] { m_countsDebounce.start(); };
    connect(&ws.notifier(), &ChangeNotifier::alertsChanged, this, recount);
    connect(&ws.notifier(), &ChangeNotifier::incidentsChanged, this, recount);
}

HubSync::~HubSync() = default;

void HubSync::start() { m_controller->start(); }
bool HubSync::syncNow() { return m_controller->syncNow(); }

void HubSync::enrol(const QString &siteId, const QString &enrolmentCode)
{
    m_controller->enrol(HubEnrolRequest{siteId, enrolmentCode, {}});
}

HubSyncState HubSync::state() const { return toState(m_controller->state()); }
QString HubSync::hubUrl() const { return m_controller->hubUrl(); }
QDateTime HubSync::lastSync() const { return m_controller->lastSync(); }
qint64 HubSync::pending() const { return m_controller->pending(); }
qint64 HubSync::rejected() const { return m_controller->rejected(); }
QString HubSync::lastError() const { return m_lastError; }
int HubSync::failedRounds() const { return m_controller->failedRounds(); }
QDateTime HubSync::nextRoundAt() const { return m_controller->nextRoundAt(); }

Status HubSync::setHubUrl(const QString &url)
{
    AppConfig config = m_ws.config();
    config.hubUrl = normalizedHubUrl(url);
    if (Status st = m_ws.saveConfig(config); !st.ok())
        return st;
    m_controller->setHubUrl(config.hubUrl);
    return {};
}

void HubSync::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    emit lastErrorChanged(message);
}

namespace {
// Half the hub's default bound (--max-clock-ahead 300 s): the warning comes before the refusals.
constexpr qint64 kClockWarnMs = 150'000;
} // namespace

void HubSync::raiseClockAlert(const HubSyncOutcome &o)
{
    RaiseAlertRequest r;
    r.severity = AlertSeverity::Warning;
    r.module = Module::Dashboard;
    r.title = tr("Workstation clock ahead of the hub: events held");
    r.details = o.message;
    r.dedupKey = QStringLiteral("hub:clock_ahead");
    r.resource = hubUrl();
    if (auto raised = m_ws.alerts().raise(Session::system(), r); !raised)
        setLastError(ErrorText::message(raised.error()));
}

void HubSync::onRound(const HubRoundResult &r)
{
    if (r.counts.newEvents > 0)
        m_ws.events().eventsArrivedExternally(r.newestPulled);
    using F = HubRoundResult::Failure;
    const QString url = hubUrl();
    HubSyncOutcome o;
    o.failure = toOutcome(r.failure);
    o.code = failureCode(r);
    o.detail = r.error;
    o.pushed = r.counts.pushed;
    o.duplicates = r.counts.duplicates;
    o.rejected = r.counts.rejected;
    o.skipped = r.counts.skipped;
    o.heldClockAhead = r.counts.heldClockAhead;
    o.clockAheadMs = r.counts.clockAheadMs;
    o.clockSkewMs = r.clockSkewMs;
    o.clockSkewKnown = r.clockSkewKnown;
    o.pulled = r.counts.pulled;
    o.newEvents = r.counts.newEvents;
    o.retries = r.counts.retries;
    o.pending = r.pending;
    switch (r.failure) {
    case F::None:
        if (o.heldClockAhead > 0) {
            const int minutes = clockbound::minutesUp(o.clockAheadMs);
            o.message = tr("This workstation's clock is %n minute(s) ahead of the hub: %1 event(s) are kept here and "
                           "sent once the clock is set right.", nullptr, minutes)
                            .arg(o.heldClockAhead);
            raiseClockAlert(o);
        } else if (o.clockSkewKnown && o.clockSkewMs > kClockWarnMs) {
            // Before the hub refuses anything: say so while there is time to set the clock right.
            o.message = tr("This workstation's clock is %n minute(s) ahead of the hub; the hub refuses events stamped more "
                           "than a few minutes ahead. Set the clock right.", nullptr, int(std::max<qint64>(1, o.clockSkewMs / 60000)));
        }
        break;
    case F::NotConfigured:
        break;
    case F::Unreachable:
        o.message = tr("Hub %1 unreachable: %2").arg(url, r.error);
        break;
    case F::NotEnrolled:
        o.message = r.error.contains(QLatin1String("HTTP 401"))
                        ? tr("Hub %1 refused the device token (expired or revoked); enrol again.").arg(url)
                        : tr("Not enrolled with hub %1; enrol with the code from the hub's administrator.").arg(url);
        break;
    case F::Keychain:
        o.message = tr("No usable OS keychain for the hub token (%1); hub sync needs a secret service.").arg(r.error);
        break;
    case F::Refused:
        o.message = tr("Hub %1 refused the request: %2").arg(url, r.error);
        break;
    case F::Database:
        o.message = (r.errorCode == ErrorCode::DiskFull || r.errorCode == ErrorCode::DatabaseReadOnly)
                        ? ErrorText::message(Error::make(r.errorCode, {}, r.error))
                        : tr("The sync could not use the database: %1").arg(r.error);
        break;
    case F::Protocol:
        o.message = tr("Hub %1 sent data this version cannot use: %2").arg(url, r.error);
        break;
    }
    setLastError(o.message);
    emit roundFinished(o);
}

} // namespace mt
