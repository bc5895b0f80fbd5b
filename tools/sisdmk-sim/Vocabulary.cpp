// Constant word lists and weights the simulator draws from (names, SDMK categories, facilities).
#include "Vocabulary.h"

#include <array>

namespace sim {
namespace {

// Shares follow the sizing note in the contract: perawat ~32 %, bidan ~23 %, dokter ~12 %.
constexpr std::array<SdmkCategory, 35> kCategories{{
    {1, "Dokter", 9.0, 0.58, "Pendidikan Dokter", "Profesi"},
    {2, "Dokter Spesialis", 3.3, 0.45, "Pendidikan Dokter Spesialis", "Spesialis"},
    {3, "Perawat", 32.0, 0.72, "Keperawatan", "D3"},
    {4, "Bidan", 23.0, 1.0, "Kebidanan", "D3"},
    {5, "Dokter Gigi", 1.6, 0.70, "Pendidikan Dokter Gigi", "Profesi"},
    {6, "Dokter Gigi Spesialis", 0.3, 0.60, "Pendidikan Dokter Gigi Spesialis", "Spesialis"},
    {7, "Apoteker", 3.0, 0.75, "Profesi Apoteker", "Profesi"},
    {8, "Tenaga Teknis Kefarmasian", 5.0, 0.78, "Farmasi", "D3"},
    {9, "Tenaga Kesehatan Masyarakat", 4.5, 0.68, "Kesehatan Masyarakat", "S1"},
    {10, "Epidemiolog Kesehatan", 0.4, 0.60, "Epidemiologi", "S2"},
    {11, "Tenaga Promosi Kesehatan dan Ilmu Perilaku", 0.6, 0.65, "Promosi Kesehatan", "S1"},
    {12, "Pembimbing Kesehatan Kerja", 0.1, 0.50, "Keselamatan dan Kesehatan Kerja", "S1"},
    {13, "Tenaga Administrasi dan Kebijakan Kesehatan", 0.8, 0.60, "Administrasi Kebijakan Kesehatan", "S1"},
    {14, "Tenaga Biostatistik dan Kependudukan", 0.1, 0.55, "Biostatistik", "S1"},
    {15, "Tenaga Kesehatan Reproduksi dan Keluarga", 0.1, 0.80, "Kesehatan Reproduksi", "S1"},
    {16, "Tenaga Sanitasi Lingkungan", 2.5, 0.55, "Sanitasi Lingkungan", "D3"},
    {17, "Nutrisionis", 2.2, 0.85, "Gizi", "D3"},
    {18, "Dietisien", 0.4, 0.85, "Dietisien", "Profesi"},
    {19, "Fisioterapis", 1.0, 0.55, "Fisioterapi", "D3"},
    {20, "Okupasi Terapis", 0.1, 0.70, "Okupasi Terapi", "D3"},
    {21, "Terapis Wicara", 0.1, 0.75, "Terapi Wicara", "D3"},
    {22, "Akupunktur Terapis", 0.1, 0.50, "Akupunktur", "D3"},
    {23, "Radiografer", 0.9, 0.40, "Radiologi", "D3"},
    {24, "Radioterapis", 0.1, 0.45, "Radioterapi", "D4"},
    {25, "Elektromedis", 0.4, 0.20, "Teknik Elektromedik", "D3"},
    {26, "Ahli Teknologi Laboratorium Medik", 3.5, 0.70, "Teknologi Laboratorium Medis", "D3"},
    {27, "Fisikawan Medik", 0.1, 0.45, "Fisika Medik", "S1"},
    {28, "Perekam Medis dan Informasi Kesehatan", 2.0, 0.65, "Rekam Medis dan Informasi Kesehatan", "D3"},
    {29, "Terapis Gigi dan Mulut", 1.5, 0.80, "Kesehatan Gigi", "D3"},
    {30, "Teknisi Gigi", 0.1, 0.40, "Teknik Gigi", "D3"},
    {31, "Refraksionis Optisien", 0.2, 0.50, "Refraksi Optisi", "D3"},
    {32, "Ortotis Prostetis", 0.05, 0.30, "Ortotik Prostetik", "D3"},
    {33, "Penata Anestesi", 0.6, 0.45, "Keperawatan Anestesiologi", "D4"},
    {34, "Psikolog Klinis", 0.2, 0.75, "Psikologi Profesi", "Profesi"},
    {35, "Tenaga Kesehatan Tradisional", 0.15, 0.55, "Pengobat Tradisional", "D3"},
}};

// Roughly the 2024 population in millions; the simulator spreads workers by it.
constexpr std::array<ProvinceWeight, 38> kProvinces{{
    {"11", 5.5},  {"12", 15.6}, {"13", 5.8},  {"14", 6.7},  {"15", 3.7},  {"16", 8.8},  {"17", 2.1},
    {"18", 9.4},  {"19", 1.5},  {"21", 2.2},  {"31", 10.7}, {"32", 50.3}, {"33", 37.9}, {"34", 3.8},
    {"35", 41.6}, {"36", 12.4}, {"51", 4.4},  {"52", 5.6},  {"53", 5.6},  {"61", 5.6},  {"62", 2.8},
    {"63", 4.2},  {"64", 4.0},  {"65", 0.7},  {"71", 2.7},  {"72", 3.1},  {"73", 9.5},  {"74", 2.8},
    {"75", 1.2},  {"76", 1.5},  {"81", 1.9},  {"82", 1.4},  {"91", 1.1},  {"92", 0.57}, {"93", 0.53},
    {"94", 1.4},  {"95", 1.45}, {"96", 0.62},
}};

constexpr std::array<std::string_view, 44> kFemale{
    "Siti", "Sri", "Dewi", "Nur", "Rina", "Ratna", "Wulan", "Putri", "Indah", "Fitri", "Rahma",
    "Ayu", "Lestari", "Yuliana", "Kartika", "Novita", "Dian", "Ika", "Endang", "Sari", "Maria",
    "Agustina", "Fransiska", "Theresia", "Ni Made", "Ni Luh", "Ni Putu", "Ni Ketut", "Nurul",
    "Annisa", "Aisyah", "Fatimah", "Rini", "Wahyuni", "Kurniawati", "Hartini", "Suryani",
    "Anggraini", "Melati", "Intan", "Yohana", "Margaretha", "Nining", "Cut"};

constexpr std::array<std::string_view, 42> kMale{
    "Muhammad", "Ahmad", "Agus", "Budi", "Eko", "Dedi", "Hendra", "Andi", "Rizki", "Fajar",
    "Yusuf", "Bambang", "Joko", "Slamet", "Teguh", "Hadi", "Arif", "Dwi", "Rudi", "I Made",
    "I Wayan", "I Ketut", "I Gede", "Yohanes", "Petrus", "Stefanus", "Fransiskus", "Daniel",
    "Imam", "Irfan", "Hasan", "Ilham", "Reza", "Bayu", "Dimas", "Rahmat", "Syahrul", "La Ode",
    "Ridwan", "Teuku", "Yosias", "Heru"};

constexpr std::array<std::string_view, 54> kFamily{
    "Saputra", "Pratama", "Hidayat", "Santoso", "Wijaya", "Setiawan", "Kurniawan", "Nugroho",
    "Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Sitompul", "Hutapea", "Manurung",
    "Sinaga", "Pardede", "Lumban Tobing", "Tanjung", "Rahman", "Hakim", "Syahputra", "Susanti",
    "Rahmawati", "Permata", "Sari", "Handayani", "Wulandari", "Maharani", "Puspita", "Utami",
    "Purnamasari", "Kusuma", "Halim", "Tambunan", "Mahendra", "Gunawan", "Salim", "Matondang",
    "Rumbiak", "Wenda", "Kogoya", "Tabuni", "Mandagi", "Lumentut", "Pangemanan", "Daeng Matta",
    "Ramadhan", "Ma'ruf", "Pakpahan", "Sembiring", "Ginting", "Tarigan"};

constexpr std::array<std::string_view, 22> kStreets{
    "Jend. Sudirman", "Ahmad Yani", "Diponegoro", "Gatot Subroto", "Merdeka", "Pahlawan",
    "Veteran", "Kartini", "Imam Bonjol", "Hasanuddin", "Pattimura", "Gajah Mada", "Hayam Wuruk",
    "Raya Pos", "Cendrawasih", "Mawar", "Melati", "Anggrek", "Kenanga", "Flamboyan",
    "KH. Hasyim Asy'ari", "Teuku Umar"};

constexpr std::array<std::string_view, 10> kPrivateHospitals{
    "RS Siloam", "RS Mitra Keluarga", "RS Hermina", "RS PKU Muhammadiyah", "RS Islam",
    "RS Bhayangkara", "RS Advent", "RSIA Kasih Ibu", "RS Permata Medika", "RS Santo Yusup"};

constexpr std::array<std::string_view, 6> kClinics{
    "Klinik Pratama Sehat Sentosa", "Klinik Pratama Medika Utama", "Klinik Pratama Bunda",
    "Klinik Pratama Harapan", "Klinik Utama Pelita", "Klinik Pratama Polres"};

constexpr std::array<std::string_view, 16> kUniversities{
    "Universitas Indonesia", "Universitas Gadjah Mada", "Universitas Airlangga",
    "Universitas Padjadjaran", "Universitas Hasanuddin", "Universitas Diponegoro",
    "Universitas Sumatera Utara", "Universitas Andalas", "Universitas Brawijaya",
    "Universitas Udayana", "Poltekkes Kemenkes Jakarta I", "Poltekkes Kemenkes Bandung",
    "Poltekkes Kemenkes Semarang", "Poltekkes Kemenkes Surabaya", "Poltekkes Kemenkes Makassar",
    "Poltekkes Kemenkes Medan"};

constexpr std::array<std::string_view, 8> kTrainings{
    "Pelatihan Pelayanan Kegawatdaruratan", "Pelatihan Asuhan Persalinan Normal",
    "Pelatihan Pencegahan dan Pengendalian Infeksi", "Pelatihan Manajemen Puskesmas",
    "Pelatihan Imunisasi", "Pelatihan Tata Laksana Gizi Buruk", "Pelatihan Basic Life Support",
    "Pelatihan Konseling Menyusui"};

} // namespace

std::span<const SdmkCategory> sdmkCategories() { return kCategories; }
std::span<const ProvinceWeight> provinceWeights() { return kProvinces; }
std::span<const std::string_view> femaleGivenNames() { return kFemale; }
std::span<const std::string_view> maleGivenNames() { return kMale; }
std::span<const std::string_view> familyNames() { return kFamily; }
std::span<const std::string_view> streetNames() { return kStreets; }
std::span<const std::string_view> privateHospitalNames() { return kPrivateHospitals; }
std::span<const std::string_view> clinicNames() { return kClinics; }
std::span<const std::string_view> universities() { return kUniversities; }
std::span<const std::string_view> trainings() { return kTrainings; }

} // namespace sim
