// ServiceContext: the shared event plumbing of one data directory, the deferred integrity check and daily backup.
#include "ServiceContext.h"

#include "AutoBackup.h"
#include "CleanShutdown.h"
#include "services/ErrorText.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "observability/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/logger.h>

namespace mt {

namespace {

PasswordHasher::Strength toHasherStrength(WorkspaceOptions::KdfStrength k)
{
    switch (k) {
    case WorkspaceOptions::KdfStrength::Moderate: return PasswordHasher::Strength::Moderate;
    case WorkspaceOptions::KdfStrength::FastForTests: return PasswordHasher::Strength::FastForTests;
    case WorkspaceOptions::KdfStrength::Interactive: break;
    }
    return PasswordHasher::Strength::Interactive;
}

} // namespace

ServiceContext::ServiceContext(const QString &dir, const Clock &clk, const WorkspaceOptions &opts, std::unique_ptr<Database> database)
    : dataDir(dir)
    , clock(clk)
    , options(opts)
    , config(AppConfig::load(dir))
    , db(std::move(database))
    , store(*db)
    , alerts(*db)
    , incidents(*db)
    , users(*db)
    , attachments(*db)
    , hlc(clk)
    , hasher(toHasherStrength(opts.kdf))
    , log(Logging::create(dir, opts.component))
{
    // New events must sort after everything already stored, even if the wall clock went back.
    if (const Result<Hlc> seen = store.maxHlc(); seen.ok())
        hlc.observe(seen.value());
}

ServiceContext::~ServiceContext()
{
    if (m_integrityCheck.joinable())
        m_integrityCheck.join();
    if (m_autoBackup.joinable())
        m_autoBackup.join();
    // A clean close after a passed verdict: the next medtrackctl run may skip its full check (CleanShutdown.h).
    const bool clean = !options.verifiedBy && lastFullCheckMs > 0
        && integrity->verdict() == IntegrityGate::Verdict::Passed;
    const QString path = db ? db->path() : QString();
    if (clean) {
        db.reset();
        CleanShutdown::write(path, lastFullCheckMs);
    }
    if (log)
        log->flush();
}

void ServiceContext::maybeAutoBackup()
{
    if (!options.autoBackup || m_autoBackup.joinable())
        return;
    constexpr int kKeep = 7;
    constexpr qint64 kDailyMs = 24LL * 3600 * 1000;
    const AutoBackupPlan plan =
        planAutoBackup(QDir(dataDir).filePath(QStringLiteral("backups")), clock.nowUtc(), kKeep, kDailyMs);
    if (!plan.due)
        return;
    // Copying a big database takes seconds: on its own thread and connection, never the GUI's.
    m_autoBackup = std::thread([this, plan, path = db->path()] {
        const Status st = Database::backupFile(path, plan.file);
        if (!st.ok()) {
            warn(QStringLiteral("automatic backup failed: ") + describeError(st));
            return;
        }
        for (const QString &old : plan.prune)
            QFile::remove(old);
        info(QStringLiteral("automatic backup written: ") + plan.file);
    });
}

void ServiceContext::startDeferredIntegrityCheck()
{
    // The check reads the whole file (seconds on a big database): never on the GUI thread.
    // Its result comes back as a queued call on the notifier, i.e. on the thread owning Core.
    const QString path = db->path();
    m_integrityCheck = std::thread([this, path] {
        const Status st = Database::quickCheckFile(path);
        if (st.ok())
            lastFullCheckMs = clock.nowMs();
        integrity->resolve(st.ok()); // the workers' connections may go on at once (or refuse)
        QMetaObject::invokeMethod(
            &notifier,
            [this, st] {
                db->completeDeferredCheck(st);
                if (st.ok()) {
                    info(QStringLiteral("start-up integrity check passed"));
                    maybeAutoBackup();
                }
                else
                    warn(QStringLiteral("start-up integrity check failed: ") + st.detail);
                emit notifier.integrityChecked(st.ok(), st.ok() ? QString() : ErrorText::message(st));
            },
            Qt::QueuedConnection);
    });
}

Event ServiceContext::makeEvent(const QString &actor, const QString &entityType, const QString &entityId,
                            const QString &type, const QJsonObject &payload)
{
    Event e;
    e.id = newUuidV7(clock);
    e.entityType = entityType;
    e.entityId = entityId;
    e.type = type;
    e.payload = payload;
    e.actor = actor;
    e.siteId = config.siteId;
    e.hlc = hlc.now();
    return e;
}

Status ServiceContext::append(const QList<Event> &events, const std::function<Status(QSqlDatabase &)> &also)
{
    const Result<int> r = store.append(events, also);
    if (!r)
        return r.error();
    return {};
}

Result<Alert> ServiceContext::loadAlert(const QString &id, const QString &field) const
{
    const auto found = alerts.find(id);
    if (!found)
        return found.error();
    if (!found.value().has_value())
        return Error::make(ErrorCode::NotFound, field, QStringLiteral("alert %1").arg(id));
    return *found.value();
}

Result<Incident> ServiceContext::loadIncident(const QString &id) const
{
    const auto found = incidents.find(id);
    if (!found)
        return found.error();
    if (!found.value().has_value())
        return Error::make(ErrorCode::NotFound, QStringLiteral("incident"), QStringLiteral("incident %1").arg(id));
    return *found.value();
}

bool ServiceContext::userExists(const QString &name) const
{
    const auto found = users.find(name);
    return found.ok() && found.value().has_value() && !found.value()->disabled;
}

SlaPolicy ServiceContext::slaPolicy() const
{
    SlaPolicy policy;
    policy.calendar = config.calendar;
    return policy;
}

void ServiceContext::info(const QString &msg) const
{
    Logging::info(*log, msg);
}

void ServiceContext::warn(const QString &msg) const
{
    Logging::warn(*log, msg);
}

Error ServiceContext::fail(const QString &command, const Session &s, const Error &e) const
{
    warn(QStringLiteral("%1 by %2 refused: %3").arg(command, s.user, describeError(e)));
    return e;
}

Status permit(const Session &s, Action action)
{
    if (s.user.isEmpty())
        return Error::make(ErrorCode::PermissionDenied, {}, QStringLiteral("no session"));
    return PermissionPolicy::check(s.role, action);
}

QString describeError(const Error &e)
{
    QString text = QString::fromLatin1(errorCodeName(e.code));
    if (!e.field.isEmpty())
        text += QStringLiteral(" field=") + e.field;
    if (!e.detail.isEmpty())
        text += QStringLiteral(" (") + e.detail + QLatin1Char(')');
    return text;
}

} // namespace mt
