// The simulated national SDMK dataset: record i is a pure function of (seed, i); a compact index orders it.
#include "Dataset.h"

#include <algorithm>
#include <mutex>

namespace sim {
namespace {

constexpr std::uint64_t kSaltCore = 1;
constexpr std::uint64_t kSaltIdentity = 2;
constexpr std::uint64_t kSaltTouch = 5;
constexpr std::uint32_t kTwoYears = 730U * 86400U;

// Corrupts a well-formed NIK the way real feeds do; the kind belongs to the person's record.
void corruptNik(std::string &nik, Kind kind, std::uint8_t variant, bool female)
{
    switch (kind) {
    case Kind::BadDistrict: nik.replace(4, 2, "00"); break;
    case Kind::BadDate: nik.replace(6, 4, female ? "7002" : "3002"); break;
    case Kind::Serial0000: nik.replace(12, 4, "0000"); break;
    case Kind::BadShape:
        if (variant % 2 == 0)
            nik.pop_back();
        else
            nik[9] = 'O';
        break;
    default: break;
    }
}

std::uint64_t nikNumber(const std::string &nik)
{
    std::uint64_t n = 0;
    for (char c : nik)
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    return n;
}

} // namespace

Dataset::Dataset(const Regions &regions, DatasetConfig config)
    : m_regions(regions), m_config(config)
{
    double total = 0;
    for (const auto &c : sdmkCategories()) {
        total += c.weightPercent;
        m_categoryCumulative.push_back(total);
    }
    for (double &c : m_categoryCumulative)
        c /= total;
}

const Regions &Dataset::regions() const { return m_regions; }
const DatasetConfig &Dataset::config() const { return m_config; }

Core Dataset::core(std::uint32_t i) const
{
    Rng r(m_config.seed, i, kSaltCore);
    Core c{};
    c.regency = static_cast<std::uint32_t>(m_regions.pickRegency(r.unit()));
    c.baseTime = static_cast<std::uint32_t>(m_config.epoch - 1 - r.below(kTwoYears));
    c.kind = Kind::Good;
    if (r.chance(m_config.badShare))
        c.kind = static_cast<Kind>(1 + r.below(kBadKinds));
    c.variant = static_cast<std::uint8_t>(r.below(4));
    return c;
}

std::uint32_t Dataset::personOf(std::uint32_t i) const
{
    auto it = m_twin.find(i);
    return it == m_twin.end() ? i : it->second;
}

Identity Dataset::identity(std::uint32_t person) const
{
    const Core c = core(person);
    Rng r(m_config.seed, person, kSaltIdentity);
    const auto cats = sdmkCategories();
    auto cat = std::upper_bound(m_categoryCumulative.begin(), m_categoryCumulative.end(), r.unit());
    Identity id{};
    id.category = &cats[static_cast<std::size_t>(std::min<std::ptrdiff_t>(
        cat - m_categoryCumulative.begin(), static_cast<std::ptrdiff_t>(cats.size()) - 1))];
    id.female = r.chance(id.category->femaleShare);
    const std::int64_t ageDays = 21 * 365 + r.below(39 * 365);
    id.birth = civilFromDays(m_config.epoch / 86400 - ageDays);
    const Regency &reg = m_regions.regencies()[c.regency];
    const bool old = !reg.oldDistricts.empty() && r.chance(0.35);
    const auto &pool = old || reg.districts.empty() ? reg.oldDistricts : reg.districts;
    id.district = pool.empty() ? nullptr : &pool[r.below(static_cast<std::uint32_t>(pool.size()))];
    std::uint32_t serial = 1 + r.below(r.chance(0.9) ? 400 : 9999);
    if (auto fix = m_serialFix.find(person); fix != m_serialFix.end())
        serial = fix->second;
    id.nik = id.district ? id.district->code6 : reg.code4 + "01";
    appendPadded(id.nik, id.birth.day + (id.female ? 40U : 0U), 2);
    appendPadded(id.nik, id.birth.month, 2);
    appendPadded(id.nik, static_cast<std::uint64_t>(id.birth.year % 100), 2);
    appendPadded(id.nik, serial, 4);
    corruptNik(id.nik, c.kind, c.variant, id.female);
    return id;
}

bool Dataset::less(const Entry &a, const Entry &b) const
{
    if (a.t != b.t)
        return a.t < b.t;
    const std::string na = identity(personOf(a.idx)).nik;
    const std::string nb = identity(personOf(b.idx)).nik;
    return na != nb ? na < nb : a.idx < b.idx;
}

void Dataset::build()
{
    std::vector<std::uint32_t> counts(m_regions.regencies().size(), 0);
    linkTwinsAndCount(counts);
    fixSerialCollisions();
    fillRegencyIndex(std::move(counts));
    fillProvinceIndex();
}

// A duplicate is the same person as the previous record of its regency, so both share a page.
void Dataset::linkTwinsAndCount(std::vector<std::uint32_t> &counts)
{
    constexpr std::uint32_t kNone = UINT32_MAX;
    std::vector<std::uint32_t> last(counts.size(), kNone);
    for (std::uint32_t i = 0; i < m_config.workers; ++i) {
        const Core c = core(i);
        if (c.kind == Kind::DupNik && last[c.regency] != kNone)
            m_twin[i] = personOf(last[c.regency]);
        last[c.regency] = i;
        ++counts[c.regency];
    }
}

// Random serials can collide (same district, birthday and serial); real NIKs never do.
void Dataset::fixSerialCollisions()
{
    std::vector<std::pair<std::uint64_t, std::uint32_t>> niks;
    niks.reserve(m_config.workers);
    for (std::uint32_t i = 0; i < m_config.workers; ++i) {
        const Kind k = core(i).kind;
        if (k != Kind::BadShape && k != Kind::Serial0000 && personOf(i) == i)
            niks.emplace_back(nikNumber(identity(i).nik), i);
    }
    std::sort(niks.begin(), niks.end());
    std::unordered_map<std::uint64_t, std::uint32_t> extra;
    auto taken = [&](std::uint64_t n) {
        return extra.count(n) > 0
            || std::binary_search(niks.begin(), niks.end(), std::make_pair(n, 0U),
                                  [](const auto &a, const auto &b) { return a.first < b.first; });
    };
    for (std::size_t k = 1; k < niks.size(); ++k) {
        if (niks[k].first != niks[k - 1].first)
            continue;
        const std::uint64_t base = niks[k].first - niks[k].first % 10000;
        for (std::uint16_t s = 9999; s > 0; --s) {
            if (!taken(base + s)) {
                m_serialFix[niks[k].second] = s;
                extra.emplace(base + s, niks[k].second);
                break;
            }
        }
    }
}

void Dataset::fillRegencyIndex(std::vector<std::uint32_t> counts)
{
    m_regencyStart.assign(counts.size() + 1, 0);
    for (std::size_t r = 0; r < counts.size(); ++r)
        m_regencyStart[r + 1] = m_regencyStart[r] + counts[r];
    m_byRegency.resize(m_config.workers);
    std::vector<std::uint32_t> cursor(m_regencyStart.begin(), m_regencyStart.end() - 1);
    for (std::uint32_t i = 0; i < m_config.workers; ++i) {
        const Core c = core(i);
        const std::uint32_t p = personOf(i);
        const std::uint32_t t = p == i ? c.baseTime : core(p).baseTime;
        m_byRegency[cursor[c.regency]++] = {t, i};
    }
    auto cmp = [this](const Entry &a, const Entry &b) { return less(a, b); };
    for (std::size_t r = 0; r < counts.size(); ++r)
        std::sort(m_byRegency.begin() + m_regencyStart[r], m_byRegency.begin() + m_regencyStart[r + 1], cmp);
}

void Dataset::fillProvinceIndex()
{
    const auto &provs = m_regions.provinces();
    m_provinceStart.assign(provs.size() + 1, 0);
    m_byProvince.clear();
    m_byProvince.reserve(m_byRegency.size());
    auto cmp = [this](const Entry &a, const Entry &b) { return less(a, b); };
    for (std::size_t p = 0; p < provs.size(); ++p) {
        for (int r : provs[p].regencies)
            m_byProvince.insert(m_byProvince.end(), m_byRegency.begin() + m_regencyStart[static_cast<std::size_t>(r)],
                                m_byRegency.begin() + m_regencyStart[static_cast<std::size_t>(r) + 1]);
        m_provinceStart[p + 1] = static_cast<std::uint32_t>(m_byProvince.size());
        std::sort(m_byProvince.begin() + m_provinceStart[p], m_byProvince.end(), cmp);
    }
}

Slice Dataset::query(Scope scope, std::uint32_t since, std::uint64_t offset, std::uint32_t limit) const
{
    std::shared_lock lock(m_mutex);
    const auto &entries = scope.province ? m_byProvince : m_byRegency;
    const auto &starts = scope.province ? m_provinceStart : m_regencyStart;
    const auto idx = static_cast<std::size_t>(scope.index);
    auto begin = entries.begin() + starts[idx];
    auto end = entries.begin() + starts[idx + 1];
    begin = std::lower_bound(begin, end, since, [](const Entry &e, std::uint32_t t) { return e.t < t; });
    Slice s;
    s.total = static_cast<std::uint32_t>(end - begin);
    if (offset < s.total) {
        auto from = begin + static_cast<std::ptrdiff_t>(offset);
        auto to = from + std::min<std::ptrdiff_t>(limit, end - from);
        s.entries.assign(from, to);
    }
    return s;
}

std::optional<Entry> Dataset::findByNik(const std::string &nik) const
{
    if (nik.size() < 4)
        return std::nullopt;
    const int reg = m_regions.regencyByNikPrefix(std::string_view(nik).substr(0, 4));
    if (reg < 0)
        return std::nullopt;
    std::shared_lock lock(m_mutex);
    const auto r = static_cast<std::size_t>(reg);
    for (std::uint32_t k = m_regencyStart[r]; k < m_regencyStart[r + 1]; ++k)
        if (identity(personOf(m_byRegency[k].idx)).nik == nik)
            return m_byRegency[k];
    return std::nullopt;
}

// Marks `count` deterministically chosen records as updated at `time` and re-sorts the index.
std::uint32_t Dataset::touch(std::uint32_t count, std::uint32_t time)
{
    std::unique_lock lock(m_mutex);
    count = std::min(count, m_config.workers);
    std::vector<std::uint8_t> hit(m_config.workers, 0);
    Rng r(m_config.seed, m_touchRound++, kSaltTouch);
    for (std::uint32_t chosen = 0; chosen < count;) {
        auto &h = hit[r.below(m_config.workers)];
        chosen += h ? 0 : 1;
        h = 1;
    }
    retouchRanges(m_byRegency, m_regencyStart, hit, time);
    retouchRanges(m_byProvince, m_provinceStart, hit, time);
    return count;
}

void Dataset::retouchRanges(std::vector<Entry> &entries, const std::vector<std::uint32_t> &starts,
                            const std::vector<std::uint8_t> &hit, std::uint32_t time)
{
    auto cmp = [this](const Entry &a, const Entry &b) { return less(a, b); };
    for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
        auto b = entries.begin() + starts[k];
        auto e = entries.begin() + starts[k + 1];
        auto mid = std::stable_partition(b, e, [&](const Entry &x) { return !hit[x.idx]; });
        if (mid == e)
            continue;
        for (auto it = mid; it != e; ++it)
            it->t = time;
        std::sort(mid, e, cmp);
        std::inplace_merge(b, mid, e, cmp);
    }
}

} // namespace sim
