// AttachmentRepository: evidence files stored as blobs beside their incident.
#include "storage/Repositories.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mt {

AttachmentRepository::AttachmentRepository(Database &db) : m_db(db) {}

Status AttachmentRepository::insert(QSqlDatabase &db, const AttachmentInfo &info, const QByteArray &content)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO attachments(id, incident_id, file_name, size, sha256, content, added_at_ms, "
                             "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{info.id, info.incidentId, info.fileName, info.size, info.sha256, content,
                                          info.addedAtMs, info.addedBy})
        q.addBindValue(v);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("insert attachment"));
    return {};
}

Result<QList<AttachmentInfo>> AttachmentRepository::forIncident(const QString &incidentId) const
{
    // The blob stays out of the list query: a list of ten 10 MB files must not read 100 MB.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, incident_id, file_name, size, sha256, added_at_ms, added_by "
                             "FROM attachments WHERE incident_id = ? ORDER BY added_at_ms, rowid"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("list attachments"));
    QList<AttachmentInfo> out;
    while (q.next()) {
        out.append(AttachmentInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong(),
                                  q.value(6).toString()});
    }
    return out;
}

Result<QByteArray> AttachmentRepository::content(const QString &attachmentId) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content FROM attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("read attachment"));
    if (!q.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("attachment"), attachmentId);
    return q.value(0).toByteArray();
}

} // namespace mt
