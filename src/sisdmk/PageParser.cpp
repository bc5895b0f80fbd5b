// PageParser: a malformed page is a format change (run stops); a malformed record is quarantined.
#include "sisdmk/PageParser.h"

#include "domain/personnel/SisdmkMapper.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>
#include <functional>

#ifdef MT_HAVE_SIMDJSON
#include <simdjson.h>
#endif

namespace mt {

namespace {

ParsedPage formatError(const QString &why)
{
    ParsedPage p;
    p.kind = ParsedPage::Kind::Format;
    p.error = why;
    return p;
}

// Parses the bytes; invalid UTF-8 is replaced (U+FFFD) and reported instead of failing the page.
std::optional<QJsonDocument> parseDocument(const QByteArray &body, bool *sanitized, QString *error)
{
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    *sanitized = false;
    if (pe.error == QJsonParseError::IllegalUTF8String) {
        doc = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &pe);
        *sanitized = true;
    }
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON (%1 at offset %2 of %3 bytes)").arg(pe.errorString()).arg(pe.offset).arg(body.size());
        return std::nullopt;
    }
    return doc;
}

// Checks paging; returns an error text or empty.
QString readPaging(const QJsonObject &root, ParsedPage &p)
{
    const QJsonValue paging = root.value(QStringLiteral("paging"));
    if (!paging.isObject())
        return QStringLiteral("no paging object");
    const QJsonObject o = paging.toObject();
    const QJsonValue next = o.value(QStringLiteral("next_page"));
    if (next.isDouble() && next.toInt() > 0)
        p.nextPage = next.toInt();
    else if (!next.isNull())
        return QStringLiteral("paging.next_page is neither a page number nor null");
    p.total = qint64(o.value(QStringLiteral("total")).toDouble());
    p.perPage = o.value(QStringLiteral("per_page")).toInt();
    return {};
}

QString missingRequiredField(const QJsonArray &data)
{
    if (data.isEmpty())
        return {};
    for (const QString &field : PageParser::requiredFields()) {
        bool seen = false;
        for (const QJsonValue &v : data) {
            if (v.toObject().contains(field)) {
                seen = true;
                break;
            }
        }
        if (!seen)
            return field;
    }
    return {};
}

// Both (all) records sharing a NIK within one page are rejected: which one is right cannot be known.
void markDuplicates(const std::function<QByteArray(int)> &rawOf, const QList<int> &validIndex, ParsedPage &p)
{
    QHash<QString, int> seen;
    for (const PersonnelRecord &r : p.valid)
        ++seen[r.nik];
    for (const RejectedRecord &r : p.rejected) {
        if (!r.nik.isEmpty())
            ++seen[r.nik];
    }
    for (RejectedRecord &r : p.rejected) {
        if (!r.nik.isEmpty() && seen.value(r.nik) > 1 && !r.reasons.contains(RecordReason::DuplicateInPage))
            r.reasons.append(RecordReason::DuplicateInPage);
    }
    QList<PersonnelRecord> kept;
    for (qsizetype i = 0; i < p.valid.size(); ++i) {
        const QString &nik = p.valid.at(i).nik;
        if (seen.value(nik) <= 1) {
            kept.append(p.valid.at(i));
            continue;
        }
        p.rejected.append({nik, {RecordReason::DuplicateInPage}, rawOf(validIndex.at(i))});
    }
    p.valid = std::move(kept);
}

} // namespace

