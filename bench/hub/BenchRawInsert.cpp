// Plain prepared INSERTs through Qt SQL (the driver the hub uses), timed batch by batch.
#include "BenchRawInsert.h"

#include "BenchHttp.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace mt::bench {

namespace {

const QString kConn = QStringLiteral("bench-raw");

struct Row
{
    QString id, entityType, entityId, type, payload, actor, siteId, hlc;
};

std::vector<Row> rowsOf(const QList<QJsonObject> &events)
{
    std::vector<Row> rows;
    rows.reserve(static_cast<std::size_t>(events.size()));
    for (const QJsonObject &e : events) {
        const auto s = [&e](const char *k) { return e.value(QLatin1String(k)).toString(); };
        rows.push_back(Row{s("id"), s("entity_type"), s("entity_id"), s("type"),
                           QString::fromUtf8(QJsonDocument(e.value(QStringLiteral("payload")).toObject())
                                                 .toJson(QJsonDocument::Compact)),
                           s("actor"), s("site_id"), s("hlc")});
    }
    return rows;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *why)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *why = sql.left(50) + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

// Runs `bind` for each row inside BEGIN/COMMIT per batch; returns seconds of the inserts alone.
template <typename Bind>
double timedInserts(QSqlDatabase &db, const QString &insert, const std::vector<Row> &rows, int batch, Bind bind,
                    QString *why)
{
    QSqlQuery q(db);
    if (!q.prepare(insert)) {
        *why = q.lastError().text();
        return -1;
    }
    const double start = monotonicSeconds();
    for (std::size_t i = 0; i < rows.size(); i += static_cast<std::size_t>(batch)) {
        if (!db.transaction())
            return *why = db.lastError().text(), -1;
        for (std::size_t j = i; j < std::min(rows.size(), i + static_cast<std::size_t>(batch)); ++j) {
            bind(q, rows[j], static_cast<qint64>(j));
            if (!q.exec())
                return *why = q.lastError().text(), -1;
        }
        if (!db.commit())
            return *why = db.lastError().text(), -1;
    }
    return monotonicSeconds() - start;
}

QSqlDatabase openSqlite(const QString &file, QString *why)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConn);
    db.setDatabaseName(file);
    if (!db.open() || !execAll(db, {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")}, why))
        *why += db.lastError().text();
    return db;
}

} // namespace

double rawHubInsert(const RawTarget &target, const QList<QJsonObject> &events, int batch, QString *why)
{
    const std::vector<Row> rows = rowsOf(events);
    double seconds = -1;
    {
        QSqlDatabase db;
        if (target.postgres) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kConn);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(target.pgPort);
            db.setUserName(QStringLiteral("hub"));
            db.setDatabaseName(target.pgDatabase);
            if (!db.open())
                *why = db.lastError().text();
        } else {
            db = openSqlite(target.sqliteFile, why);
        }
        const QString seq = target.postgres ? QStringLiteral("server_seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                                            : QStringLiteral("server_seq INTEGER PRIMARY KEY AUTOINCREMENT");
        const QStringList ddl{
            QStringLiteral("DROP TABLE IF EXISTS raw_events"),
            QStringLiteral("CREATE TABLE raw_events (%1, id TEXT NOT NULL UNIQUE, entity_type TEXT NOT NULL, "
                           "entity_id TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, actor TEXT NOT NULL, "
                           "site_id TEXT NOT NULL, hlc TEXT NOT NULL, received_ms BIGINT NOT NULL)").arg(seq),
            QStringLiteral("CREATE INDEX raw_events_site_seq ON raw_events(site_id, server_seq)"),
            QStringLiteral("CREATE INDEX raw_events_entity ON raw_events(entity_id, hlc)")};
        if (db.isOpen() && execAll(db, ddl, why)) {
            seconds = timedInserts(db, QStringLiteral("INSERT INTO raw_events (id, entity_type, entity_id, type, payload, "
                                                      "actor, site_id, hlc, received_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   rows, batch, [](QSqlQuery &q, const Row &r, qint64 n) {
                                       q.bindValue(0, r.id);
                                       q.bindValue(1, r.entityType);
                                       q.bindValue(2, r.entityId);
                                       q.bindValue(3, r.type);
                                       q.bindValue(4, r.payload);
                                       q.bindValue(5, r.actor);
                                       q.bindValue(6, r.siteId);
                                       q.bindValue(7, r.hlc);
                                       q.bindValue(8, n);
                                   }, why);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kConn);
    return seconds;
}

double rawClientInsert(const QString &file, const QList<QJsonObject> &events, int batch, QString *why)
{
    const std::vector<Row> rows = rowsOf(events);
    double seconds = -1;
    {
        QSqlDatabase db = openSqlite(file, why);
        const QStringList ddl{
            QStringLiteral("DROP TABLE IF EXISTS events"),
            QStringLiteral("CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
                           "entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, "
                           "actor TEXT NOT NULL, site_id TEXT NOT NULL, hlc INTEGER NOT NULL, server_seq INTEGER, "
                           "prev_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX events_entity ON events(entity_type, entity_id, hlc)"),
            QStringLiteral("CREATE INDEX events_server_seq ON events(server_seq)")};
        const QByteArray hash(32, '\x5a');
        if (db.isOpen() && execAll(db, ddl, why)) {
            seconds = timedInserts(db, QStringLiteral("INSERT INTO events (id, entity_type, entity_id, type, payload, actor, "
                                                      "site_id, hlc, server_seq, prev_hash, hash) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   rows, batch, [&hash](QSqlQuery &q, const Row &r, qint64 n) {
                                       q.bindValue(0, r.id);
                                       q.bindValue(1, r.entityType);
                                       q.bindValue(2, r.entityId);
                                       q.bindValue(3, r.type);
                                       q.bindValue(4, r.payload);
                                       q.bindValue(5, r.actor);
                                       q.bindValue(6, r.siteId);
                                       q.bindValue(7, n);
                                       q.bindValue(8, n + 1);
                                       q.bindValue(9, hash);
                                       q.bindValue(10, hash);
                                   }, why);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(kConn);
    return seconds;
}

} // namespace mt::bench
