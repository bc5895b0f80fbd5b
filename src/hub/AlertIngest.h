// Turns an incoming alert (native or Alertmanager) into alert.raised / repeated / resolved events.
#pragma once

#include "EventLog.h"
#include "HubContext.h"

#include "domain/Types.h"

#include <QJsonObject>

namespace mt {

struct AlertInput
{
    QString siteId;
    AlertSeverity severity = AlertSeverity::Warning;
    Module module = Module::Dashboard;
    QString title;
    QString details;
    QString dedupKey;
    QString resource;
    bool resolved = false; // Alertmanager "status": "resolved"
    QString actor;
};

struct IngestResult
{
    QString outcome; // raised | repeated | resolved | ignored
    QString alertId;
    QString eventId;
    qint64 serverSeq = 0;
};

// Must run inside HubDatabase::write(): the open-alert lookup and the append are one step. Set-based: one
// lookup of every dedup key, the decisions in order in memory (an alert raised and resolved in the same
// webhook does both), then one multi-row append. Results in the inputs' order.
Result<QList<IngestResult>> ingestAlerts(HubContext &ctx, EventLog &log, const QList<AlertInput> &inputs);

// Alertmanager webhook v4, one element of "alerts"; `field` names the offending key on error.
Result<AlertInput> alertFromAlertmanager(const QJsonObject &alert, const QString &siteId);

} // namespace mt
