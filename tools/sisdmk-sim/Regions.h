// Kemendagri provinces, regencies and districts loaded from the wilayah CSV, with worker weights.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sim {

struct District
{
    std::string code6;   // undotted, e.g. "320519"
    std::string name;
};

struct Regency
{
    std::string code4;   // undotted, e.g. "3205"
    std::string name;    // as in the newest decree, e.g. "Kabupaten Garut"
    std::string shortName;  // "Garut", "Kota Bandung"
    int province = 0;
    std::vector<District> districts;     // in the newest decree
    std::vector<District> oldDistricts;  // retired codes (e.g. pre-2022 Papua 91.xx) mapped here
};

struct Province
{
    std::string code2;
    std::string name;
    std::vector<int> regencies;
    double weight = 1.0;
};

class Regions
{
public:
    static std::optional<Regions> load(const std::string &path, std::string &error);

    const std::vector<Province> &provinces() const;
    const std::vector<Regency> &regencies() const;
    int pickRegency(double unit) const;                        // weighted by population
    int regencyByCode(std::string_view code4) const;           // newest decree only, -1 if none
    int provinceByCode(std::string_view code2) const;
    int regencyByNikPrefix(std::string_view code4) const;      // also retired codes

private:
    void addRow(const std::vector<std::string> &cols, int newestYear);
    void attachRetired(const std::vector<std::vector<std::string>> &rows, int newestYear);
    void computeWeights();

    std::vector<Province> m_provinces;
    std::vector<Regency> m_regencies;
    std::vector<double> m_cumulative;
    std::unordered_map<std::string, int> m_provinceIndex;
    std::unordered_map<std::string, int> m_regencyIndex;
    std::unordered_map<std::string, int> m_nikPrefixIndex;
};

} // namespace sim
