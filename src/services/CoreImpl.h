// Private state of Core shared by its implementation files (not part of the public include dir).
#pragma once

#include "common/Hlc.h"
#include "domain/Event.h"
#include "security/PasswordHasher.h"
#include "services/Core.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/Repositories.h"

#include <QJsonObject>

#include <memory>
#include <thread>

namespace spdlog { class logger; }

namespace mt {

struct Core::Impl
{
    Impl(const QString &dir, const Clock &clk, const CoreOptions &opts, std::unique_ptr<Database> database);

    QString dataDir;
    const Clock &clock;
    CoreOptions options;
    AppConfig config;
    std::unique_ptr<Database> db;
    EventStore store;
    AlertRepository alerts;
    IncidentRepository incidents;
    UserRepository users;
    AttachmentRepository attachments;
    HlcClock hlc;
    PasswordHasher hasher;
    std::shared_ptr<spdlog::logger> log;
    ChangeNotifier notifier;
    std::thread integrityCheck; // joined in ~Impl, before the notifier goes away
    std::thread autoBackup;     // likewise
    void maybeAutoBackup();

    ~Impl();
    void startDeferredIntegrityCheck();

    // A new local event: fresh id, next HLC, this site, the given actor.
    Event makeEvent(const QString &actor, const QString &entityType, const QString &entityId,
                    const QString &type, const QJsonObject &payload = {});
    Status append(const QList<Event> &events, const std::function<Status(QSqlDatabase &)> &also = {});
    // Current projections, NotFound (field = `field`) when missing.
    Result<Alert> loadAlert(const QString &id, const QString &field = QStringLiteral("alert")) const;
    Result<Incident> loadIncident(const QString &id) const;
    bool userExists(const QString &name) const;
    SlaPolicy slaPolicy() const;

    void info(const QString &msg) const;
    void warn(const QString &msg) const;
    // Logs a refused/failed command and hands the error back, so callers can `return fail(...)`.
    Error fail(const QString &command, const Session &s, const Error &e) const;
};

// Small helpers shared by the Core*.cpp files.
Status permit(const Session &s, Action action);
QString describeError(const Error &e);

} // namespace mt
