// Validates one SISDMK person record and maps it to PersonnelRecord, or lists every reason it is rejected.
#pragma once

#include "domain/personnel/Personnel.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace mt {

class RegionDirectory;

// Reason keys for quarantine (stable; translated for display).
namespace RecordReason {
inline const QString NikType = QStringLiteral("nik_type");
inline const QString NameEmpty = QStringLiteral("name_empty");
inline const QString NameTooLong = QStringLiteral("name_too_long");
inline const QString FieldType = QStringLiteral("field_type");           // a field with the wrong JSON type
inline const QString FieldTooLong = QStringLiteral("field_too_long");
inline const QString StatusInvalid = QStringLiteral("status_aktif_invalid");
inline const QString SexInvalid = QStringLiteral("sex_invalid");
inline const QString BirthDateFormat = QStringLiteral("birth_date_format"); // not a real YYYY-MM-DD
inline const QString ProvinceUnknown = QStringLiteral("province_unknown");
inline const QString RegencyUnknown = QStringLiteral("regency_unknown");
inline const QString RegionRetired = QStringLiteral("region_retired");
inline const QString RegencyOutsideProvince = QStringLiteral("regency_outside_province");
inline const QString LastUpdatedFormat = QStringLiteral("last_updated_format");
inline const QString CategoryUnknown = QStringLiteral("sdmk_category_unknown");
inline const QString DuplicateInPage = QStringLiteral("duplicate_nik_in_page");
} // namespace RecordReason

// The fields of one SISDMK record as the mapper reads them, whatever parsed the JSON (QJsonDocument
// for tests and odd pages, simdjson on the ETL's fast path): absent, null, a string, or another type.
struct SisdmkField
{
    enum class Type : quint8 { Absent, Null, String, Other };
    Type type = Type::Absent;
    QString text; // when String
};

struct SisdmkRawRecord
{
    enum Field { Nik, Nama, JenisKelamin, TanggalLahir, KodeProv, KodeKab, StatusAktif, LastUpdated, Alamat,
                 TempatLahir, FieldCount };
    enum JobField { KodeUnit, Unit, JobKodeKab, IdJenisSdmk, JenisSdmk, JobStatus, Nip, Str, TanggalAkhirStr, Sip,
                    JobFieldCount };
    using Job = std::array<SisdmkField, JobFieldCount>; // a job that is no object: every field absent
    std::array<SisdmkField, FieldCount> fields;
    enum class Jobs : quint8 { Absent, Array, NotArray }; // PEKERJAAN (null counts as absent)
    Jobs jobsType = Jobs::Absent;
    QList<Job> jobs;

    static const std::array<QString, FieldCount> &fieldNames();
    static const std::array<QString, JobFieldCount> &jobFieldNames();
    static SisdmkRawRecord fromJson(const QJsonObject &raw);
};

struct MappedRecord
{
    PersonnelRecord record;
    QStringList reasons; // empty = valid
    bool ok() const { return reasons.isEmpty(); }
};

class SisdmkMapper
{
public:
    explicit SisdmkMapper(const RegionDirectory &regions);
    MappedRecord map(const QJsonObject &raw, QDate today) const;
    MappedRecord map(const SisdmkRawRecord &raw, QDate today) const;

    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxFieldLength = 1000;

private:
    void mapIdentity(const SisdmkRawRecord &raw, QDate today, MappedRecord &out) const;
    void mapRegion(const SisdmkRawRecord &raw, MappedRecord &out) const;
    static void mapJobs(const SisdmkRawRecord &raw, MappedRecord &out);

    const RegionDirectory &m_regions;
};

} // namespace mt
