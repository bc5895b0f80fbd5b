// Incident numbers: site code rule, format, strict parse, and the fallback for incidents opened before numbers.
#include "domain/IncidentNumber.h"

namespace mt {

namespace {

constexpr int kMinDigits = 4;
constexpr int kFallbackHexDigits = 8;

// ASCII only, exactly as SQLite's upper() (sql/008_incident_numbers.sql fills old rows with it).
QString asciiUpper(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            c = QChar(c.unicode() - 'a' + 'A');
    }
    return out;
}

} // namespace

QString IncidentNumber::siteCode(const QString &siteId)
{
    return asciiUpper(siteId);
}

QString IncidentNumber::format(const QString &siteCode, qint64 sequence)
{
    return siteCode + QLatin1Char('-') + QStringLiteral("%1").arg(sequence, kMinDigits, 10, QLatin1Char('0'));
}

std::optional<IncidentNumber::Parts> IncidentNumber::parse(const QString &number)
{
    const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0)
        return std::nullopt;
    const QString digits = number.mid(dash + 1);
    bool ok = false;
    const qint64 sequence = digits.toLongLong(&ok);
    if (!ok || sequence <= 0 || digits.size() > 18)
        return std::nullopt;
    Parts parts{number.left(dash), sequence};
    if (format(parts.siteCode, sequence) != number || siteCode(parts.siteCode) != parts.siteCode)
        return std::nullopt; // only the canonical form: one incident, one spelling
    return parts;
}

QString IncidentNumber::fallback(const QString &incidentId, const QString &siteId)
{
    return siteCode(siteId) + QLatin1Char('-') + asciiUpper(incidentId.right(kFallbackHexDigits));
}

IncidentNumber::Given IncidentNumber::ofOpened(const Event &opened)
{
    const QString number = opened.payload.value(QStringLiteral("number")).toString();
    if (const auto parts = parse(number); parts && parts->siteCode == siteCode(opened.siteId))
        return Given{number, parts->sequence};
    return Given{fallback(opened.entityId, opened.siteId), 0};
}

QString IncidentNumber::normalised(const QString &typed)
{
    return asciiUpper(typed.trimmed());
}

} // namespace mt
