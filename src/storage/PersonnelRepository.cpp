// PersonnelRepository: raw prepared statements for the ETL upsert, Qt SQL for the screens' queries.
#include "storage/PersonnelRepository.h"

#include "SqlWhere.h"
#include "StatementCache.h"
#include "storage/Database.h"
#include "storage/PersonnelBatch.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <array>

namespace mt {

namespace {

const QString kColumns = QStringLiteral(
    "nik, name, sex, birth_date, birth_place, province_code, regency_code, address, active, last_updated_ms, "
    "category_id, categories, facility_code, facility_name, jobs_json");

const QString kInsertSql = QStringLiteral(
    "INSERT OR IGNORE INTO personnel(nik, name, sex, birth_date, birth_place, province_code, regency_code, address, active, "
    "last_updated_ms, category_id, categories, facility_code, facility_name, jobs_json, run_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");

// Same parameter numbering as the insert; the WHERE keeps an older record from winning.
const QString kUpdateSql = QStringLiteral(
    "UPDATE personnel SET name = ?2, sex = ?3, birth_date = ?4, birth_place = ?5, province_code = ?6, "
    "regency_code = ?7, address = ?8, active = ?9, last_updated_ms = ?10, category_id = ?11, categories = ?12, "
    "facility_code = ?13, facility_name = ?14, jobs_json = ?15, run_id = ?16 "
    "WHERE nik = ?1 AND last_updated_ms < ?10");

SqlWhere whereFor(const PersonnelFilter &f)
{
    SqlWhere w;
    const QString search = f.search.trimmed();
    bool digits = !search.isEmpty();
    for (const QChar c : search)
        digits = digits && c.isDigit();
    if (digits) {
        w.add(QStringLiteral("nik >= ? AND nik < ?"), QVariantList{search, search + QChar(0xff)});
    } else if (!search.isEmpty()) {
        w.addLike({QStringLiteral("name")}, search);
    }
    if (!f.regionPrefix.isEmpty()) {
        if (f.regionPrefix.contains(QLatin1Char('.')))
            w.add(QStringLiteral("(regency_code = ? OR regency_code LIKE ?)"),
                  QVariantList{f.regionPrefix, f.regionPrefix + QStringLiteral(".%")});
        else
            w.add(QStringLiteral("province_code = ?"), f.regionPrefix);
    }
    if (f.category > 0)
        w.add(QStringLiteral("categories LIKE ?"), QStringLiteral("%,%1,%").arg(f.category));
    if (!f.facilityCode.isEmpty())
        w.add(QStringLiteral("facility_code = ?"), f.facilityCode);
    if (f.active)
        w.add(QStringLiteral("active = ?"), *f.active ? 1 : 0);
    return w;
}

PersonnelRow rowFrom(const QSqlQuery &q)
{
    PersonnelRow row;
    PersonnelRecord &r = row.record;
    r.nik = q.value(0).toString();
    r.name = q.value(1).toString();
    r.sex = q.value(2).toString();
    const QDate birth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (birth.isValid())
        r.birthDate = birth;
    r.birthPlace = q.value(4).toString();
    r.provinceCode = q.value(5).toString();
    r.regencyCode = q.value(6).toString();
    r.address = q.value(7).toString();
    r.active = q.value(8).toInt() != 0;
    r.lastUpdatedMs = q.value(9).toLongLong();
    row.category = q.value(10).toInt();
    row.facilityCode = q.value(12).toString();
    row.facilityName = q.value(13).toString();
    row.jobsJson = q.value(14).toString();
    return row;
}

} // namespace

PersonnelRepository::PersonnelRepository(Database &db) : m_db(db) {}

QString PersonnelRepository::jobsToJson(const QList<PersonnelJob> &jobs)
{
    return QString::fromUtf8(PersonnelBatch::jobsJson(jobs));
}

namespace {

// Same definitions as sql/004_personnel.sql (tst_sisdmk_etl checks a bulk-loaded schema against a migrated one).
const QList<std::pair<QString, QString>> &secondaryIndexDefinitions()
{
    static const QList<std::pair<QString, QString>> defs{
        {QStringLiteral("idx_personnel_regency"), QStringLiteral("personnel(regency_code)")},
        {QStringLiteral("idx_personnel_name"), QStringLiteral("personnel(name COLLATE NOCASE)")},
        {QStringLiteral("idx_personnel_category"), QStringLiteral("personnel(category_id)")},
        {QStringLiteral("idx_personnel_facility"), QStringLiteral("personnel(facility_code)")},
    };
    return defs;
}

Status execSql(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        return Database::fromSqlError(q.lastError(), sql.left(60));
    return {};
}

} // namespace

Result<QStringList> PersonnelRepository::secondaryIndexes(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'personnel' "
                               "AND sql IS NOT NULL ORDER BY name")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("personnel indexes"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<bool> PersonnelRepository::beginBulkLoad(Database &db)
{
    const auto present = secondaryIndexes(db);
    if (!present)
        return present.error();
    for (const auto &[name, on] : secondaryIndexDefinitions()) {
        if (!present->contains(name))
            return true; // an earlier bulk load did not reach its end
    }
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM personnel)")) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("personnel empty?"));
    const bool empty = q.value(0).toInt() == 0;
    q.finish();
    if (!empty)
        return false;
    Status st = db.transaction([&]() -> Status {
        for (const auto &[name, on] : secondaryIndexDefinitions()) {
            if (Status s = execSql(db, QStringLiteral("DROP INDEX IF EXISTS ") + name); !s.ok())
                return s;
        }
        return {};
    });
    if (!st.ok())
        return st;
    return true;
}

Status PersonnelRepository::endBulkLoad(Database &db)
{
    // Each index in a transaction of its own: a process killed between two leaves some missing, and the next
    // sync finds the bulk load unfinished (beginBulkLoad) and builds the rest. The sort is fastest with
    // SQLite's default 2 MiB cache (a 64 MiB cache makes it sort in large runs: 12 s instead of 7 s for the
    // national table) and with the sorter's helper threads on the second core.
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("PRAGMA cache_size"));
    const QString cache = q.next() ? q.value(0).toString() : QStringLiteral("-2000");
    q.finish();
    execSql(db, QStringLiteral("PRAGMA cache_size = -2000"));
    execSql(db, QStringLiteral("PRAGMA threads = %1").arg(std::clamp(QThread::idealThreadCount(), 1, 4)));
    Status st;
    for (const auto &[name, on] : secondaryIndexDefinitions()) {
        st = db.transaction([&] { return execSql(db, QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2").arg(name, on)); });
        if (!st.ok())
            break;
    }
    execSql(db, QStringLiteral("PRAGMA threads = 0"));
    execSql(db, QStringLiteral("PRAGMA cache_size = ") + cache);
    return st;
}

// New NIK: the INSERT changes one row. Known NIK: the INSERT is ignored and the UPDATE changes
// the row only when the record is newer. Two statements at most, no separate look-up.
Result<UpsertCounts> PersonnelRepository::upsert(const QList<PersonnelRecord> &records, const QString &runId)
{
    return upsert(PersonnelBatch::encode(records), runId);
}

Result<UpsertCounts> PersonnelRepository::upsert(const PersonnelBatch &batch, const QString &runId)
{
    StatementCache &cache = m_db.statementCache();
    Result<Stmt *> insert = cache.get(kInsertSql);
    Result<Stmt *> update = cache.get(kUpdateSql);
    for (const auto *r : {&insert, &update}) {
        if (!*r)
            return r->error();
    }
    const QByteArray run = runId.toUtf8();
    // Parameter numbers of the batch's text columns (see kInsertSql).
    static constexpr std::array<int, PersonnelBatch::TextCount> kParam{1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 14, 15};
    const auto bind = [&](Stmt &s, const PersonnelBatch::Row &row) {
        for (int i = 0; i < PersonnelBatch::TextCount; ++i)
            s.bindStatic(kParam[i], batch.bytes(row.text[i]), row.text[i].length);
        s.bind(9, row.active);
        s.bind(10, row.lastUpdatedMs);
        s.bind(11, row.categoryId);
        s.bindStatic(16, run.constData(), int(run.size()));
    };
    UpsertCounts counts;
    Status st;
    for (const PersonnelBatch::Row &row : batch.m_rows) {
        Stmt &ins = *insert.value();
        {
            StmtReset reset(ins);
            bind(ins, row);
            ins.step(st, QStringLiteral("personnel insert"));
            if (!st.ok())
                return st;
            if (ins.changes() > 0) {
                ++counts.inserted;
                continue;
            }
        }
        Stmt &upd = *update.value();
        StmtReset reset(upd);
        bind(upd, row);
        upd.step(st, QStringLiteral("personnel update"));
        if (!st.ok())
            return st;
        ++(upd.changes() > 0 ? counts.updated : counts.unchanged);
    }
    return counts;
}

Result<std::optional<PersonnelRow>> PersonnelRepository::find(const QString &nik) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT %1 FROM personnel WHERE nik = ?").arg(kColumns));
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    QueryFinisher fin(query);
    query.addBindValue(nik);
    if (!query.exec())
        return Database::fromSqlError(query.lastError(), QStringLiteral("personnel find"));
    if (!query.next())
        return std::optional<PersonnelRow>();
    return std::optional<PersonnelRow>(rowFrom(query));
}

Result<qint64> PersonnelRepository::count(const PersonnelFilter &f) const
{
    return whereFor(f).count(m_db.sql(), QStringLiteral("personnel"));
}

Result<QList<PersonnelRow>> PersonnelRepository::page(const PersonnelFilter &f, qint64 offset, int limit) const
{
    const SqlWhere w = whereFor(f);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!w.prepare(q, QStringLiteral("SELECT %1 FROM personnel%2 ORDER BY name COLLATE NOCASE, nik LIMIT ? OFFSET ?")
                          .arg(kColumns, w.sql()),
                   {limit, offset}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("personnel page"));
    QList<PersonnelRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

Result<QString> PersonnelRepository::digest() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT nik, last_updated_ms, name, active, regency_code FROM personnel ORDER BY nik")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("personnel digest"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int c = 0; c < 5; ++c) {
            h.addData(q.value(c).toString().toUtf8());
            h.addData(QByteArrayView("\x1f", 1));
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace mt
