// SqlWhere: dynamic filters without string-pasting user input into SQL.
#include "SqlWhere.h"

#include "storage/Database.h"

#include <QSqlError>

namespace mt {

void SqlWhere::add(const QString &term, const QVariantList &values)
{
    m_terms << term;
    m_values << values;
}

void SqlWhere::addLike(const QStringList &columns, const QString &needle)
{
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    QStringList parts;
    QVariantList values;
    for (const QString &c : columns) {
        parts << c + QStringLiteral(" LIKE ? ESCAPE '\\'");
        values << pattern;
    }
    add(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
}

QString SqlWhere::sql() const
{
    return m_terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_terms.join(QStringLiteral(" AND "));
}

bool SqlWhere::prepare(QSqlQuery &q, const QString &sqlText, const QVariantList &trailing) const
{
    if (!q.prepare(sqlText))
        return false;
    int i = 0;
    for (const QVariant &v : m_values)
        q.bindValue(i++, v);
    for (const QVariant &v : trailing)
        q.bindValue(i++, v);
    return q.exec();
}

Result<qint64> SqlWhere::count(QSqlDatabase &db, const QString &table) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT COUNT(*) FROM ") + table + sql()) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("count ") + table);
    return q.value(0).toLongLong();
}

Result<qint64> SqlWhere::countUpTo(QSqlDatabase &db, const QString &table, qint64 cap) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM ") + table + sql() + QStringLiteral(" LIMIT ?)"),
                 {cap})
        || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("count ") + table);
    return q.value(0).toLongLong();
}

} // namespace mt
