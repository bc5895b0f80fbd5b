// CleanShutdown: a small JSON file beside the database, written atomically.
#include "CleanShutdown.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mt::CleanShutdown {

namespace {

QString markerPath(const QString &dbPath)
{
    return dbPath + QStringLiteral(".clean");
}

} // namespace

std::optional<CleanShutdownMarker> take(const QString &dbPath)
{
    QFile f(markerPath(dbPath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    f.close();
    f.remove(); // whatever happens in this run, the next one must not trust a marker it did not write
    if (!o.contains(QStringLiteral("size")) || !o.contains(QStringLiteral("mtime_ms")))
        return std::nullopt;
    return CleanShutdownMarker{qint64(o.value(QStringLiteral("size")).toDouble()),
                               qint64(o.value(QStringLiteral("mtime_ms")).toDouble()),
                               qint64(o.value(QStringLiteral("checked_at_ms")).toDouble())};
}

bool trustworthy(const CleanShutdownMarker &marker, const QString &dbPath, qint64 nowMs)
{
    const QFileInfo db(dbPath);
    const QFileInfo wal(dbPath + QStringLiteral("-wal"));
    if (!db.exists() || (wal.exists() && wal.size() > 0))
        return false;
    if (db.size() != marker.size || db.lastModified().toMSecsSinceEpoch() != marker.mtimeMs)
        return false;
    return marker.checkedAtMs > 0 && nowMs - marker.checkedAtMs < kFullCheckEveryMs && nowMs >= marker.checkedAtMs;
}

void write(const QString &dbPath, qint64 checkedAtMs)
{
    const QFileInfo db(dbPath);
    if (!db.exists())
        return;
    const QJsonObject o{{QStringLiteral("size"), db.size()},
                        {QStringLiteral("mtime_ms"), db.lastModified().toMSecsSinceEpoch()},
                        {QStringLiteral("checked_at_ms"), checkedAtMs}};
    QSaveFile f(markerPath(dbPath));
    if (f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) > 0)
        f.commit();
}

} // namespace mt::CleanShutdown
