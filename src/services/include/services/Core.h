// The use-case facade: one Core per open data directory (no singletons). GUI and CLI call only this.
#pragma once

#include "common/Error.h"
#include "domain/Alert.h"
#include "domain/Incident.h"
#include "domain/Permissions.h"
#include "domain/Sla.h"
#include "domain/Types.h"
#include "services/Bundle.h"
#include "storage/EventStore.h"
#include "storage/Repositories.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace mt {

class Clock;
class Database;
class EventStore;
class HlcClock;

// The logged-in person; the actor of every event they cause.
struct Session
{
    QString user;
    QString displayName;
    Role role = Role::L1Operator;
};

// Per-data-dir settings, stored in <dataDir>/medtrack.ini (read once, passed around).
struct AppConfig
{
    QString siteId = QStringLiteral("site-local");
    QString siteName;
    QString language = QStringLiteral("id"); // "id" | "en"
    QString hubUrl;                  // hub/url: empty = no hub sync (docs/sync.md)
    int hubIntervalSeconds = 60;     // hub/interval_seconds: between rounds while online
    BusinessCalendar calendar;
    EscalationThresholds thresholds;
    AuthPolicy auth;
    qint64 maxAttachmentBytes = 10 * 1024 * 1024;
    double l2EscalationFraction = 0.5; // incident escalates to L2 at this share of its SLA

    static AppConfig load(const QString &dataDir);
    Status save(const QString &dataDir) const;
};

struct RaiseAlertRequest
{
    AlertSeverity severity = AlertSeverity::Warning;
    Module module = Module::Dashboard;
    QString title;
    QString details;
    QString dedupKey;
    QString resource;
};

struct RaiseAlertResult
{
    QString alertId;
    bool deduplicated = false; // true: an open alert with the key got count+1
};

struct OpenIncidentRequest
{
    QString title;
    QString description;
    int severity = 3;
    QList<Module> modules; // empty: taken from the linked alerts
    QStringList alertIds;
    QString assignee;
};

struct EvidenceFile
{
    QString fileName;  // base name shown to people
    QByteArray content;
};

struct CloseIncidentRequest
{
    QString resolution;
    QString kbRef;
    QString noKbReason;
    QString evidenceNote;         // optional note recorded as evidence
    QList<EvidenceFile> files;    // stored in the database, each under maxAttachmentBytes
};

struct TimelineEntry
{
    QString eventId;
    QString type;
    QString actor;
    QString siteId;
    qint64 atMs = 0;
    QString summary;   // human text in the current UI language
    bool conflict = false; // a concurrent change that lost
};

// Emitted after each successful change so views refresh (GUI thread only).
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void alertsChanged();
    void incidentsChanged();
    void usersChanged();
    void alertEscalated(const QString &alertId, mt::AlertSeverity severity, const QString &title);
    void incidentEscalated(const QString &incidentId, const QString &title);
    // Result of a deferred start-up integrity check (CoreOptions::deferIntegrityCheck).
    void integrityChecked(bool ok, const QString &message);
};

// How a Core is opened; the defaults are production settings.
struct CoreOptions
{
    // Password KDF cost (Argon2id). FastForTests exists only so test suites stay fast.
    enum class KdfStrength { Interactive, Moderate, FastForTests };
    KdfStrength kdf = KdfStrength::Interactive;
    QString component = QStringLiteral("core"); // "component" field of the log lines
    // GUI: run the start-up PRAGMA quick_check on a background thread (writes are refused
    // until it passes; ChangeNotifier::integrityChecked reports the result). CLI: check at open.
    bool deferIntegrityCheck = false;
    // GUI: once the integrity check has passed, write a daily backup to <dataDir>/backups on a
    // background thread (kept: the last 7), so a damaged file can be replaced by a recent copy.
    bool autoBackup = false;
};

class Core
{
public:
    // Opens <dataDir>/medtrack.db (creating the dir), loads config, starts logging to
    // <dataDir>/logs/. DatabaseCorrupt / DatabaseTooNew are returned, never written over.
    static Result<std::unique_ptr<Core>> open(const QString &dataDir, const Clock &clock,
                                              const CoreOptions &options = {});
    ~Core();
    Core(const Core &) = delete;
    Core &operator=(const Core &) = delete;

    // The actor of automated work (feeds, escalation, scripts without --as): user "system".
    static Session systemSession();
    static QString databasePath(const QString &dataDir);
    // Replaces <dataDir>/medtrack.db with a verified backup; no Core may have the dir open.
    static Status restore(const QString &dataDir, const QString &backupFile);

    const AppConfig &config() const;
    Status saveConfig(const AppConfig &config);
    const Clock &clock() const;
    Database &database();
    ChangeNotifier &notifier();
    QString dataDir() const;

