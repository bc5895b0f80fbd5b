// PersonnelRepository: raw prepared statements for the ETL upsert, Qt SQL for the screens' queries.
#include "storage/PersonnelRepository.h"

#include "SqlWhere.h"
#include "StatementCache.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

QByteArray jobsJsonUtf8(const QList<PersonnelJob> &jobs);

void bindRecord(Stmt &s, const PersonnelRecord &r, const QString &runId)
{
    s.bind(1, r.nik);
    s.bind(2, r.name);
    s.bind(3, r.sex);
    s.bind(4, r.birthDate ? r.birthDate->toString(Qt::ISODate) : QString());
    s.bind(5, r.birthPlace);
    s.bind(6, r.provinceCode);
    s.bind(7, r.regencyCode);
    s.bind(8, r.address);
    s.bind(9, qint64(r.active ? 1 : 0));
    s.bind(10, r.lastUpdatedMs);
    s.bind(11, qint64(r.jobs.isEmpty() ? 0 : r.jobs.first().sdmkCategory));
    QByteArray cats;
    if (!r.jobs.isEmpty()) {
        cats += ',';
        for (const PersonnelJob &j : r.jobs) {
            cats += QByteArray::number(j.sdmkCategory);
            cats += ',';
        }
    }
    s.bind(12, cats);
    s.bind(13, r.jobs.isEmpty() ? QString() : r.jobs.first().unitCode);
    s.bind(14, r.jobs.isEmpty() ? QString() : r.jobs.first().unitName);
    s.bind(15, jobsJsonUtf8(r.jobs));
    s.bind(16, runId);
}

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

namespace {

void appendJsonString(QByteArray &out, const char *key, const QString &value)
{
    out += '"';
    out += key;
    out += "\":\"";
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
    out += "\",";
}

// Hand-written, straight to UTF-8 (this runs once per stored row): QJsonObject building, then a
// QString built and converted, were a visible share of the write.
QByteArray jobsJsonUtf8(const QList<PersonnelJob> &jobs)
{
    QByteArray out;
    out.reserve(64 + jobs.size() * 320);
    out += '[';
    for (const PersonnelJob &j : jobs) {
        out += '{';
        appendJsonString(out, "unit_code", j.unitCode);
        appendJsonString(out, "unit", j.unitName);
        appendJsonString(out, "regency", j.regencyCode);
        out += "\"category\":";
        out += QByteArray::number(j.sdmkCategory);
        out += ',';
        appendJsonString(out, "category_name", j.sdmkName);
        appendJsonString(out, "status", j.status);
        appendJsonString(out, "nip", j.nip);
        appendJsonString(out, "str", j.str);
        appendJsonString(out, "str_valid_until", j.strValidUntil);
        appendJsonString(out, "sip", j.sip);
        out.chop(1);
        out += "},";
    }
    if (out.size() > 1)
        out.chop(1);
    out += ']';
    return out;
}

} // namespace

QString PersonnelRepository::jobsToJson(const QList<PersonnelJob> &jobs)
{
    return QString::fromUtf8(jobsJsonUtf8(jobs));
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
    return db.transaction([&]() -> Status {
        for (const auto &[name, on] : secondaryIndexDefinitions()) {
            if (Status s = execSql(db, QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2").arg(name, on)); !s.ok())
                return s;
        }
        return {};
    });
}

// New NIK: the INSERT changes one row. Known NIK: the INSERT is ignored and the UPDATE changes
// the row only when the record is newer. Two statements at most, no separate look-up.
Result<UpsertCounts> PersonnelRepository::upsert(const QList<PersonnelRecord> &records, const QString &runId)
{
    StatementCache &cache = m_db.statementCache();
    Result<Stmt *> insert = cache.get(kInsertSql);
    Result<Stmt *> update = cache.get(kUpdateSql);
    for (const auto *r : {&insert, &update}) {
        if (!*r)
            return r->error();
    }
    UpsertCounts counts;
    Status st;
    for (const PersonnelRecord &rec : records) {
        Stmt &ins = *insert.value();
        {
            StmtReset reset(ins);
            bindRecord(ins, rec, runId);
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
        bindRecord(upd, rec, runId);
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
