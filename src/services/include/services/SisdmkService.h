// The app's SISDMK integration: owns the ETL controller, the 6-hourly scheduler and the screens' queries.
#pragma once

#include "domain/personnel/SisdmkRecords.h"
#include "services/PersonnelQueries.h"
#include "services/Session.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace mt {

class SisdmkCredentialStore;
struct SisdmkConfig;
class EtlController;
class MetricsRegistry;
class SisdmkAlertSink;
class SisdmkScheduler;
class Workspace;

// Lives on the GUI thread and never blocks it: the ETL runs on its worker thread, the keychain
// is read asynchronously, queries run on PersonnelQueries' thread. Permissions are checked here,
// not only in the screens.
class SisdmkService : public QObject
{
    Q_OBJECT
public:
    enum class Availability {
        NotConfigured,        // no sisdmk/base_url or no sisdmk/regions in medtrack.ini
        CheckingCredentials,  // keychain read in progress
        NoCredentials,        // nothing stored in the keychain for base_url
        KeychainUnavailable,  // no secret service answered
        Ready,
    };

    // Settings from the [sisdmk] section of the data dir's medtrack.ini.
    explicit SisdmkService(Workspace &ws, QObject *parent = nullptr);
    // Settings given by the caller (the SISDMK layer's tests).
    SisdmkService(Workspace &ws, const SisdmkConfig &config, QObject *parent = nullptr);
    ~SisdmkService() override; // cancels a run in progress and joins the worker threads

    // Starts the scheduler (when configured) and the keychain check. Call once writes are allowed.
    void start();
    // Reads the keychain again (e.g. after "medtrackctl sisdmk credentials set").
    void recheckCredentials();

    const SisdmkConfig &config() const { return *m_config; }
    QString baseUrl() const;
    QStringList regions() const;
    int intervalHours() const;
    double maxRunMinutes() const; // a longer run raises a warning alert
    Availability availability() const { return m_availability; }
    QString availabilityMessage() const; // for people; empty when Ready
    bool isRunning() const;
    QDateTime nextRunAt() const; // invalid when the scheduler is not running

    // Who may start or cancel a sync: SDMK data stewards and admins (Action::QuarantineReview).
    static bool maySync(const Session &s);
    // PermissionDenied, Validation (field "sisdmk": not configured / no credentials) or
    // Conflict (a sync is running); otherwise the keychain is read and the sync starts.
    Status syncNow(const Session &s);
    Status cancel(const Session &s);

    PersonnelQueries &queries() { return *m_queries; }
    MetricsRegistry &metrics() { return *m_metrics; }

signals:
    void availabilityChanged();
    void started();
    void progress(const mt::SyncProgress &p);
    void runFinished(const mt::EtlRunRecord &run);
    void finished(const mt::SyncSummary &summary);
    // The scheduler or "Sync now" could not start (credentials gone, keychain down).
    void cannotStart(const QString &message);

private:
    void setAvailability(Availability a, const QString &detail = {});

    Workspace &m_ws;
    std::unique_ptr<SisdmkConfig> m_config;
    std::unique_ptr<SisdmkAlertSink> m_sink;
    std::unique_ptr<MetricsRegistry> m_metrics;
    std::unique_ptr<SisdmkCredentialStore> m_credentials;
    std::unique_ptr<EtlController> m_controller;
    std::unique_ptr<SisdmkScheduler> m_scheduler;
    std::unique_ptr<PersonnelQueries> m_queries;
    Availability m_availability = Availability::NotConfigured;
    QString m_keychainDetail;
};

} // namespace mt
