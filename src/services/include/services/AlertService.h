// Alerts: raise with de-duplication, acknowledge, shelve, resolve, escalate, and the console's paged rows.
#pragma once

#include "common/Error.h"
#include "domain/Alert.h"
#include "domain/Queries.h"
#include "services/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mt {

class ServiceContext;

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

class AlertService
{
public:
    explicit AlertService(ServiceContext &ctx);

    Result<RaiseAlertResult> raise(const Session &s, const RaiseAlertRequest &r);
    Status acknowledge(const Session &s, const QString &alertId);
    Status unacknowledge(const Session &s, const QString &alertId, const QString &reason);
    Status shelve(const Session &s, const QString &alertId, const QDateTime &untilUtc);
    Status resolve(const Session &s, const QString &alertId);
    Status escalate(const Session &s, const QString &alertId);
    // System-driven escalation of unacknowledged alerts past their threshold; returns how many.
    Result<int> escalateDue();

    // --- read side: what the console and the CLI show
    Result<std::optional<Alert>> find(const QString &id) const;
    Result<qint64> count(const AlertFilter &f) const;
    // As count(), but stops at `cap`: the console shows "10,000+" rather than scan 250,000 rows.
    Result<qint64> countUpTo(const AlertFilter &f, qint64 cap) const;
    // Rows [offset, offset+limit) in the given order (then by id).
    Result<QList<Alert>> page(const AlertFilter &f, AlertSortColumn sort, bool descending, qint64 offset,
                              int limit) const;
    Result<qint64> countOpenCritical() const;

private:
    ServiceContext &m_ctx;
};

} // namespace mt
