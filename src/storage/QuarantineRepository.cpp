// QuarantineRepository: rejected SISDMK records with their reasons, and the steward's review mark.
#include "storage/QuarantineRepository.h"

#include "SqlWhere.h"
#include "StatementCache.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mt {

namespace {

SqlWhere whereFor(const QuarantineFilter &f)
{
    SqlWhere w;
    if (f.unreviewedOnly)
        w.add(QStringLiteral("reviewed_at_ms = 0"));
    if (!f.runId.isEmpty())
        w.add(QStringLiteral("run_id = ?"), f.runId);
    return w;
}

} // namespace

QuarantineRepository::QuarantineRepository(Database &db) : m_db(db) {}

Status QuarantineRepository::insert(const QuarantineEntry &e)
{
    Result<Stmt *> s = m_db.statementCache().get(QStringLiteral(
        "INSERT INTO personnel_quarantine(run_id, nik, reasons, raw, received_at_ms) VALUES (?, ?, ?, ?, ?)"));
    if (!s)
        return s.error();
    Stmt &stmt = *s.value();
    StmtReset reset(stmt);
    stmt.bind(1, e.runId);
    stmt.bind(2, e.nik);
    stmt.bind(3, QJsonDocument(QJsonArray::fromStringList(e.reasons)).toJson(QJsonDocument::Compact));
    stmt.bind(4, e.raw);
    stmt.bind(5, e.receivedAtMs);
    Status st;
    stmt.step(st, QStringLiteral("quarantine insert"));
    return st;
}

Result<qint64> QuarantineRepository::count(const QuarantineFilter &f) const
{
    return whereFor(f).count(m_db.sql(), QStringLiteral("personnel_quarantine"));
}

Result<QList<QuarantineEntry>> QuarantineRepository::page(const QuarantineFilter &f, qint64 offset, int limit) const
{
    const SqlWhere w = whereFor(f);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id, run_id, nik, reasons, raw, received_at_ms, reviewed_by, "
                                       "reviewed_at_ms FROM personnel_quarantine%1 ORDER BY id DESC LIMIT ? OFFSET ?")
                            .arg(w.sql());
    if (!w.prepare(q, sql, {limit, offset}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("quarantine page"));
    QList<QuarantineEntry> out;
    while (q.next()) {
        QuarantineEntry e;
        e.id = q.value(0).toLongLong();
        e.runId = q.value(1).toString();
        e.nik = q.value(2).toString();
        for (const auto &v : QJsonDocument::fromJson(q.value(3).toByteArray()).array())
            e.reasons.append(v.toString());
        e.raw = q.value(4).toByteArray();
        e.receivedAtMs = q.value(5).toLongLong();
        e.reviewedBy = q.value(6).toString();
        e.reviewedAtMs = q.value(7).toLongLong();
        out.append(e);
    }
    return out;
}

Status QuarantineRepository::markReviewed(qint64 id, const QString &user, qint64 atMs)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT reviewed_at_ms FROM personnel_quarantine WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("quarantine find"));
    if (!q.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("id"), QString::number(id));
    if (q.value(0).toLongLong() != 0)
        return Error::make(ErrorCode::InvalidTransition, QStringLiteral("id"), QStringLiteral("already reviewed"));
    q.finish();
    QSqlQuery u(m_db.sql());
    u.prepare(QStringLiteral("UPDATE personnel_quarantine SET reviewed_by = ?, reviewed_at_ms = ? WHERE id = ?"));
    u.addBindValue(user);
    u.addBindValue(atMs);
    u.addBindValue(id);
    if (!u.exec())
        return Database::fromSqlError(u.lastError(), QStringLiteral("quarantine review"));
    return {};
}

} // namespace mt
