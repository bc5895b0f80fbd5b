// Core: opening a data directory, shared event plumbing, and administration (check, backup, audit).
#include "services/Core.h"

#include "CoreImpl.h"
#include "AutoBackup.h"
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

PasswordHasher::Strength toHasherStrength(CoreOptions::KdfStrength k)
{
    switch (k) {
    case CoreOptions::KdfStrength::Moderate: return PasswordHasher::Strength::Moderate;
    case CoreOptions::KdfStrength::FastForTests: return PasswordHasher::Strength::FastForTests;
    case CoreOptions::KdfStrength::Interactive: break;
    }
    return PasswordHasher::Strength::Interactive;
}

} // namespace

Core::Impl::Impl(const QString &dir, const Clock &clk, const CoreOptions &opts, std::unique_ptr<Database> database)
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

Core::Impl::~Impl()
{
    if (integrityCheck.joinable())
        integrityCheck.join();
    if (autoBackup.joinable())
        autoBackup.join();
}

void Core::Impl::maybeAutoBackup()
{
    if (!options.autoBackup || autoBackup.joinable())
        return;
    constexpr int kKeep = 7;
    constexpr qint64 kDailyMs = 24LL * 3600 * 1000;
    const AutoBackupPlan plan =
        planAutoBackup(QDir(dataDir).filePath(QStringLiteral("backups")), clock.nowUtc(), kKeep, kDailyMs);
    if (!plan.due)
        return;
    // Copying a big database takes seconds: on its own thread and connection, never the GUI's.
    autoBackup = std::thread([this, plan, path = db->path()] {
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

void Core::Impl::startDeferredIntegrityCheck()
{
    // The check reads the whole file (seconds on a big database): never on the GUI thread.
    // Its result comes back as a queued call on the notifier, i.e. on the thread owning Core.
    const QString path = db->path();
    integrityCheck = std::thread([this, path] {
        const Status st = Database::quickCheckFile(path);
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

Event Core::Impl::makeEvent(const QString &actor, const QString &entityType, const QString &entityId,
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

Status Core::Impl::append(const QList<Event> &events, const std::function<Status(QSqlDatabase &)> &also)
{
    const Result<int> r = store.append(events, also);
    if (!r)
        return r.error();
    return {};
}

Result<Alert> Core::Impl::loadAlert(const QString &id, const QString &field) const
{
    const auto found = alerts.find(id);
    if (!found)
        return found.error();
    if (!found.value().has_value())
        return Error::make(ErrorCode::NotFound, field, QStringLiteral("alert %1").arg(id));
    return *found.value();
}

Result<Incident> Core::Impl::loadIncident(const QString &id) const
{
    const auto found = incidents.find(id);
    if (!found)
        return found.error();
    if (!found.value().has_value())
        return Error::make(ErrorCode::NotFound, QStringLiteral("incident"), QStringLiteral("incident %1").arg(id));
    return *found.value();
}

bool Core::Impl::userExists(const QString &name) const
{
    const auto found = users.find(name);
    return found.ok() && found.value().has_value() && !found.value()->disabled;
}

SlaPolicy Core::Impl::slaPolicy() const
{
    SlaPolicy policy;
    policy.calendar = config.calendar;
    return policy;
}

void Core::Impl::info(const QString &msg) const
{
    Logging::info(*log, msg);
}

void Core::Impl::warn(const QString &msg) const
{
    Logging::warn(*log, msg);
}

Error Core::Impl::fail(const QString &command, const Session &s, const Error &e) const
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

Core::Core() = default;
Core::~Core()
{
    if (d && d->log)
        d->log->flush();
}

Result<std::unique_ptr<Core>> Core::open(const QString &dataDir, const Clock &clock, const CoreOptions &options)
{
    if (!QDir().mkpath(dataDir))
        return Error::make(ErrorCode::Io, QStringLiteral("data_dir"), QStringLiteral("cannot create %1").arg(dataDir));
    // Unique per Core: QSqlDatabase keeps a process-wide name registry.
    const QString connection = QStringLiteral("medtrack-core-%1").arg(newUuidV7(clock));
    auto db = Database::open(databasePath(dataDir), connection, Database::Mode::ReadWrite,
                             options.deferIntegrityCheck ? Database::IntegrityCheck::Deferred
                                                         : Database::IntegrityCheck::AtOpen);
    if (!db)
        return db.error();
    std::unique_ptr<Core> core(new Core);
    core->d = std::make_unique<Impl>(QDir(dataDir).absolutePath(), clock, options, std::move(db).value());
    core->d->info(QStringLiteral("opened data dir %1 (schema %2, site %3)")
                      .arg(core->d->dataDir)
                      .arg(core->d->db->schemaVersion())
                      .arg(core->d->config.siteId));
    if (!core->d->db->integrityVerified())
        core->d->startDeferredIntegrityCheck();
    else
        core->d->maybeAutoBackup();
    return Result<std::unique_ptr<Core>>(std::move(core));
}

Session Core::systemSession()
{
    // Least privilege: automation raises and acknowledges alerts, nothing more.
    return Session{QStringLiteral("system"), QStringLiteral("System"), Role::L1Operator};
}

QString Core::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("medtrack.db"));
}

Status Core::restore(const QString &dataDir, const QString &backupFile)
{
    if (!QFileInfo(backupFile).isFile())
        return Error::make(ErrorCode::NotFound, QStringLiteral("file"), backupFile);
    QDir().mkpath(dataDir);
    return Database::restore(backupFile, databasePath(dataDir));
}

const AppConfig &Core::config() const { return d->config; }
const Clock &Core::clock() const { return d->clock; }
Database &Core::database() { return *d->db; }
ChangeNotifier &Core::notifier() { return d->notifier; }
QString Core::dataDir() const { return d->dataDir; }
AlertRepository &Core::alertRepository() { return d->alerts; }
IncidentRepository &Core::incidentRepository() { return d->incidents; }

Status Core::saveConfig(const AppConfig &config)
{
    const Status st = config.save(d->dataDir);
    if (!st.ok())
        return st;
    d->config = config;
    d->info(QStringLiteral("settings saved (site %1)").arg(config.siteId));
    return {};
}

void Core::logInfo(const QString &message) const
{
    d->info(message);
}

Status Core::checkDatabase()
{
    const Status st = d->db->quickCheck();
    d->info(QStringLiteral("database check: %1").arg(describeError(st)));
    return st;
}

Status Core::backup(const Session *s, const QString &file)
{
    if (s) {
        const Status allowed = permit(*s, Action::BackupRestore);
        if (!allowed.ok())
            return d->fail(QStringLiteral("backup"), *s, allowed);
    }
    const Status st = d->db->backupTo(file);
    d->info(QStringLiteral("backup to %1 by %2: %3")
                .arg(file, s ? s->user : QStringLiteral("local"), describeError(st)));
    return st;
}

Result<EventStore::ChainReport> Core::verifyAudit() const
{
    auto r = d->store.verifyChain();
    if (r)
        d->info(QStringLiteral("audit verify: %1 events, intact=%2")
                    .arg(r->checked)
                    .arg(r->intact ? QStringLiteral("true") : QStringLiteral("false")));
    return r;
}

Result<QList<AttachmentInfo>> Core::attachments(const QString &incidentId) const
{
    return d->attachments.forIncident(incidentId);
}

Result<QByteArray> Core::attachmentContent(const QString &attachmentId) const
{
    return d->attachments.content(attachmentId);
}

} // namespace mt
