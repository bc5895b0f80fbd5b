// Kemendagri provinces, regencies and districts loaded from the wilayah CSV, with worker weights.
#include "Regions.h"

#include "Vocabulary.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace sim {
namespace {

std::vector<std::string> splitCsvLine(const std::string &line)
{
    std::vector<std::string> cols(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') {
            cols.back().push_back('"');
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            cols.emplace_back();
        } else if (c != '\r' && c != '\n') {
            cols.back().push_back(c);
        }
    }
    return cols;
}

std::string undotted(std::string_view code)
{
    std::string s;
    for (char c : code)
        if (c != '.')
            s.push_back(c);
    return s;
}

// "KAB. MERAUKE" and "Kabupaten Merauke" must meet: upper-case, kind prefix normalised.
std::string nameKey(std::string_view name)
{
    std::string s;
    for (char c : name)
        s.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (s.rfind("KABUPATEN ", 0) == 0)
        s = "KAB " + s.substr(10);
    else if (s.rfind("KAB. ", 0) == 0)
        s = "KAB " + s.substr(5);
    return s;
}

std::string shortNameOf(const std::string &name)
{
    if (name.rfind("Kabupaten ", 0) == 0)
        return name.substr(10);
    return name;
}

} // namespace

std::optional<Regions> Regions::load(const std::string &path, std::string &error)
{
    std::ifstream in(path);
    if (!in) {
        error = "cannot open wilayah CSV " + path;
        return std::nullopt;
    }
    std::vector<std::vector<std::string>> rows;
    int newest = 0;
    for (std::string line; std::getline(in, line);) {
        auto cols = splitCsvLine(line);
        if (cols.size() < 5 || cols[1] == "level" || cols[1] == "4")
            continue;
        newest = std::max(newest, std::atoi(cols[4].c_str()));
        rows.push_back(std::move(cols));
    }
    Regions r;
    for (const auto &cols : rows)
        r.addRow(cols, newest);
    r.attachRetired(rows, newest);
    if (r.m_provinces.empty() || r.m_regencies.empty()) {
        error = "no provinces or regencies in " + path;
        return std::nullopt;
    }
    r.computeWeights();
    return r;
}

void Regions::addRow(const std::vector<std::string> &cols, int newestYear)
{
    if (std::atoi(cols[4].c_str()) != newestYear)
        return;
    const std::string code = undotted(cols[0]);
    if (cols[1] == "1") {
        m_provinceIndex[code] = static_cast<int>(m_provinces.size());
        m_provinces.push_back({code, cols[2], {}, 1.0});
    } else if (cols[1] == "2") {
        auto prov = m_provinceIndex.find(code.substr(0, 2));
        if (prov == m_provinceIndex.end())
            return;
        const int idx = static_cast<int>(m_regencies.size());
        m_regencyIndex[code] = idx;
        m_nikPrefixIndex[code] = idx;
        m_regencies.push_back({code, cols[2], shortNameOf(cols[2]), prov->second, {}, {}});
        m_provinces[static_cast<std::size_t>(prov->second)].regencies.push_back(idx);
    } else if (cols[1] == "3") {
        auto reg = m_regencyIndex.find(code.substr(0, 4));
        if (reg != m_regencyIndex.end())
            m_regencies[static_cast<std::size_t>(reg->second)].districts.push_back({code, cols[2]});
    }
}

// Retired regency codes are matched to today's regency of the same name (Papua 2022-2025).
void Regions::attachRetired(const std::vector<std::vector<std::string>> &rows, int newestYear)
{
    std::unordered_map<std::string, int> byName;
    for (std::size_t i = 0; i < m_regencies.size(); ++i)
        byName[nameKey(m_regencies[i].name)] = static_cast<int>(i);
    for (const auto &cols : rows) {
        if (cols[1] != "2" || std::atoi(cols[4].c_str()) == newestYear)
            continue;
        auto hit = byName.find(nameKey(cols[2]));
        if (hit != byName.end())
            m_nikPrefixIndex.emplace(undotted(cols[0]), hit->second);
    }
    for (const auto &cols : rows) {
        if (cols[1] != "3" || std::atoi(cols[4].c_str()) == newestYear)
            continue;
        const std::string code = undotted(cols[0]);
        auto reg = m_nikPrefixIndex.find(code.substr(0, 4));
        if (reg != m_nikPrefixIndex.end())
            m_regencies[static_cast<std::size_t>(reg->second)].oldDistricts.push_back({code, cols[2]});
    }
}

// A regency's share of its province grows with its number of districts.
void Regions::computeWeights()
{
    for (const auto &pw : provinceWeights()) {
        auto it = m_provinceIndex.find(std::string(pw.code));
        if (it != m_provinceIndex.end())
            m_provinces[static_cast<std::size_t>(it->second)].weight = pw.population;
    }
    std::vector<double> perRegency(m_regencies.size(), 0.0);
    for (const auto &p : m_provinces) {
        double districts = 0;
        for (int r : p.regencies)
            districts += static_cast<double>(std::max<std::size_t>(1, m_regencies[static_cast<std::size_t>(r)].districts.size()));
        for (int r : p.regencies)
            perRegency[static_cast<std::size_t>(r)] = p.weight
                * static_cast<double>(std::max<std::size_t>(1, m_regencies[static_cast<std::size_t>(r)].districts.size())) / districts;
    }
    double total = 0;
    for (double w : perRegency) {
        total += w;
        m_cumulative.push_back(total);
    }
    for (double &c : m_cumulative)
        c /= total;
}

const std::vector<Province> &Regions::provinces() const { return m_provinces; }
const std::vector<Regency> &Regions::regencies() const { return m_regencies; }

int Regions::pickRegency(double unit) const
{
    auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), unit);
    if (it == m_cumulative.end())
        --it;
    return static_cast<int>(it - m_cumulative.begin());
}

static int lookup(const std::unordered_map<std::string, int> &map, std::string_view key)
{
    auto it = map.find(std::string(key));
    return it == map.end() ? -1 : it->second;
}

int Regions::regencyByCode(std::string_view code4) const { return lookup(m_regencyIndex, code4); }
int Regions::provinceByCode(std::string_view code2) const { return lookup(m_provinceIndex, code2); }
int Regions::regencyByNikPrefix(std::string_view code4) const { return lookup(m_nikPrefixIndex, code4); }

} // namespace sim
