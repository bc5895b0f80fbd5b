// EventStore: idempotent append with hash chain and same-transaction projections; chain verification.
#include "storage/EventStore.h"

#include "ProjectionRows.h"
#include "Projector.h"
#include "StatementCache.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mt {

namespace {

constexpr int kHashSize = 32;

struct ChainHead
{
    qint64 count = 0;
    QByteArray lastHash;
    qint64 maxHlc = 0; // high-water mark that seeds the HLC clock at start-up
};

// Events of one entity that this append stored, in arrival order.
struct Touched
{
    QString entityType;
    QString entityId;
    QList<Event> events;
};

QByteArray chainHash(QCryptographicHash &sha, const QByteArray &prev, const QByteArray &canonical)
{
    sha.reset();
    sha.addData(prev);
    sha.addData(canonical);
    return sha.result();
}

// True when Qt's JSON writer would emit `s` verbatim between quotes.
bool plainAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\');
    });
}

// canonicalBytes(e) without serialising the payload a second time: serialising JSON was the
// largest cost of an append. Used only when every field is plain ASCII, where the bytes are
// provably the same (sorted keys, compact, no escapes); anything else takes the domain's path.
// verifyChain always recomputes with canonicalBytes, and the tests compare the two.
QByteArray fastCanonical(const Event &e, const QByteArray &payloadJson)
{
    const QString hlc = e.hlc.toString();
    for (const QString *s : {&e.actor, &e.entityId, &e.entityType, &hlc, &e.id, &e.siteId, &e.type}) {
        if (!plainAscii(*s))
            return canonicalBytes(e); // leaves server_seq out, so the hub's numbering never breaks the chain
    }
    QByteArray out;
    out.reserve(payloadJson.size() + 200);
    const auto field = [&out](const char *key, const QString &value) {
        out.append(key).append(value.toLatin1()).append('"');
    };
    field("{\"actor\":\"", e.actor);
    field(",\"entity_id\":\"", e.entityId);
    field(",\"entity_type\":\"", e.entityType);
    field(",\"hlc\":\"", hlc);
    field(",\"id\":\"", e.id);
    out.append(",\"payload\":").append(payloadJson);
    field(",\"site_id\":\"", e.siteId);
    field(",\"type\":\"", e.type);
    return out.append('}');
}

Status validate(const Event &e)
{
    if (e.id.isEmpty())
        return Error::make(ErrorCode::Validation, QStringLiteral("id"), QStringLiteral("event id is empty"));
    if (e.entityType.isEmpty() || e.entityId.isEmpty())
        return Error::make(ErrorCode::Validation, QStringLiteral("entity_id"), QStringLiteral("event ") + e.id);
    if (e.type.isEmpty())
        return Error::make(ErrorCode::Validation, QStringLiteral("type"), QStringLiteral("event ") + e.id);
    return {};
}

Result<ChainHead> readHead(Database &db)
{
    Result<Stmt *> r = db.statementCache().get(QStringLiteral("SELECT count, last_hash, max_hlc FROM audit_head WHERE id = 1"));
    if (!r)
        return r.error();
    Stmt &stmt = *r.value();
    StmtReset reset(stmt);
    Status st;
    if (!stmt.step(st, QStringLiteral("read audit head")))
        return st.ok() ? Error::make(ErrorCode::DatabaseCorrupt, {}, QStringLiteral("audit_head row missing")) : st;
    return ChainHead{stmt.int64At(0), stmt.blobAt(1), stmt.int64At(2)};
}

Status writeHead(Database &db, const ChainHead &head)
{
    Result<Stmt *> r =
        db.statementCache().get(QStringLiteral("UPDATE audit_head SET count = ?, last_hash = ?, max_hlc = ? WHERE id = 1"));
    if (!r)
        return r.error();
    Stmt &stmt = *r.value();
    StmtReset reset(stmt);
    stmt.bind(1, head.count);
    stmt.bindBlob(2, head.lastHash);
    stmt.bind(3, head.maxHlc);
    Status st;
    stmt.step(st, QStringLiteral("write audit head"));
    return st;
}

