// PageParser: a malformed page is a format change (run stops); a malformed record is quarantined.
#include "sync/PageParser.h"

#include "domain/personnel/SisdmkMapper.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
void markDuplicates(const QJsonArray &data, const QList<int> &validIndex, ParsedPage &p)
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
        const QByteArray raw = QJsonDocument(data.at(validIndex.at(i)).toObject()).toJson(QJsonDocument::Compact);
        p.rejected.append({nik, {RecordReason::DuplicateInPage}, raw});
    }
    p.valid = std::move(kept);
}

} // namespace

const QStringList &PageParser::requiredFields()
{
    static const QStringList f{QStringLiteral("NIK"), QStringLiteral("NAMA"), QStringLiteral("STATUS_AKTIF"),
                               QStringLiteral("LAST_UPDATED"), QStringLiteral("KODE_PROV"), QStringLiteral("KODE_KAB")};
    return f;
}

ParsedPage PageParser::parse(const QByteArray &body, const SisdmkMapper &mapper, QDate today)
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
    markDuplicates(data, validIndex, p);
    return p;
}

} // namespace mt
