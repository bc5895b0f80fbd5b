// Private: a WHERE clause built from optional filter terms, with its bound values in order.
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace mt {

class SqlWhere
{
public:
    void add(const QString &term, const QVariantList &values = {});
    void add(const QString &term, const QVariant &value) { add(term, QVariantList{value}); }
    // (a LIKE ? OR b LIKE ? ...) for a substring; %, _ and \ in the needle match literally.
    void addLike(const QStringList &columns, const QString &needle);
    // " WHERE t1 AND t2" or empty.
    QString sql() const;
    // Prepares `sqlText`, binds the terms' values then `trailing` (LIMIT, OFFSET), executes.
    bool prepare(QSqlQuery &q, const QString &sqlText, const QVariantList &trailing = {}) const;
    Result<qint64> count(QSqlDatabase &db, const QString &table) const;
    // Counts matches but stops at `cap` (returns cap when there are at least that many): the
    // work is bounded, so a filter change stays fast on a million rows.
    Result<qint64> countUpTo(QSqlDatabase &db, const QString &table, qint64 cap) const;

private:
    QStringList m_terms;
    QVariantList m_values;
};

} // namespace mt