// Binds one event's columns and inserts it; returns whether a row was added.
Result<bool> insertOne(Stmt &stmt, const Event &e, const QByteArray &payloadJson, const QByteArray &prev,
                       const QByteArray &hash)
{
    StmtReset reset(stmt);
    stmt.bind(1, e.id);
    stmt.bind(2, e.entityType);
    stmt.bind(3, e.entityId);
    stmt.bind(4, e.type);
    stmt.bind(5, payloadJson); // UTF-8 text, no QString detour
    stmt.bind(6, e.actor);
    stmt.bind(7, e.siteId);
    stmt.bind(8, e.hlc.value);
    if (e.serverSeq)
        stmt.bind(9, *e.serverSeq);
    else
        stmt.bindNull(9);
    stmt.bindBlob(10, prev);
    stmt.bindBlob(11, hash);
    Status st;
    stmt.step(st, QStringLiteral("append event"));
    if (!st.ok())
        return st;
    return stmt.changes() == 1; // 0: already stored (idempotent push/pull/import)
}

const QString &insertSql()
{
    // ON CONFLICT(id) DO NOTHING, not INSERT OR IGNORE: only a duplicate id is skipped; any other
    // constraint failure still fails the append.
    static const QString sql = QStringLiteral(
        "INSERT INTO events (id, entity_type, entity_id, type, payload, actor, site_id, hlc, server_seq, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
    return sql;
}

// Inserts the events not yet stored, extending the chain; fills `touched` per entity.
Result<int> insertNew(Database &db, const QList<Event> &events, ChainHead &head, QList<Touched> &touched)
{
    Result<Stmt *> r = db.statementCache().get(insertSql());
    if (!r)
        return r.error();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QHash<QPair<QString, QString>, qsizetype> index;
    int added = 0;
    for (const Event &e : events) {
        const QByteArray payloadJson = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
        const QByteArray hash = chainHash(sha, head.lastHash, fastCanonical(e, payloadJson));
        Result<bool> inserted = insertOne(*r.value(), e, payloadJson, head.lastHash, hash);
        if (!inserted)
            return inserted.error();
        if (!inserted.value())
            continue;
        ++added;
        head.lastHash = hash;
        head.maxHlc = std::max(head.maxHlc, e.hlc.value);
        const auto key = qMakePair(e.entityType, e.entityId);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, touched.size());
            touched.append(Touched{e.entityType, e.entityId, {}});
        }
        touched[it.value()].events.append(e);
    }
    head.count += added;
    return added;
}

} // namespace

EventStore::EventStore(Database &db) : m_db(db) {}

Result<int> EventStore::append(const QList<Event> &events,
                               const std::function<Status(QSqlDatabase &)> &alsoInTransaction)
{
    for (const Event &e : events) {
        if (Status st = validate(e); !st.ok())
            return st;
    }
    int added = 0;
    const Status st = m_db.transaction([&]() -> Status {
        Result<ChainHead> head = readHead(m_db);
        if (!head)
            return head.error();
        QList<Touched> touched;
        Result<int> inserted = insertNew(m_db, events, head.value(), touched);
        if (!inserted)
            return inserted.error();
        added = inserted.value();
        if (added > 0) {
            if (Status s = writeHead(m_db, head.value()); !s.ok())
                return s;
        }
        Projector projector(m_db);
        for (Touched &t : touched) {
            if (Status s = projector.project(t.entityType, t.entityId, std::move(t.events)); !s.ok())
                return s;
        }
        return alsoInTransaction ? alsoInTransaction(m_db.sql()) : Status{};
    });
    if (!st.ok())
        return st;
    return added;
}

Result<Hlc> EventStore::maxHlc() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT max_hlc FROM audit_head WHERE id = 1")) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("read max hlc"));
    return Hlc{q.value(0).toLongLong()};
}

Result<QList<Event>> EventStore::eventsFor(const QString &entityType, const QString &entityId) const
{
    return Projector::loadEvents(m_db, entityType, entityId);
}

