// NIK structure checks against every Kemendagri decree's district codes.
#include "domain/personnel/NikValidator.h"

#include "domain/personnel/RegionDirectory.h"

namespace mt {

NikValidator::NikValidator(const RegionDirectory &regions)
    : m_regions(regions)
{
}

namespace {

bool isDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The NIK carries only two year digits: take 20YY unless that is in the future.
std::optional<QDate> birthDateOf(int dd, int mm, int yy, QDate today)
{
    QDate d(2000 + yy, mm, dd);
    if (!d.isValid() || d > today)
        d = QDate(1900 + yy, mm, dd);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace

NikCheck NikValidator::check(const QString &nik, QDate today) const
{
    NikCheck result;
    if (nik.size() != 16 || !isDigits(nik)) {
        result.reasons.append(NikReason::Format);
        return result;
    }
    NikInfo info;
    info.districtDigits = nik.left(6);
    if (!m_regions.isDistrictInAnyDecree(info.districtDigits))
        result.reasons.append(NikReason::District);
    int dd = nik.mid(6, 2).toInt();
    const int mm = nik.mid(8, 2).toInt();
    const int yy = nik.mid(10, 2).toInt();
    info.female = dd > 40;
    if (info.female)
        dd -= 40;
    const auto date = (dd >= 1 && dd <= 31) ? birthDateOf(dd, mm, yy, today) : std::nullopt;
    if (date)
        info.birthDate = *date;
    else
        result.reasons.append(NikReason::BirthDate);
    if (nik.mid(12, 4) == QLatin1String("0000"))
        result.reasons.append(NikReason::Serial);
    if (result.reasons.isEmpty())
        result.info = info;
    return result;
}

QStringList NikValidator::crossCheck(const NikInfo &info, const QString &sex, const std::optional<QDate> &birthDate)
{
    QStringList reasons;
    const QString s = sex.trimmed().toUpper();
    if ((s == QLatin1String("P") && !info.female) || (s == QLatin1String("L") && info.female))
        reasons.append(NikReason::SexMismatch);
    // Compare day, month and the two year digits: the century is the NIK's guess, not a fact.
    if (birthDate && (birthDate->day() != info.birthDate.day() || birthDate->month() != info.birthDate.month()
                      || birthDate->year() % 100 != info.birthDate.year() % 100))
        reasons.append(NikReason::BirthDateMismatch);
    return reasons;
}

} // namespace mt
