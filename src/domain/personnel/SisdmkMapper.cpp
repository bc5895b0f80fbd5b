// SISDMK record validation and mapping, following the contract's rules field by field.
#include "domain/personnel/SisdmkMapper.h"

#include "domain/personnel/NikValidator.h"
#include "domain/personnel/RegionDirectory.h"

#include <QDateTime>
#include <QJsonArray>

namespace mt {

namespace {

// Reads an optional string field; a present field of another type is a reason, not a guess.
QString text(const QJsonObject &o, const QString &key, QStringList &reasons, bool *present = nullptr)
{
    const QJsonValue v = o.value(key);
    if (present)
        *present = !v.isUndefined() && !v.isNull();
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        const QString r = RecordReason::FieldType + QLatin1Char(':') + key;
        if (!reasons.contains(r))
            reasons.append(r);
        return {};
    }
    const QString s = v.toString();
    if (s.size() > SisdmkMapper::kMaxFieldLength) {
        reasons.append(RecordReason::FieldTooLong + QLatin1Char(':') + key);
        return {};
    }
    return s.trimmed();
}

void addUnique(QStringList &list, const QStringList &more)
{
    for (const QString &s : more) {
        if (!list.contains(s))
            list.append(s);
    }
}

} // namespace

SisdmkMapper::SisdmkMapper(const RegionDirectory &regions)
    : m_regions(regions)
{
}

MappedRecord SisdmkMapper::map(const QJsonObject &raw, QDate today) const
{
    MappedRecord out;
    mapIdentity(raw, today, out);
    mapRegion(raw, out);
    mapJobs(raw, out);

    const QString status = text(raw, QStringLiteral("STATUS_AKTIF"), out.reasons);
    if (status == QLatin1String("AKTIF"))
        out.record.active = true;
    else if (status == QLatin1String("TIDAK AKTIF"))
        out.record.active = false;
    else
        out.reasons.append(RecordReason::StatusInvalid);

    const QString updated = text(raw, QStringLiteral("LAST_UPDATED"), out.reasons);
    const QDateTime ts = QDateTime::fromString(updated, Qt::ISODate);
    if (!ts.isValid())
        out.reasons.append(RecordReason::LastUpdatedFormat);
    else
        out.record.lastUpdatedMs = ts.toUTC().toMSecsSinceEpoch();
    out.record.address = text(raw, QStringLiteral("ALAMAT"), out.reasons);
    out.record.birthPlace = text(raw, QStringLiteral("TEMPAT_LAHIR"), out.reasons);
    return out;
}

void SisdmkMapper::mapIdentity(const QJsonObject &raw, QDate today, MappedRecord &out) const
{
    const QJsonValue nikValue = raw.value(QStringLiteral("NIK"));
    if (!nikValue.isString()) {
        out.reasons.append(RecordReason::NikType);
    } else {
        out.record.nik = nikValue.toString().trimmed();
    }
    out.record.name = text(raw, QStringLiteral("NAMA"), out.reasons).simplified();
    if (out.record.name.isEmpty())
        out.reasons.append(RecordReason::NameEmpty);
    else if (out.record.name.size() > kMaxNameLength)
        out.reasons.append(RecordReason::NameTooLong);

    out.record.sex = text(raw, QStringLiteral("JENIS_KELAMIN"), out.reasons).toUpper();
    if (!out.record.sex.isEmpty() && out.record.sex != QLatin1String("L") && out.record.sex != QLatin1String("P"))
        out.reasons.append(RecordReason::SexInvalid);

    bool hasBirth = false;
    const QString birth = text(raw, QStringLiteral("TANGGAL_LAHIR"), out.reasons, &hasBirth);
    if (hasBirth && !birth.isEmpty()) {
        const QDate d = QDate::fromString(birth, QStringLiteral("yyyy-MM-dd"));
        if (d.isValid())
            out.record.birthDate = d;
        else
            out.reasons.append(RecordReason::BirthDateFormat);
    }
    if (!nikValue.isString())
        return;
    const NikCheck nik = NikValidator(m_regions).check(out.record.nik, today);
    addUnique(out.reasons, nik.reasons);
    if (nik.info)
        addUnique(out.reasons, NikValidator::crossCheck(*nik.info, out.record.sex, out.record.birthDate));
}

void SisdmkMapper::mapRegion(const QJsonObject &raw, MappedRecord &out) const
{
    const QString prov = text(raw, QStringLiteral("KODE_PROV"), out.reasons);
    const QString kab = text(raw, QStringLiteral("KODE_KAB"), out.reasons);
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

void SisdmkMapper::mapJobs(const QJsonObject &raw, MappedRecord &out)
{
    const QJsonValue jobsValue = raw.value(QStringLiteral("PEKERJAAN"));
    if (jobsValue.isUndefined() || jobsValue.isNull())
        return;
    if (!jobsValue.isArray()) {
        out.reasons.append(RecordReason::FieldType + QStringLiteral(":PEKERJAAN"));
        return;
    }
    for (const QJsonValue &v : jobsValue.toArray()) {
        const QJsonObject j = v.toObject();
        PersonnelJob job;
        job.unitCode = text(j, QStringLiteral("KODE_UNIT"), out.reasons);
        job.unitName = text(j, QStringLiteral("UNIT"), out.reasons);
        job.regencyCode = RegionDirectory::dotted(text(j, QStringLiteral("KODE_KAB"), out.reasons));
        const QString category = text(j, QStringLiteral("ID_JENIS_SDMK"), out.reasons);
        bool okCat = false;
        job.sdmkCategory = category.toInt(&okCat);
        if (!okCat || job.sdmkCategory < 1 || job.sdmkCategory > kSdmkCategoryCount)
            out.reasons.append(RecordReason::CategoryUnknown);
        job.sdmkName = text(j, QStringLiteral("JENIS_SDMK"), out.reasons);
        job.status = text(j, QStringLiteral("STATUS"), out.reasons);
        job.nip = text(j, QStringLiteral("NIP"), out.reasons);
        job.str = text(j, QStringLiteral("STR"), out.reasons);
        job.strValidUntil = text(j, QStringLiteral("TANGGAL_AKHIR_STR"), out.reasons);
        job.sip = text(j, QStringLiteral("SIP"), out.reasons);
        out.record.jobs.append(job);
    }
}

} // namespace mt