Result<QList<Event>> EventStore::newestEventsFor(const QString &entityType, const QString &entityId, int limit,
                                                 const std::optional<FoldPosition> &before) const
{
    // SQLite's BINARY order of these ASCII/UTF-8 columns is foldsBefore's order; sortForFold
    // below settles the page in C++ anyway. `hlc <= ?` lets the index bound the scan.
    static const QString head = QStringLiteral("SELECT ") + rows::eventColumns() +
                                QStringLiteral(" FROM events WHERE entity_type = ? AND entity_id = ?");
    static const QString tail = QStringLiteral(" ORDER BY hlc DESC, site_id DESC, id DESC LIMIT ?");
    static const QString cursor = QStringLiteral(" AND hlc <= ? AND (hlc, site_id, id) < (?, ?, ?)");
    Result<QSqlQuery *> r = m_db.prepared(before ? head + cursor + tail : head + tail);
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    QueryFinisher finish(q);
    int i = 0;
    q.bindValue(i++, entityType);
    q.bindValue(i++, entityId);
    if (before) {
        q.bindValue(i++, before->hlc.value);
        q.bindValue(i++, before->hlc.value);
        q.bindValue(i++, before->siteId);
        q.bindValue(i++, before->eventId);
    }
    q.bindValue(i, std::max(0, limit));
    if (Status st = rows::exec(q, QStringLiteral("timeline page")); !st.ok())
        return st;
    QList<Event> out;
    while (q.next())
        out.append(rows::eventFrom(q, 0));
    sortForFold(out);
    return out;
}

Result<qint64> EventStore::countBefore(const QString &entityType, const QString &entityId,
                                      const FoldPosition &position) const
{
    // Two counts, so the large one (older HLCs) stays inside the index; ties are few.
    Result<QSqlQuery *> r = m_db.prepared(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM events WHERE entity_type = ? AND entity_id = ? AND hlc < ?)"
        " + (SELECT COUNT(*) FROM events WHERE entity_type = ? AND entity_id = ? AND hlc = ?"
        " AND (site_id, id) < (?, ?))"));
    if (!r)
        return r.error();
    QSqlQuery &q = *r.value();
    QueryFinisher finish(q);
    const QVariantList values{entityType, entityId, position.hlc.value, entityType, entityId, position.hlc.value,
                              position.siteId, position.eventId};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (Status st = rows::exec(q, QStringLiteral("timeline count")); !st.ok())
        return st;
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> EventStore::count() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("count events"));
    return q.value(0).toLongLong();
}

Result<EventStore::ChainReport> EventStore::verifyChain() const
{
    // One read transaction: the rows and the head are then one snapshot, even while another
    // connection appends.
    const bool ownSnapshot = !m_db.inTransaction();
    QSqlQuery tx(m_db.sql());
    if (ownSnapshot && !tx.exec(QStringLiteral("BEGIN")))
        return Database::fromSqlError(tx.lastError(), QStringLiteral("verify chain"));
    Result<ChainReport> report = verifyRows();
    if (ownSnapshot)
        tx.exec(QStringLiteral("COMMIT"));
    return report;
}

Result<EventStore::ChainReport> EventStore::verifyRows() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, prev_hash, hash, ") + rows::eventColumns() +
                QStringLiteral(" FROM events ORDER BY seq")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("verify chain"));
    ChainReport report;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray running(kHashSize, '\0');
    qint64 lastSeq = 0;
    while (q.next()) {
        lastSeq = q.value(0).toLongLong();
        const QByteArray prev = q.value(1).toByteArray();
        const QByteArray stored = q.value(2).toByteArray();
        // A deleted or inserted row shows as a link that does not point at the row before.
        const char *reason = prev != running ? "link_mismatch"
                             : chainHash(sha, prev, canonicalBytes(rows::eventFrom(q, 3))) != stored ? "hash_mismatch"
                                                                                     : nullptr;
        if (reason)
            return ChainReport{false, report.checked, lastSeq, QString::fromLatin1(reason)};
        running = stored;
        ++report.checked;
    }
    q.finish();
    Result<ChainHead> head = readHead(m_db);
    if (!head)
        return head.error();
    // A truncated tail leaves a valid chain; only the head remembers how long it was.
    if (head->count != report.checked || head->lastHash != running)
        return ChainReport{false, report.checked, lastSeq + 1, QStringLiteral("head_mismatch")};
    return report;
}

const QString &EventStore::eventColumns()
{
    return rows::eventColumns();
}

Event EventStore::eventFromRow(const QSqlQuery &q, int first)
{
    return rows::eventFrom(q, first);
}

} // namespace mt
