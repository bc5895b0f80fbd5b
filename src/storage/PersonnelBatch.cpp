// PersonnelBatch: a page of personnel records as the upsert binds them, built on the parse thread.
#include "storage/PersonnelBatch.h"

#include <QDate>

namespace mt {

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

} // namespace

// Hand-written, straight to UTF-8 (this runs once per stored row): QJsonObject building, then a
// QString built and converted, were a visible share of the write.
QByteArray PersonnelBatch::jobsJson(const QList<PersonnelJob> &jobs)
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

PersonnelBatch PersonnelBatch::encode(const QList<PersonnelRecord> &records)
{
    PersonnelBatch b;
    b.m_rows.reserve(records.size());
    b.m_bytes.reserve(records.size() * 640);
    const auto put = [&b](Span &span, const QByteArray &utf8) {
        span.offset = int(b.m_bytes.size());
        span.length = int(utf8.size());
        b.m_bytes += utf8;
    };
    for (const PersonnelRecord &r : records) {
        Row row;
        put(row.text[Nik], r.nik.toUtf8());
        put(row.text[Name], r.name.toUtf8());
        put(row.text[Sex], r.sex.toUtf8());
        put(row.text[BirthDate], r.birthDate ? r.birthDate->toString(Qt::ISODate).toUtf8() : QByteArray());
        put(row.text[BirthPlace], r.birthPlace.toUtf8());
        put(row.text[Province], r.provinceCode.toUtf8());
        put(row.text[Regency], r.regencyCode.toUtf8());
        put(row.text[Address], r.address.toUtf8());
        QByteArray cats;
        if (!r.jobs.isEmpty()) {
            cats += ',';
            for (const PersonnelJob &j : r.jobs) {
                cats += QByteArray::number(j.sdmkCategory);
                cats += ',';
            }
        }
        put(row.text[Categories], cats);
        put(row.text[FacilityCode], r.jobs.isEmpty() ? QByteArray() : r.jobs.first().unitCode.toUtf8());
        put(row.text[FacilityName], r.jobs.isEmpty() ? QByteArray() : r.jobs.first().unitName.toUtf8());
        put(row.text[JobsJson], jobsJson(r.jobs));
        row.active = r.active ? 1 : 0;
        row.lastUpdatedMs = r.lastUpdatedMs;
        row.categoryId = r.jobs.isEmpty() ? 0 : r.jobs.first().sdmkCategory;
        b.m_rows.append(row);
    }
    return b;
}

} // namespace mt
