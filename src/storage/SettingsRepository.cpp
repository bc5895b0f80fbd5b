// SettingsRepository: key/value rows written in the caller's transaction (e.g. sync cursors).
#include "storage/Repositories.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mt {

Result<std::optional<QString>> SettingsRepository::get(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("read setting"));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Status SettingsRepository::set(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("write setting"));
    return {};
}

} // namespace mt
