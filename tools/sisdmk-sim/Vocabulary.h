// Constant word lists and weights the simulator draws from (names, SDMK categories, facilities).
#pragma once

#include <span>
#include <string_view>

namespace sim {

struct SdmkCategory
{
    int id;                    // ID_JENIS_SDMK, 1..35
    std::string_view name;     // JENIS_SDMK
    double weightPercent;      // share of the national workforce
    double femaleShare;
    std::string_view prodi;    // PENDIDIKAN.PRODI
    std::string_view jenjang;  // PENDIDIKAN.JENJANG
};

struct ProvinceWeight
{
    std::string_view code;     // Kemendagri code, undotted
    double population;         // millions, roughly 2024
};

std::span<const SdmkCategory> sdmkCategories();
std::span<const ProvinceWeight> provinceWeights();
std::span<const std::string_view> femaleGivenNames();
std::span<const std::string_view> maleGivenNames();
std::span<const std::string_view> familyNames();
std::span<const std::string_view> streetNames();
std::span<const std::string_view> privateHospitalNames();
std::span<const std::string_view> clinicNames();
std::span<const std::string_view> universities();
std::span<const std::string_view> trainings();

} // namespace sim
