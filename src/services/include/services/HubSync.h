// Hub sync for the app: owns the HubSyncController (mt_sync), forwards what the worker stored to Core.
#pragma once

#include "common/Error.h"
#include "hubsync/HubSyncController.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace mt {

class Core;

struct HubSyncOptions
{
    std::optional<QString> hubUrlOverride; // --hub URL: used instead of hub/url of medtrack.ini (not saved)
    HubSyncConfig config;       // retry policy, page sizes (hubUrl and siteId are filled in)
    std::optional<HubSchedule> schedule; // default: hub/interval_seconds, 5 s .. 5 min offline
    RandomSource random;
};

class HubSync : public QObject
{
    Q_OBJECT
public:
    // `core` must outlive this object and live on this thread (the GUI thread).
    explicit HubSync(Core &core, HubSyncOptions options = {}, QObject *parent = nullptr);
    ~HubSync() override;

    HubSyncController &controller() { return *m_controller; }
    void start() { m_controller->start(); }
    // Saves hub/url in medtrack.ini (admin action: the caller checks SettingsManage) and uses it.
    Status setHubUrl(const QString &url);

private:
    void onRound(const HubRoundResult &r);

    Core &m_core;
    std::unique_ptr<HubSyncController> m_controller;
    QTimer m_countsDebounce;
};

} // namespace mt
