// Kemendagri region codes of every decree: NIK district prefixes and SISDMK-to-internal region mapping.
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace mt {

struct Region
{
    QString code;   // dotted internal form: "32", "32.05", "32.05.19"
    int level = 0;  // 1 province, 2 regency/city, 3 district
    QString name;
    int firstDecreeYear = 0;
    int lastDecreeYear = 0;
};

class RegionDirectory
{
public:
    // Parses the CSV shipped in resources/wilayah (header: code,level,name,first_decree_year,last_decree_year).
    static Result<RegionDirectory> fromCsv(const QByteArray &csv);

    // True when the six digits PPKKCC are a district code in any decree (retired ones too:
    // a NIK keeps the code of the place where it was issued).
    bool isDistrictInAnyDecree(QStringView sixDigits) const;
    // Maps an undotted or dotted province ("32") or regency ("3205", "32.05") code to the
    // internal dotted form, only when it is listed in the newest decree. Never guesses.
    std::optional<QString> mapCurrent(const QString &code) const;
    // Whether the code exists but was retired (e.g. Papua's 91.01 before the 2022 split).
    bool isRetired(const QString &code) const;
    const Region *find(const QString &dottedCode) const;
    int newestDecreeYear() const { return m_newestYear; }
    qsizetype size() const { return m_regions.size(); }
    qsizetype countAtLevel(int level, bool currentOnly) const;

    // "3205" -> "32.05", "320519" -> "32.05.19"; empty when not 2, 4 or 6 digits.
    static QString dotted(const QString &code);

private:
    QHash<QString, Region> m_regions;   // by dotted code
    QSet<QString> m_districtDigits;     // "320519"
    int m_newestYear = 0;
};

} // namespace mt
