// Counter-based randomness and calendar helpers: every draw is a pure function of (seed, index, stream).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sim {

std::uint64_t splitmix64(std::uint64_t x);

// A tiny stream seeded from (seed, index, salt); draws are reproducible per record.
class Rng
{
public:
    Rng(std::uint64_t seed, std::uint64_t index, std::uint64_t salt);
    std::uint64_t next();
    std::uint32_t below(std::uint32_t bound);   // uniform in [0, bound)
    double unit();                               // uniform in [0, 1)
    bool chance(double p);

private:
    std::uint64_t m_state;
};

struct CivilDate
{
    int year;
    unsigned month;
    unsigned day;
};

CivilDate civilFromDays(std::int64_t days);
std::int64_t daysFromCivil(int year, unsigned month, unsigned day);
std::string isoDate(const CivilDate &d);                 // YYYY-MM-DD
std::string isoTimestamp(std::int64_t unixSeconds);      // YYYY-MM-DDTHH:MM:SSZ
std::string plainTimestamp(std::int64_t unixSeconds);    // YYYY-MM-DD HH:MM:SS
// Accepts YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS[.fff][Z|+00:00] and a space instead of T.
std::optional<std::int64_t> parseIsoUtc(std::string_view text);
void appendPadded(std::string &out, std::uint64_t value, int width);

} // namespace sim
