// Counter-based randomness and calendar helpers for the SISDMK simulator.
#include "SimRandom.h"

#include <charconv>
#include <cstdio>

namespace sim {

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

Rng::Rng(std::uint64_t seed, std::uint64_t index, std::uint64_t salt)
    : m_state(splitmix64(seed ^ splitmix64(index ^ (salt * 0xD1B54A32D192ED03ULL))))
{
}

std::uint64_t Rng::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    return splitmix64(m_state);
}

std::uint32_t Rng::below(std::uint32_t bound)
{
    return bound == 0 ? 0 : static_cast<std::uint32_t>((next() >> 32) * bound >> 32);
}

double Rng::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool Rng::chance(double p)
{
    return unit() < p;
}

// Howard Hinnant's days-from-civil algorithms (public domain).
CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const auto y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d};
}

std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void appendPadded(std::string &out, std::uint64_t value, int width)
{
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    for (int n = static_cast<int>(res.ptr - buf); n < width; ++n)
        out.push_back('0');
    out.append(buf, res.ptr);
}

std::string isoDate(const CivilDate &d)
{
    std::string s;
    s.reserve(10);
    appendPadded(s, static_cast<std::uint64_t>(d.year), 4);
    s.push_back('-');
    appendPadded(s, d.month, 2);
    s.push_back('-');
    appendPadded(s, d.day, 2);
    return s;
}

static std::string timestamp(std::int64_t t, char sep, bool zulu)
{
    const std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    const std::int64_t secs = t - days * 86400;
    std::string s = isoDate(civilFromDays(days));
    s.push_back(sep);
    appendPadded(s, static_cast<std::uint64_t>(secs / 3600), 2);
    s.push_back(':');
    appendPadded(s, static_cast<std::uint64_t>(secs / 60 % 60), 2);
    s.push_back(':');
    appendPadded(s, static_cast<std::uint64_t>(secs % 60), 2);
    if (zulu)
        s.push_back('Z');
    return s;
}

std::string isoTimestamp(std::int64_t t)
{
    return timestamp(t, 'T', true);
}

std::string plainTimestamp(std::int64_t t)
{
    return timestamp(t, ' ', false);
}

static bool readInt(std::string_view s, std::size_t pos, std::size_t len, int &out)
{
    if (pos + len > s.size())
        return false;
    auto res = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return res.ec == std::errc() && res.ptr == s.data() + pos + len;
}

std::optional<std::int64_t> parseIsoUtc(std::string_view s)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
    if (!readInt(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !readInt(s, 5, 2, mo) || s[7] != '-'
        || !readInt(s, 8, 2, d))
        return std::nullopt;
    std::size_t pos = 10;
    if (s.size() > 10) {
        if ((s[10] != 'T' && s[10] != ' ') || !readInt(s, 11, 2, h) || s.size() < 19 || s[13] != ':'
            || !readInt(s, 14, 2, mi) || s[16] != ':' || !readInt(s, 17, 2, se))
            return std::nullopt;
        pos = 19;
        if (pos < s.size() && s[pos] == '.')
            for (++pos; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos) {}
        std::string_view zone = s.substr(pos);
        if (!zone.empty() && zone != "Z" && zone != "+00:00" && zone != "+0000")
            return std::nullopt;
    }
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 60)
        return std::nullopt;
    const auto days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    if (civilFromDays(days).day != static_cast<unsigned>(d))
        return std::nullopt;
    return days * 86400 + h * 3600 + mi * 60 + se;
}

} // namespace sim
