// HubSyncController: queued calls into the worker thread; rounds are scheduled on a precise single-shot timer.
#include "hubsync/HubSyncController.h"

#include "common/Clock.h"
#include "domain/HubUrl.h"
#include "hubsync/HubSyncWorker.h"
#include "hubsync/HubTokenStore.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace mt {

HubSyncController::HubSyncController(const QString &dataDir, const Clock &clock, const HubSyncConfig &config,
                                     const HubSchedule &schedule, RandomSource random, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(config)
    , m_schedule(schedule)
    , m_random(std::move(random))
    , m_worker(new HubSyncWorker(dataDir, clock, config))
    , m_tokens(new HubTokenStore(this))
{
    qRegisterMetaType<mt::HubRetry>();
    qRegisterMetaType<mt::HubRoundResult>();
    qRegisterMetaType<mt::HubEnrolRequest>();
    if (!m_random) {
        auto gen = std::make_shared<QRandomGenerator>(QRandomGenerator::securelySeeded());
        m_random = [gen] { return gen->generateDouble(); };
    }
    m_config.hubUrl = normalizedHubUrl(m_config.hubUrl);
    m_state = m_config.hubUrl.isEmpty() ? State::NotConfigured : State::Offline;
    m_thread.setObjectName(QStringLiteral("hub-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HubSyncWorker::retrying, this, &HubSyncController::retrying);
    connect(m_worker, &HubSyncWorker::roundFinished, this, &HubSyncController::onRoundFinished);
    connect(m_worker, &HubSyncWorker::countsChanged, this, &HubSyncController::onCounts);
    connect(m_worker, &HubSyncWorker::enrolAnswered, this, &HubSyncController::onEnrolAnswered);
    connect(m_worker, &HubSyncWorker::identified, this, [this](const QString &id, const QString &error) {
        if (!id.isEmpty())
            m_installationId = id;
        if (auto next = std::exchange(m_afterIdentify, nullptr))
            next(error);
    });
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_nextAt = {};
        syncNow();
    });
    m_thread.start();
}

HubSyncController::~HubSyncController()
{
    m_timer.stop();
    QMetaObject::invokeMethod(m_worker, &HubSyncWorker::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

qint64 HubSyncController::offlineDelayMs(const HubSchedule &schedule, int failedRounds, double r)
{
    const double ceiling = std::min(double(schedule.offlineMaxMs),
                                    double(schedule.offlineBaseMs) * std::ldexp(1.0, std::clamp(failedRounds - 1, 0, 30)));
    return std::max<qint64>(1, qint64(std::floor(std::clamp(r, 0.0, 1.0) * ceiling)));
}

void HubSyncController::start()
{
    m_periodic = true;
    refreshCounts();
    if (!syncNow() && !m_running)
        setState(m_config.hubUrl.isEmpty() ? State::NotConfigured : m_state);
}

void HubSyncController::stop()
{
    m_periodic = false;
    m_timer.stop();
    m_nextAt = {};
}

bool HubSyncController::syncNow()
{
    if (m_running || m_config.hubUrl.isEmpty()) {
        if (m_config.hubUrl.isEmpty())
            setState(State::NotConfigured);
        return false;
    }
    m_timer.stop();
    m_nextAt = {};
    m_running = true;
    setState(State::Syncing);
    emit roundStarted();
    withInstallationId([this](const QString &error) {
        if (!error.isEmpty())
            return finishHere(HubRoundResult::Failure::Database, error);
        readTokenAndRun();
    });
    return true;
}

void HubSyncController::withInstallationId(std::function<void(const QString &)> next)
{
    if (!m_installationId.isEmpty())
        return next({});
    m_afterIdentify = std::move(next);
    QMetaObject::invokeMethod(m_worker, &HubSyncWorker::identify, Qt::QueuedConnection);
}

void HubSyncController::readTokenAndRun()
{
    const QString url = m_config.hubUrl;
    m_tokens->read(HubTokenStore::keyFor(url, m_installationId), [this, url](const Result<QString> &token) {
        if (url != m_config.hubUrl) { // the hub changed meanwhile: this token belongs to the old one
            if (m_config.hubUrl.isEmpty())
                return finishHere(HubRoundResult::Failure::NotConfigured, {});
            return readTokenAndRun();
        }
        if (!token) {
            if (token.error().code == ErrorCode::NotFound)
                return finishHere(HubRoundResult::Failure::NotEnrolled, QStringLiteral("not enrolled with hub %1").arg(url));
            return finishHere(HubRoundResult::Failure::Keychain, token.error().detail);
        }
        QMetaObject::invokeMethod(m_worker, [w = m_worker, t = token.value()] { w->runRound(t); }, Qt::QueuedConnection);
    });
}

// A round that ended before reaching the worker (no token, no keychain, no database).
void HubSyncController::finishHere(HubRoundResult::Failure failure, const QString &error)
{
    HubRoundResult r;
    r.failure = failure;
    r.error = error;
    r.pending = m_pending;
    r.rejectedTotal = m_rejected;
    refreshCounts();
    onRoundFinished(r);
}

void HubSyncController::enrol(const HubEnrolRequest &request)
{
    if (m_running) {
        m_queuedEnrol = request; // after the round in progress
        return;
    }
    sendEnrol(request);
}

void HubSyncController::sendEnrol(const HubEnrolRequest &request)
{
    m_running = true;
    withInstallationId([this, request](const QString &error) {
        if (!error.isEmpty())
            return onEnrolAnswered(false, error);
        QMetaObject::invokeMethod(m_worker, [w = m_worker, request] { w->enrol(request); }, Qt::QueuedConnection);
    });
}

void HubSyncController::onEnrolAnswered(bool ok, const QString &tokenOrError)
{
    const auto done = [this](bool success, const QString &error) {
        m_running = false;
        if (!success)
            setError(error);
        emit enrolFinished(success, error);
        if (success)
            syncNow();
        else if (m_periodic && !m_timer.isActive())
            schedule(m_schedule.intervalMs); // the timer may have fired (and been refused) during the enrolment
    };
    if (!ok)
        return done(false, tokenOrError);
    m_tokens->write(HubTokenStore::keyFor(m_config.hubUrl, m_installationId), tokenOrError,
                    [done](const Status &st) { done(st.ok(), st.ok() ? QString() : st.detail); });
}

void HubSyncController::setHubUrl(const QString &hubUrl)
{
    const QString url = normalizedHubUrl(hubUrl);
    if (url == m_config.hubUrl)
        return;
    m_config.hubUrl = url;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, url] { w->setHubUrl(url); }, Qt::QueuedConnection);
    m_failedRounds = 0;
    m_lastSync = {};
    emit lastSyncChanged(m_lastSync);
    setError({});
    if (!m_running)
        setState(url.isEmpty() ? State::NotConfigured : State::Offline);
    refreshCounts();
}

void HubSyncController::refreshCounts()
{
    QMetaObject::invokeMethod(m_worker, &HubSyncWorker::refreshCounts, Qt::QueuedConnection);
}

void HubSyncController::onCounts(qint64 pending, qint64 rejected)
{
    if (pending != m_pending) {
        m_pending = pending;
        emit pendingChanged(pending);
    }
    if (rejected != m_rejected) {
        m_rejected = rejected;
        emit rejectedChanged(rejected);
    }
}

void HubSyncController::onRoundFinished(const HubRoundResult &r)
{
    m_running = false;
    using F = HubRoundResult::Failure;
    qint64 next = m_schedule.intervalMs;
    switch (r.failure) {
    case F::None:
        m_failedRounds = 0;
        m_lastSync = m_clock.nowUtc();
        emit lastSyncChanged(m_lastSync);
        setError({});
        setState(State::Online);
        break;
    case F::NotConfigured:
        setError({});
        setState(State::NotConfigured);
        next = -1;
        break;
    case F::NotEnrolled:
        setError(r.error);
        setState(State::NotEnrolled);
        break;
    default:
        ++m_failedRounds;
        next = offlineDelayMs(m_schedule, m_failedRounds, m_random());
        setError(r.error);
        setState(State::Offline);
        break;
    }
    emit roundFinished(r);
    if (m_queuedEnrol) {
        sendEnrol(*std::exchange(m_queuedEnrol, std::nullopt));
        return;
    }
    if (m_periodic && next >= 0)
        schedule(next);
}

void HubSyncController::schedule(qint64 delayMs)
{
    m_nextAt = m_clock.nowUtc().addMSecs(delayMs);
    m_timer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
    emit nextRoundScheduled(delayMs, m_nextAt);
}

void HubSyncController::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

void HubSyncController::setError(const QString &e)
{
    if (e == m_lastError)
        return;
    m_lastError = e;
    emit lastErrorChanged(e);
}

} // namespace mt
