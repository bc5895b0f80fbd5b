// Private: how the alert / incident / user projections map to table rows (one place for both sides).
#pragma once

#include "common/Error.h"
#include "domain/Alert.h"
#include "domain/Incident.h"
#include "storage/Repositories.h"

#include <QSqlQuery>
#include <QString>

namespace mt::rows {

// Integer ranks stored in SQL, so ORDER BY follows meaning (see sql/001_initial.sql).
int rank(AlertSeverity s);
int rank(AlertState s);
int rank(IncidentStatus s);
constexpr int kResolvedAlertRank = 2;
constexpr int kClosedIncidentRank = 3;

// Event columns (without seq and hashes), in the order eventFrom() reads them from `first` on.
const QString &eventColumns();
Event eventFrom(const QSqlQuery &q, int first);
QString payloadText(const QJsonObject &payload);

// Column list for SELECT, in the order alertFrom() reads them.
const QString &alertColumns();
Alert alertFrom(const QSqlQuery &q);
// INSERT ... ON CONFLICT DO UPDATE of every column; alertValues() are its parameters in order.
const QString &alertUpsertSql();
QVariantList alertValues(const Alert &a);

const QString &incidentColumns();
Incident incidentFrom(const QSqlQuery &q);
const QString &incidentUpsertSql();
QVariantList incidentValues(const Incident &i);

// The user projection (no domain fold exists for it: users are a storage-side table).
struct UserRow
{
    QString entityId;
    QString name;
    QString displayName;
    Role role = Role::L1Operator;
    bool disabled = false;
    qint64 createdAtMs = 0;
    qint64 lastLoginMs = 0;
    Hlc lastHlc;
};
void applyUserEvent(UserRow &u, const Event &e);
const QString &userColumns();
UserRow userFrom(const QSqlQuery &q);
const QString &userUpsertSql();
QVariantList userValues(const UserRow &u);

// Binds positionally; a null QString becomes '' (Qt would bind NULL; text columns are NOT NULL).
void bindAll(QSqlQuery &q, const QVariantList &values);
// Executes a prepared statement, mapping failure through Database::fromSqlError.
Status exec(QSqlQuery &q, const QString &context);

} // namespace mt::rows