#ifdef MT_HAVE_SIMDJSON
namespace {

namespace sj = simdjson::dom;
using R = SisdmkRawRecord;

int recordField(std::string_view k)
{
    static const std::array<std::string_view, R::FieldCount> names{
        "NIK", "NAMA", "JENIS_KELAMIN", "TANGGAL_LAHIR", "KODE_PROV", "KODE_KAB", "STATUS_AKTIF", "LAST_UPDATED",
        "ALAMAT", "TEMPAT_LAHIR"};
    for (int f = 0; f < R::FieldCount; ++f) {
        if (names[f] == k)
            return f;
    }
    return k == "PEKERJAAN" ? R::FieldCount : -1;
}

int jobField(std::string_view k)
{
    static const std::array<std::string_view, R::JobFieldCount> names{
        "KODE_UNIT", "UNIT", "KODE_KAB", "ID_JENIS_SDMK", "JENIS_SDMK", "STATUS", "NIP", "STR", "TANGGAL_AKHIR_STR", "SIP"};
    for (int f = 0; f < R::JobFieldCount; ++f) {
        if (names[f] == k)
            return f;
    }
    return -1;
}

SisdmkField fieldOf(sj::element v)
{
    switch (v.type()) {
    case sj::element_type::NULL_VALUE: return {SisdmkField::Type::Null, {}};
    case sj::element_type::STRING: {
        const std::string_view sv = v.get_string().value_unsafe();
        return {SisdmkField::Type::String, QString::fromUtf8(sv.data(), qsizetype(sv.size()))};
    }
    default: return {SisdmkField::Type::Other, {}};
    }
}

// False when the record has a key twice (QJsonObject keeps one of them: leave such pages to the Qt path).
bool readRecord(sj::object obj, R &r, unsigned &present)
{
    unsigned seen = 0;
    for (const sj::key_value_pair kv : obj) {
        const int f = recordField(kv.key);
        if (f < 0)
            continue;
        if (seen & (1u << f))
            return false;
        seen |= 1u << f;
        if (f < R::FieldCount) {
            r.fields[f] = fieldOf(kv.value);
            continue;
        }
        if (kv.value.is_null())
            continue;
        sj::array jobs;
        if (kv.value.get_array().get(jobs) != simdjson::SUCCESS) {
            r.jobsType = R::Jobs::NotArray;
            continue;
        }
        r.jobsType = R::Jobs::Array;
        for (const sj::element j : jobs) {
            R::Job job;
            sj::object jo;
            if (j.get_object().get(jo) == simdjson::SUCCESS) {
                unsigned jobSeen = 0;
                for (const sj::key_value_pair jkv : jo) {
                    const int jf = jobField(jkv.key);
                    if (jf < 0)
                        continue;
                    if (jobSeen & (1u << jf))
                        return false;
                    jobSeen |= 1u << jf;
                    job[jf] = fieldOf(jkv.value);
                }
            }
            r.jobs.append(std::move(job));
        }
    }
    present |= seen;
    return true;
}

QByteArray compact(sj::element e)
{
    const std::string s = simdjson::minify(e);
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace
#endif

// The common page, fast: simdjson's DOM and one pass over each record's keys. Anything unusual (invalid
// UTF-8, a failed envelope, a record that is no object, a repeated key, a number simdjson refuses) returns
// nullopt and the page goes through parseQt, which owns every error message and edge case.
std::optional<ParsedPage> PageParser::parseFast(const QByteArray &body, const SisdmkMapper &mapper, QDate today)
{
#ifdef MT_HAVE_SIMDJSON
    static const bool disabled = qEnvironmentVariableIntValue("MEDTRACK_SISDMK_QT_PARSER") != 0;
    if (disabled)
        return std::nullopt;
    thread_local sj::parser parser; // reused: its buffers grow to the largest page once
    sj::object root;
    if (parser.parse(body.constData(), size_t(body.size())).get_object().get(root) != simdjson::SUCCESS)
        return std::nullopt;
    int64_t status = 0;
    sj::array data;
    sj::object paging;
    if (root["status"].get_int64().get(status) != simdjson::SUCCESS || status != 200
        || root["data"].get_array().get(data) != simdjson::SUCCESS
        || root["paging"].get_object().get(paging) != simdjson::SUCCESS)
        return std::nullopt;
    ParsedPage p;
    const auto next = paging["next_page"];
    int64_t nextPage = 0;
    if (next.is_null())
        p.nextPage.reset();
    else if (next.get_int64().get(nextPage) == simdjson::SUCCESS && nextPage > 0 && nextPage <= INT_MAX)
        p.nextPage = int(nextPage);
    else
        return std::nullopt;
    int64_t total = 0, perPage = 0;
    if (paging["total"].get_int64().get(total) != simdjson::SUCCESS
        || paging["per_page"].get_int64().get(perPage) != simdjson::SUCCESS || perPage > INT_MAX || perPage < INT_MIN)
        return std::nullopt;
    p.total = total;
    p.perPage = int(perPage);

    std::vector<sj::element> elements;
    unsigned present = 0;
    QList<int> validIndex;
    for (const sj::element e : data) {
        sj::object obj;
        if (e.get_object().get(obj) != simdjson::SUCCESS)
            return std::nullopt;
        R raw;
        if (!readRecord(obj, raw, present))
            return std::nullopt;
        const int idx = int(elements.size());
        elements.push_back(e);
        MappedRecord m = mapper.map(raw, today);
        if (m.ok()) {
            p.valid.append(std::move(m.record));
            validIndex.append(idx);
            continue;
        }
        const QString nik = raw.fields[R::Nik].type == SisdmkField::Type::String ? m.record.nik : QString();
        p.rejected.append({nik, m.reasons, compact(e)});
    }
    if (!elements.empty()) {
        for (const QString &field : requiredFields()) {
            const int f = recordField(field.toStdString());
            if (f >= 0 && f < R::FieldCount && !(present & (1u << f)))
                return formatError(QStringLiteral("field %1 missing from every record").arg(field));
        }
    }
    p.received = qint64(elements.size());
    markDuplicates([&elements](int idx) { return compact(elements[size_t(idx)]); }, validIndex, p);
    return p;
#else
    Q_UNUSED(body);
    Q_UNUSED(mapper);
    Q_UNUSED(today);
    return std::nullopt;
#endif
}

const QStringList &PageParser::requiredFields()
{
    static const QStringList f{QStringLiteral("NIK"), QStringLiteral("NAMA"), QStringLiteral("STATUS_AKTIF"),
                               QStringLiteral("LAST_UPDATED"), QStringLiteral("KODE_PROV"), QStringLiteral("KODE_KAB")};
    return f;
}

ParsedPage PageParser::parse(const QByteArray &body, const SisdmkMapper &mapper, QDate today)
{
    if (auto fast = parseFast(body, mapper, today))
        return std::move(*fast);
    return parseQt(body, mapper, today);
}

ParsedPage PageParser::parseQt(const QByteArray &body, const SisdmkMapper &mapper, QDate today)
{
    bool sanitized = false;
    QString error;
    const auto doc = parseDocument(body, &sanitized, &error);
    if (!doc)
        return formatError(error);
    if (!doc->isObject())
        return formatError(QStringLiteral("answer is not a JSON object"));
    const QJsonObject root = doc->object();
    const int status = root.value(QStringLiteral("status")).toInt();
    if (status == 401) {
        ParsedPage p;
        p.kind = ParsedPage::Kind::Auth;
        p.error = QStringLiteral("envelope status 401: ") + root.value(QStringLiteral("message")).toString().left(200);
        return p;
    }
    if (status != 200)
        return formatError(QStringLiteral("envelope status %1").arg(status));
    const QJsonValue dataValue = root.value(QStringLiteral("data"));
    if (!dataValue.isArray())
        return formatError(QStringLiteral("no data array"));
    ParsedPage p;
    if (const QString e = readPaging(root, p); !e.isEmpty())
        return formatError(e);
    const QJsonArray data = dataValue.toArray();
    if (const QString gone = missingRequiredField(data); !gone.isEmpty())
        return formatError(QStringLiteral("field %1 missing from every record").arg(gone));
    p.received = data.size();
    QList<int> validIndex; // position in `data` of each valid record
    for (int idx = 0; idx < data.size(); ++idx) {
        const QJsonValue v = data.at(idx);
        if (!v.isObject()) {
            p.rejected.append({{}, {NotObject}, QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)});
            continue;
        }
        const QJsonObject obj = v.toObject();
        MappedRecord m = mapper.map(obj, today);
        QByteArray raw;
        if (sanitized) {
            raw = QJsonDocument(obj).toJson(QJsonDocument::Compact);
            if (QString::fromUtf8(raw).contains(QChar(0xFFFD)))
                m.reasons.append(InvalidUtf8);
        }
        if (m.ok()) {
            p.valid.append(std::move(m.record));
            validIndex.append(idx);
            continue;
        }
        if (raw.isEmpty())
            raw = QJsonDocument(obj).toJson(QJsonDocument::Compact);
        const QString nik = obj.value(QStringLiteral("NIK")).isString() ? m.record.nik : QString();
        p.rejected.append({nik, m.reasons, raw});
    }
    markDuplicates([&data](int idx) { return QJsonDocument(data.at(idx).toObject()).toJson(QJsonDocument::Compact); },
                   validIndex, p);
    return p;
}

} // namespace mt
