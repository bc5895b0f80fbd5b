// SISDMK record validation and mapping, following the contract's rules field by field.
#include "domain/personnel/SisdmkMapper.h"

#include "domain/personnel/NikValidator.h"
#include "domain/personnel/RegionDirectory.h"

#include <QDateTime>
#include <QJsonArray>

namespace mt {

namespace {

using R = SisdmkRawRecord;

// Reads an optional string field; a present field of another type is a reason, not a guess.
QString text(const SisdmkField &f, const QString &key, QStringList &reasons, bool *present = nullptr)
{
    if (present)
        *present = f.type != SisdmkField::Type::Absent && f.type != SisdmkField::Type::Null;
    if (f.type == SisdmkField::Type::Absent || f.type == SisdmkField::Type::Null)
        return {};
    if (f.type != SisdmkField::Type::String) {
        const QString r = RecordReason::FieldType + QLatin1Char(':') + key;
        if (!reasons.contains(r))
            reasons.append(r);
        return {};
    }
    if (f.text.size() > SisdmkMapper::kMaxFieldLength) {
        reasons.append(RecordReason::FieldTooLong + QLatin1Char(':') + key);
        return {};
    }
    return f.text.trimmed();
}

QString text(const SisdmkRawRecord &r, R::Field f, QStringList &reasons, bool *present = nullptr)
{
    return text(r.fields[f], R::fieldNames()[f], reasons, present);
}

void addUnique(QStringList &list, const QStringList &more)
{
    for (const QString &s : more) {
        if (!list.contains(s))
            list.append(s);
    }
}

SisdmkField fieldOf(const QJsonValue &v)
{
    SisdmkField f;
    if (v.isUndefined())
        f.type = SisdmkField::Type::Absent;
    else if (v.isNull())
        f.type = SisdmkField::Type::Null;
    else if (v.isString())
        f = {SisdmkField::Type::String, v.toString()};
    else
        f.type = SisdmkField::Type::Other;
    return f;
}

int digits(QStringView s, qsizetype at, qsizetype n)
{
    int v = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// "YYYY-MM-DD" read by hand (QDate::fromString with a format string re-parses the format per call, a
// visible share of the mapping); any other shape goes to Qt, so the accepted set is Qt's.
QDate parseDate(const QString &s)
{
    if (s.size() == 10 && s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-')) {
        const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d); // invalid (2023-02-30, year 0) stays invalid, as with Qt's parser
    }
    return QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
}

// "YYYY-MM-DDTHH:MM:SSZ", the contract's form, by hand; every other ISO form through QDateTime.
std::optional<qint64> parseUtcMs(const QString &s)
{
    if (s.size() == 20 && s[10] == QLatin1Char('T') && s[13] == QLatin1Char(':') && s[16] == QLatin1Char(':')
        && s[19] == QLatin1Char('Z')) {
        const QDate d = parseDate(s.left(10));
        const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
        if (d.isValid() && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0 && sec < 60)
            return (d.toJulianDay() - 2440588) * 86400000LL + ((h * 60LL + mi) * 60LL + sec) * 1000LL;
    }
    const QDateTime ts = QDateTime::fromString(s, Qt::ISODate);
    if (!ts.isValid())
        return std::nullopt;
    return ts.toUTC().toMSecsSinceEpoch();
}

} // namespace

const std::array<QString, SisdmkRawRecord::FieldCount> &SisdmkRawRecord::fieldNames()
{
    static const std::array<QString, FieldCount> names{
        QStringLiteral("NIK"), QStringLiteral("NAMA"), QStringLiteral("JENIS_KELAMIN"), QStringLiteral("TANGGAL_LAHIR"),
        QStringLiteral("KODE_PROV"), QStringLiteral("KODE_KAB"), QStringLiteral("STATUS_AKTIF"),
        QStringLiteral("LAST_UPDATED"), QStringLiteral("ALAMAT"), QStringLiteral("TEMPAT_LAHIR")};
    return names;
}

const std::array<QString, SisdmkRawRecord::JobFieldCount> &SisdmkRawRecord::jobFieldNames()
{
    static const std::array<QString, JobFieldCount> names{
        QStringLiteral("KODE_UNIT"), QStringLiteral("UNIT"), QStringLiteral("KODE_KAB"), QStringLiteral("ID_JENIS_SDMK"),
        QStringLiteral("JENIS_SDMK"), QStringLiteral("STATUS"), QStringLiteral("NIP"), QStringLiteral("STR"),
        QStringLiteral("TANGGAL_AKHIR_STR"), QStringLiteral("SIP")};
    return names;
}

SisdmkRawRecord SisdmkRawRecord::fromJson(const QJsonObject &raw)
{
    SisdmkRawRecord r;
    for (int f = 0; f < FieldCount; ++f)
        r.fields[f] = fieldOf(raw.value(fieldNames()[f]));
    const QJsonValue jobs = raw.value(QStringLiteral("PEKERJAAN"));
    if (jobs.isUndefined() || jobs.isNull())
        return r;
    if (!jobs.isArray()) {
        r.jobsType = Jobs::NotArray;
        return r;
    }
    r.jobsType = Jobs::Array;
    for (const QJsonValue &v : jobs.toArray()) {
        const QJsonObject j = v.toObject(); // not an object: every field absent
        Job job;
        for (int f = 0; f < JobFieldCount; ++f)
            job[f] = fieldOf(j.value(jobFieldNames()[f]));
        r.jobs.append(job);
    }
    return r;
}

SisdmkMapper::SisdmkMapper(const RegionDirectory &regions)
    : m_regions(regions)
{
}

MappedRecord SisdmkMapper::map(const QJsonObject &raw, QDate today) const
{
    return map(SisdmkRawRecord::fromJson(raw), today);
}

MappedRecord SisdmkMapper::map(const SisdmkRawRecord &raw, QDate today) const
{
    MappedRecord out;
    mapIdentity(raw, today, out);
    mapRegion(raw, out);
    mapJobs(raw, out);

    const QString status = text(raw, R::StatusAktif, out.reasons);
    if (status == QLatin1String("AKTIF"))
        out.record.active = true;
    else if (status == QLatin1String("TIDAK AKTIF"))
        out.record.active = false;
    else
        out.reasons.append(RecordReason::StatusInvalid);

    const auto updated = parseUtcMs(text(raw, R::LastUpdated, out.reasons));
    if (!updated)
        out.reasons.append(RecordReason::LastUpdatedFormat);
    else
        out.record.lastUpdatedMs = *updated;
    out.record.address = text(raw, R::Alamat, out.reasons);
    out.record.birthPlace = text(raw, R::TempatLahir, out.reasons);
    return out;
}

void SisdmkMapper::mapIdentity(const SisdmkRawRecord &raw, QDate today, MappedRecord &out) const
{
    const SisdmkField &nikValue = raw.fields[R::Nik];
    const bool nikIsString = nikValue.type == SisdmkField::Type::String;
    if (!nikIsString)
        out.reasons.append(RecordReason::NikType);
    else
        out.record.nik = nikValue.text.trimmed();
    out.record.name = text(raw, R::Nama, out.reasons).simplified();
    if (out.record.name.isEmpty())
        out.reasons.append(RecordReason::NameEmpty);
    else if (out.record.name.size() > kMaxNameLength)
        out.reasons.append(RecordReason::NameTooLong);

    out.record.sex = text(raw, R::JenisKelamin, out.reasons).toUpper();
    if (!out.record.sex.isEmpty() && out.record.sex != QLatin1String("L") && out.record.sex != QLatin1String("P"))
        out.reasons.append(RecordReason::SexInvalid);

    bool hasBirth = false;
    const QString birth = text(raw, R::TanggalLahir, out.reasons, &hasBirth);
    if (hasBirth && !birth.isEmpty()) {
        const QDate d = parseDate(birth);
        if (d.isValid())
            out.record.birthDate = d;
        else
            out.reasons.append(RecordReason::BirthDateFormat);
    }
    if (!nikIsString)
        return;
    const NikCheck nik = NikValidator(m_regions).check(out.record.nik, today);
    addUnique(out.reasons, nik.reasons);
    if (nik.info)
        addUnique(out.reasons, NikValidator::crossCheck(*nik.info, out.record.sex, out.record.birthDate));
}

void SisdmkMapper::mapRegion(const SisdmkRawRecord &raw, MappedRecord &out) const
{
    const QString prov = text(raw, R::KodeProv, out.reasons);
    const QString kab = text(raw, R::KodeKab, out.reasons);
    const auto mappedProv = m_regions.mapCurrent(prov);
    const auto mappedKab = m_regions.mapCurrent(kab);
    if (!mappedProv)
        out.reasons.append(m_regions.isRetired(prov) ? RecordReason::RegionRetired : RecordReason::ProvinceUnknown);
    if (!mappedKab || RegionDirectory::dotted(kab).size() != 5)
        out.reasons.append(m_regions.isRetired(kab) ? RecordReason::RegionRetired : RecordReason::RegencyUnknown);
    if (mappedProv && mappedKab && !mappedKab->startsWith(*mappedProv + QLatin1Char('.')))
        out.reasons.append(RecordReason::RegencyOutsideProvince);
    out.record.provinceCode = mappedProv.value_or(QString());
    out.record.regencyCode = mappedKab.value_or(QString());
}

void SisdmkMapper::mapJobs(const SisdmkRawRecord &raw, MappedRecord &out)
{
    if (raw.jobsType == SisdmkRawRecord::Jobs::Absent)
        return;
    if (raw.jobsType == SisdmkRawRecord::Jobs::NotArray) {
        out.reasons.append(RecordReason::FieldType + QStringLiteral(":PEKERJAAN"));
        return;
    }
    const auto &names = SisdmkRawRecord::jobFieldNames();
    for (const SisdmkRawRecord::Job &j : raw.jobs) {
        PersonnelJob job;
        job.unitCode = text(j[R::KodeUnit], names[R::KodeUnit], out.reasons);
        job.unitName = text(j[R::Unit], names[R::Unit], out.reasons);
        job.regencyCode = RegionDirectory::dotted(text(j[R::JobKodeKab], names[R::JobKodeKab], out.reasons));
        const QString category = text(j[R::IdJenisSdmk], names[R::IdJenisSdmk], out.reasons);
        bool okCat = false;
        job.sdmkCategory = category.toInt(&okCat);
        if (!okCat || job.sdmkCategory < 1 || job.sdmkCategory > kSdmkCategoryCount)
            out.reasons.append(RecordReason::CategoryUnknown);
        job.sdmkName = text(j[R::JenisSdmk], names[R::JenisSdmk], out.reasons);
        job.status = text(j[R::JobStatus], names[R::JobStatus], out.reasons);
        job.nip = text(j[R::Nip], names[R::Nip], out.reasons);
        job.str = text(j[R::Str], names[R::Str], out.reasons);
        job.strValidUntil = text(j[R::TanggalAkhirStr], names[R::TanggalAkhirStr], out.reasons);
        job.sip = text(j[R::Sip], names[R::Sip], out.reasons);
        out.record.jobs.append(job);
    }
}

} // namespace mt
