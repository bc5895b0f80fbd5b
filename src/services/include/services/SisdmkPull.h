// One SISDMK pull on demand, for medtrackctl: the ETL worker, the keychain credentials, progress and summary.
#pragma once

#include "common/Error.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mt {

class EtlController;
class SisdmkCredentialStore;
class MetricsRegistry;
class SisdmkAlertSink;
class Workspace;

struct SisdmkPullRequest
{
    QString baseUrl;
    QStringList regions;
    QString since;       // ISO 8601 UTC; empty = from each region's watermark
    SisdmkCredentials credentials;
};

// SISDMK credentials in the OS keychain. Every call is asynchronous: `done` runs later on this thread.
class SisdmkKeychain : public QObject
{
    Q_OBJECT
public:
    explicit SisdmkKeychain(QObject *parent = nullptr);
    ~SisdmkKeychain() override;
    void read(const QString &baseUrl, std::function<void(const Result<SisdmkCredentials> &)> done);
    void write(const QString &baseUrl, const SisdmkCredentials &credentials, std::function<void(const Status &)> done);
    // The keychain entry the credentials of `baseUrl` live under.
    static QString keyFor(const QString &baseUrl);

private:
    std::unique_ptr<SisdmkCredentialStore> m_store;
};

// The app's scheduled pulls are SisdmkService's; this is the same engine run once. Never blocks:
// start() returns at once and finished() follows on this thread.
class SisdmkPull : public QObject
{
    Q_OBJECT
public:
    explicit SisdmkPull(Workspace &ws, QObject *parent = nullptr);
    ~SisdmkPull() override; // cancels a pull in progress and joins the worker

    // sisdmk/base_url and sisdmk/regions of <dataDir>/medtrack.ini (no credentials).
    static SisdmkPullRequest configured(const QString &dataDir);

    void start(const SisdmkPullRequest &request);

signals:
    void progress(const mt::SyncProgress &p);
    void finished(const mt::SyncSummary &summary);

private:
    Workspace &m_ws;
    std::unique_ptr<SisdmkAlertSink> m_sink;
    std::unique_ptr<MetricsRegistry> m_metrics;
    std::unique_ptr<EtlController> m_controller;
};

} // namespace mt
