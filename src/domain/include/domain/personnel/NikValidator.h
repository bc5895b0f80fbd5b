// NIK (Indonesian national identity number) structure checks: PPKKCC DDMMYY SSSS.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

class RegionDirectory;

// Reason keys (stable: stored in quarantine, translated for display).
namespace NikReason {
inline const QString Format = QStringLiteral("nik_format");               // not 16 digits
inline const QString District = QStringLiteral("nik_district_unknown");   // PPKKCC in no decree
inline const QString BirthDate = QStringLiteral("nik_birth_date_invalid"); // DDMMYY is no real date
inline const QString Serial = QStringLiteral("nik_serial_invalid");       // SSSS = 0000
inline const QString SexMismatch = QStringLiteral("nik_sex_mismatch");
inline const QString BirthDateMismatch = QStringLiteral("nik_birth_date_mismatch");
} // namespace NikReason

struct NikInfo
{
    QString districtDigits; // "320519"
    QDate birthDate;        // century chosen so the date is not in the future
    bool female = false;    // day encoded as day + 40
};

struct NikCheck
{
    std::optional<NikInfo> info; // set when the structure is valid
    QStringList reasons;         // empty when valid
    bool ok() const { return reasons.isEmpty(); }
};

class NikValidator
{
public:
    explicit NikValidator(const RegionDirectory &regions);
    NikCheck check(const QString &nik, QDate today) const;
    // Cross-checks the record's own sex ("L"/"P") and birth date with the NIK; only fields
    // that are present are compared. Returns reason keys.
    static QStringList crossCheck(const NikInfo &info, const QString &sex, const std::optional<QDate> &birthDate);

private:
    const RegionDirectory &m_regions;
};

} // namespace mt