    // --- users and sessions
    Result<qint64> userCount() const;
    // `actor` null only for the very first (bootstrap) admin.
    Status addUser(const Session *actor, const QString &name, const QString &displayName, Role role,
                   const QString &password);
    Result<Session> login(const QString &name, const QString &password);
    Result<QList<UserRecord>> users() const;

    // --- alerts
    Result<RaiseAlertResult> raiseAlert(const Session &s, const RaiseAlertRequest &r);
    Status acknowledgeAlert(const Session &s, const QString &alertId);
    Status unacknowledgeAlert(const Session &s, const QString &alertId, const QString &reason);
    Status shelveAlert(const Session &s, const QString &alertId, const QDateTime &untilUtc);
    Status resolveAlert(const Session &s, const QString &alertId);
    Status escalateAlert(const Session &s, const QString &alertId);
    // System-driven escalation of unacknowledged alerts past their threshold; returns how many.
    Result<int> escalateDueAlerts();
    Result<std::optional<Alert>> alert(const QString &id) const;
    AlertRepository &alertRepository();

    // --- incidents
    Result<QString> openIncident(const Session &s, const OpenIncidentRequest &r);
    Status assignIncident(const Session &s, const QString &id, const QString &assignee);
    Status changeIncidentSeverity(const Session &s, const QString &id, int severity);
    Status setIncidentStatus(const Session &s, const QString &id, IncidentStatus to);
    Status escalateIncident(const Session &s, const QString &id, const QString &reason);
    Status addIncidentNote(const Session &s, const QString &id, const QString &text);
    Status tickChecklist(const Session &s, const QString &id, const QString &step, bool done);
    Status attachEvidence(const Session &s, const QString &id, const EvidenceFile &file);
    Status closeIncident(const Session &s, const QString &id, const CloseIncidentRequest &r);
    Status reopenIncident(const Session &s, const QString &id, const QString &reason);
    // System-driven escalation to L2 of incidents past the configured share of their SLA.
    Result<int> escalateDueIncidents();
    Result<std::optional<Incident>> incident(const QString &id) const;
    Result<QList<TimelineEntry>> timeline(const QString &entityType, const QString &id) const;
    SlaState slaState(const Incident &i) const;
    IncidentRepository &incidentRepository();
    Result<QList<AttachmentInfo>> attachments(const QString &incidentId) const;
    Result<QByteArray> attachmentContent(const QString &attachmentId) const;

    // --- administration
    Status checkDatabase();                     // quick_check
    Status backup(const Session *s, const QString &file);
    Result<EventStore::ChainReport> verifyAudit() const;
    // --- offline bundles (docs/sync.md). `s` null: the local OS account, trusted as for backup
    // (CLI only). The signing key comes from BundleKeyring (asynchronous keychain access).
    Result<BundleExportSummary> exportBundle(const Session *s, const QString &file, const BundleSigningKey &key,
                                             const BundleExportOptions &options = {});
    // Verifies the signer is a trusted peer and the signature holds before anything is stored.
    Result<BundleImportSummary> importBundle(const Session *s, const QString &file);
    // Stores events made elsewhere (bundle, hub pull) idempotently, in batches, and merges their
    // HLCs into this site's clock so later local events sort after them.
    Result<EventImportCounts> importEvents(const QList<Event> &events);
    // Admin only (SettingsManage): bundles signed with this key are accepted as from `siteId`.
    Status trustBundlePeer(const Session *s, const QString &siteId, const QByteArray &publicKey);
    Result<QList<BundlePeer>> bundlePeers() const;
    // The local log in arrival order (events.seq > afterSeq), at most `limit` events.
    Result<QList<LoggedEvent>> loggedEvents(qint64 afterSeq, int limit) const;
    // --- hub sync (CoreSync.cpp; the HubSyncWorker writes pulled events on its own connection)
    // Called on this Core's thread after another connection stored events made elsewhere: merges
    // `newest` into this site's HLC (later local events sort after them) and tells the views.
    void eventsArrivedExternally(Hlc newest);
    // Writes one line to this Core's log (redacted; never pass secrets anyway).
    void logInfo(const QString &message) const;
    // --- SISDMK quarantine (SisdmkQuarantineReview.cpp): Action::QuarantineReview; the review mark
    // and a "sisdmk.quarantine_reviewed" event in the audit chain are written in one transaction.
    Status reviewQuarantine(const Session &s, qint64 quarantineId);

    // Opaque state, defined in src/services/CoreImpl.h (public only so file-local helpers can name it).
    struct Impl;

private:
    Core();
    std::unique_ptr<Impl> d;
};

} // namespace mt
