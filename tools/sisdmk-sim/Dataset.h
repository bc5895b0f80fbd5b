// The simulated national SDMK dataset: record i is a pure function of (seed, i); a compact index orders it.
#pragma once

#include "Regions.h"
#include "SimRandom.h"
#include "Vocabulary.h"

#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace sim {

// Kinds of deliberately bad records; Good is by far the most common.
enum class Kind : std::uint8_t {
    Good, BadDistrict, BadDate, Serial0000, BadShape, SexMismatch, BirthMismatch,
    EmptyNama, UnknownKab, BadStatus, WrongType, Huge, DupNik
};
inline constexpr int kBadKinds = 12;

struct DatasetConfig
{
    std::uint64_t seed = 1;
    std::uint32_t workers = 2100000;
    double badShare = 0.01;
    std::int64_t epoch = 0;   // unix seconds; LAST_UPDATED lies in the two years before it
};

struct Core
{
    std::uint32_t regency;
    std::uint32_t baseTime;
    Kind kind;
    std::uint8_t variant;     // picks a flavour within a bad kind
};

struct Identity
{
    const SdmkCategory *category;
    bool female;
    CivilDate birth;
    const District *district;
    std::string nik;
};

struct Entry
{
    std::uint32_t t;    // LAST_UPDATED, unix seconds
    std::uint32_t idx;  // record index
};

struct Scope
{
    bool province;
    int index;
};

struct Slice
{
    std::vector<Entry> entries;
    std::uint32_t total = 0;
};

class Dataset
{
public:
    Dataset(const Regions &regions, DatasetConfig config);
    void build();

    const Regions &regions() const;
    const DatasetConfig &config() const;
    Core core(std::uint32_t i) const;
    std::uint32_t personOf(std::uint32_t i) const;     // a duplicate borrows its twin's person
    Identity identity(std::uint32_t person) const;

    Slice query(Scope scope, std::uint32_t since, std::uint64_t offset, std::uint32_t limit) const;
    std::optional<Entry> findByNik(const std::string &nik) const;
    std::uint32_t touch(std::uint32_t count, std::uint32_t time);

private:
    bool less(const Entry &a, const Entry &b) const;
    void linkTwinsAndCount(std::vector<std::uint32_t> &counts);
    void fillRegencyIndex(std::vector<std::uint32_t> counts);
    void fillProvinceIndex();
    void fixSerialCollisions();
    void retouchRanges(std::vector<Entry> &entries, const std::vector<std::uint32_t> &starts,
                       const std::vector<std::uint8_t> &hit, std::uint32_t time);

    const Regions &m_regions;
    DatasetConfig m_config;
    std::vector<double> m_categoryCumulative;
    std::unordered_map<std::uint32_t, std::uint32_t> m_twin;
    std::unordered_map<std::uint32_t, std::uint16_t> m_serialFix;
    std::vector<Entry> m_byRegency;
    std::vector<std::uint32_t> m_regencyStart;
    std::vector<Entry> m_byProvince;
    std::vector<std::uint32_t> m_provinceStart;
    std::uint64_t m_touchRound = 0;
    mutable std::shared_mutex m_mutex;
};

} // namespace sim
