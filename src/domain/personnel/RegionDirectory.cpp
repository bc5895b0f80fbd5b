// Loads the Kemendagri region table and answers code look-ups for NIK checks and mapping.
#include "domain/personnel/RegionDirectory.h"

#include <QList>

namespace mt {

namespace {

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

std::optional<Region> parseLine(const QByteArray &line)
{
    // Names never contain commas in this dataset except when quoted; handle the quoted form.
    QList<QByteArray> cols;
    QByteArray cur;
    bool quoted = false;
    for (const char ch : line) {
        if (ch == '"')
            quoted = !quoted;
        else if (ch == ',' && !quoted) {
            cols.append(cur);
            cur.clear();
        } else
            cur.append(ch);
    }
    cols.append(cur);
    if (cols.size() != 5)
        return std::nullopt;
    Region r;
    r.code = QString::fromLatin1(cols[0].trimmed());
    bool okLevel = false;
    bool okFirst = false;
    bool okLast = false;
    r.level = cols[1].trimmed().toInt(&okLevel);
    r.name = QString::fromUtf8(cols[2].trimmed());
    r.firstDecreeYear = cols[3].trimmed().toInt(&okFirst);
    r.lastDecreeYear = cols[4].trimmed().toInt(&okLast);
    if (!okLevel || !okFirst || !okLast || r.code.isEmpty())
        return std::nullopt;
    return r;
}

} // namespace

Result<RegionDirectory> RegionDirectory::fromCsv(const QByteArray &csv)
{
    RegionDirectory dir;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const auto region = parseLine(line);
        if (!region)
            return Error::make(ErrorCode::Validation, QStringLiteral("regions"),
                               QStringLiteral("bad region line %1").arg(i + 1));
        if (region->level == 3)
            dir.m_districtDigits.insert(QString(region->code).remove(QLatin1Char('.')));
        dir.m_newestYear = std::max(dir.m_newestYear, region->lastDecreeYear);
        dir.m_regions.insert(region->code, *region);
    }
    if (dir.m_regions.isEmpty())
        return Error::make(ErrorCode::Validation, QStringLiteral("regions"), QStringLiteral("empty region table"));
    return dir;
}

bool RegionDirectory::isDistrictInAnyDecree(QStringView sixDigits) const
{
    return sixDigits.size() == 6 && m_districtDigits.contains(sixDigits.toString());
}

QString RegionDirectory::dotted(const QString &code)
{
    const QString digits = QString(code).remove(QLatin1Char('.'));
    if (!allDigits(digits))
        return {};
    switch (digits.size()) {
    case 2: return digits;
    case 4: return digits.left(2) + QLatin1Char('.') + digits.mid(2, 2);
    case 6: return digits.left(2) + QLatin1Char('.') + digits.mid(2, 2) + QLatin1Char('.') + digits.mid(4, 2);
    default: return {};
    }
}

std::optional<QString> RegionDirectory::mapCurrent(const QString &code) const
{
    const QString d = dotted(code.trimmed());
    const Region *r = find(d);
    if (!r || r->lastDecreeYear != m_newestYear)
        return std::nullopt;
    return d;
}

bool RegionDirectory::isRetired(const QString &code) const
{
    const Region *r = find(dotted(code.trimmed()));
    return r && r->lastDecreeYear != m_newestYear;
}

const Region *RegionDirectory::find(const QString &dottedCode) const
{
    const auto it = m_regions.constFind(dottedCode);
    return it == m_regions.constEnd() ? nullptr : &it.value();
}

qsizetype RegionDirectory::countAtLevel(int level, bool currentOnly) const
{
    qsizetype n = 0;
    for (const Region &r : m_regions) {
        if (r.level == level && (!currentOnly || r.lastDecreeYear == m_newestYear))
            ++n;
    }
    return n;
}

} // namespace mt
