// Hand-built JSON for one SISDMK person record (no DOM: the simulator must serve fast).
#include "RecordWriter.h"

#include "Vocabulary.h"

namespace sim {
namespace {

constexpr std::uint64_t kSaltPerson = 3;
constexpr std::uint64_t kSaltJob = 4;
constexpr std::size_t kHugeLength = 70000;

template <typename List>
std::string_view pick(Rng &r, const List &list)
{
    return list[r.below(static_cast<std::uint32_t>(list.size()))];
}

// Writes "KEY": with the separating comma, so callers only append the value.
void key(std::string &out, std::string_view name)
{
    if (out.back() != '{')
        out.push_back(',');
    out.push_back('"');
    out.append(name);
    out.append("\":");
}

void field(std::string &out, std::string_view name, std::string_view value)
{
    key(out, name);
    appendJsonString(out, value);
}

std::string personName(Rng &r, const Identity &id)
{
    std::string name;
    if (id.category->id == 1 || id.category->id == 2)
        name = r.chance(0.5) ? "dr. " : "";
    name.append(pick(r, id.female ? femaleGivenNames() : maleGivenNames()));
    const std::uint32_t parts = r.below(10);
    if (parts >= 2) {
        name.push_back(' ');
        name.append(pick(r, familyNames()));
    }
    if (parts >= 8) {
        name.push_back(' ');
        name.append(pick(r, familyNames()));
    }
    if (id.category->id == 3 && r.chance(0.3))
        name.append(", S.Kep., Ns.");
    else if (id.category->id == 4 && r.chance(0.4))
        name.append(", A.Md.Keb.");
    return name;
}

std::string address(Rng &r, const Identity &id)
{
    std::string a = "Jl. ";
    a.append(pick(r, streetNames()));
    a.append(" No. ").append(std::to_string(1 + r.below(180)));
    a.append(", RT ");
    appendPadded(a, 1 + r.below(12), 3);
    a.append("/RW ");
    appendPadded(a, 1 + r.below(9), 3);
    if (r.chance(0.02))
        a.append("\n(Gg. \"Mawar\" belakang masjid)");
    if (id.district) {
        a.append(", Kec. ");
        a.append(id.district->name);
    }
    return a;
}

struct Facility
{
    std::string code;
    std::string name;
};

Facility facility(Rng &r, const Regency &reg, const Identity &id)
{
    const std::uint32_t roll = r.below(100);
    const District *d = reg.districts.empty() ? id.district : &reg.districts[r.below(static_cast<std::uint32_t>(reg.districts.size()))];
    if (roll < 45 && d)
        return {"P" + d->code6 + "0201", "Puskesmas " + d->name};
    if (roll < 70)
        return {reg.code4 + "011", "RSUD " + reg.shortName};
    if (roll < 85) {
        const std::uint32_t k = r.below(static_cast<std::uint32_t>(privateHospitalNames().size()));
        return {reg.code4 + "0" + std::to_string(20 + k), std::string(privateHospitalNames()[k]) + " " + reg.shortName};
    }
    if (roll < 95 && d) {
        const std::uint32_t k = r.below(static_cast<std::uint32_t>(clinicNames().size()));
        return {"K" + d->code6 + std::to_string(10 + k), std::string(clinicNames()[k])};
    }
    return {"D" + reg.code4, "Dinas Kesehatan " + reg.name};
}

std::string dateAfter(const CivilDate &base, std::int64_t days)
{
    return isoDate(civilFromDays(daysFromCivil(base.year, base.month, base.day) + days));
}

std::string digits(Rng &r, int n)
{
    std::string s;
    for (int k = 0; k < n; ++k)
        s.push_back(static_cast<char>('0' + r.below(10)));
    return s;
}

} // namespace

void appendJsonString(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (u < 0x20) {
            out.append("\\u00");
            out.push_back(kHex[u >> 4]);
            out.push_back(kHex[u & 15]);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

namespace {

struct RecordContext
{
    const Dataset &ds;
    const Entry &entry;
    const Core core;
    const Identity id;
    const Regency &regency;
    const Province &province;
};

void appendJob(std::string &out, Rng &r, const RecordContext &c, bool wrongTypes)
{
    const Facility f = facility(r, c.regency, c.id);
    const bool publicUnit = f.code[0] == 'P' || f.code[0] == 'D' || f.name.rfind("RSUD", 0) == 0;
    const bool asn = publicUnit && r.chance(0.7);
    const CivilDate start = civilFromDays(daysFromCivil(c.id.birth.year + 22 + static_cast<int>(r.below(8)), 1 + r.below(12), 1));
    out.push_back('{');
    field(out, "KODE_UNIT", f.code);
    field(out, "UNIT", f.name);
    field(out, "KODE_KAB", c.regency.code4);
    field(out, "KODE_PROV", c.province.code2);
    key(out, "ID_JENIS_SDMK");
    if (wrongTypes)
        out.append(std::to_string(c.id.category->id));
    else
        appendJsonString(out, std::to_string(c.id.category->id));
    field(out, "JENIS_SDMK", c.id.category->name);
    field(out, "STATUS", asn ? "PNS" : (r.chance(0.5) ? "PPPK" : "Non ASN"));
    std::string nip;
    if (asn) {
        nip = isoDate(c.id.birth).erase(7, 1).erase(4, 1) + std::to_string(start.year);
        appendPadded(nip, start.month, 2);
        nip.append(c.id.female ? "2" : "1");
        appendPadded(nip, 1 + r.below(999), 3);
    }
    field(out, "NIP", nip);
    field(out, "TANGGAL_MULAI", isoDate(start));
    key(out, "TANGGAL_AKHIR");
    out.append("null");
    field(out, "STR", digits(r, 16));
    field(out, "TANGGAL_STR", dateAfter(start, -static_cast<std::int64_t>(r.below(300))));
    field(out, "TANGGAL_AKHIR_STR", r.chance(0.6) ? std::string("SEUMUR HIDUP") : dateAfter(start, 5 * 365));
    field(out, "SIP", std::to_string(440 + r.below(60)) + "/" + digits(r, 4) + "/SIP/" + c.regency.code4 + "/"
                          + std::to_string(start.year + static_cast<int>(r.below(3))));
    field(out, "TANGGAL_SIP", dateAfter(start, r.below(200)));
    out.push_back('}');
}

void appendEducation(std::string &out, Rng &r, const RecordContext &c)
{
    const auto uni = r.below(static_cast<std::uint32_t>(universities().size()));
    out.append(",\"PENDIDIKAN\":[{");
    field(out, "KODE_PRODI", std::to_string(11000 + c.id.category->id * 100 + static_cast<int>(r.below(5))));
    field(out, "PRODI", c.id.category->prodi);
    field(out, "JENJANG", c.id.category->jenjang);
    field(out, "KODE_PERTI", std::to_string(1000 + uni * 37));
    field(out, "PERGURUAN_TINGGI", universities()[uni]);
    field(out, "TAHUN_LULUS", std::to_string(c.id.birth.year + 21 + static_cast<int>(r.below(5))));
    field(out, "NO_IJAZAH", digits(r, 5) + "/" + std::to_string(c.id.birth.year + 22));
    out.append("}],\"PELATIHAN\":[");
    for (std::uint32_t k = 0, n = r.below(3); k < n; ++k) {
        out.append(k ? ",{" : "{");
        field(out, "NAMA_PELATIHAN", pick(r, trainings()));
        field(out, "TAHUN", std::to_string(2015 + r.below(11)));
        out.push_back('}');
    }
    out.push_back(']');
}

std::string statusText(Rng &r, const Core &core)
{
    static constexpr std::string_view kBad[] = {"NONAKTIF", "aktif", "", "1"};
    if (core.kind == Kind::BadStatus)
        return std::string(kBad[core.variant % 4]);
    return r.chance(0.93) ? "AKTIF" : "TIDAK AKTIF";
}

void appendIdentityFields(std::string &out, Rng &pr, const RecordContext &c, const WriteOptions &o)
{
    const Kind kind = c.core.kind;
    const bool wrongType = kind == Kind::WrongType;
    if (!o.dropNik) {
        key(out, "NIK");
        const bool numeric = c.id.nik.find_first_not_of("0123456789") == std::string::npos;
        if (wrongType && c.core.variant % 2 == 0 && numeric)
            out.append(c.id.nik);
        else
            appendJsonString(out, c.id.nik);
    }
    std::string name = personName(pr, c.id);
    if (kind == Kind::EmptyNama)
        name = c.core.variant % 2 ? "   " : "";
    else if (kind == Kind::Huge && c.core.variant % 2 == 0)
        while (name.size() < kHugeLength)
            name.append(" Lorem");
    field(out, "NAMA", name);
    field(out, "JENIS_KELAMIN", (c.id.female != (kind == Kind::SexMismatch)) ? "P" : "L");
    const auto &regs = c.ds.regions().regencies();
    field(out, "TEMPAT_LAHIR", regs[static_cast<std::size_t>(c.province.regencies[pr.below(static_cast<std::uint32_t>(c.province.regencies.size()))])].shortName);
    field(out, "TANGGAL_LAHIR", kind == Kind::BirthMismatch ? dateAfter(c.id.birth, 366) : isoDate(c.id.birth));
}

void appendRegionFields(std::string &out, Rng &pr, const RecordContext &c)
{
    field(out, "KODE_PROV", c.province.code2);
    field(out, "NAMA_PROV", c.province.name);
    key(out, "KODE_KAB");
    if (c.core.kind == Kind::UnknownKab)
        appendJsonString(out, c.province.code2 + "99");
    else if (c.core.kind == Kind::WrongType && c.core.variant % 2 == 1)
        out.append(c.regency.code4);
    else
        appendJsonString(out, c.regency.code4);
    field(out, "NAMA_KAB", c.regency.name);
    std::string alamat = address(pr, c.id);
    if (c.core.kind == Kind::Huge && c.core.variant % 2 == 1)
        while (alamat.size() < kHugeLength)
            alamat.append(" / blok tambahan");
    field(out, "ALAMAT", alamat);
}

} // namespace

void appendRecord(std::string &out, const Dataset &ds, const Entry &entry, const WriteOptions &options)
{
    const Core core = ds.core(entry.idx);
    const std::uint32_t person = ds.personOf(entry.idx);
    const Regency &reg = ds.regions().regencies()[core.regency];
    const RecordContext c{ds, entry, core, ds.identity(person), reg,
                          ds.regions().provinces()[static_cast<std::size_t>(reg.province)]};
    Rng pr(ds.config().seed, person, kSaltPerson);
    Rng jr(ds.config().seed, entry.idx, kSaltJob);
    out.push_back('{');
    appendIdentityFields(out, pr, c, options);
    appendRegionFields(out, pr, c);
    field(out, "STATUS_AKTIF", statusText(jr, core));
    field(out, "LAST_UPDATED", isoTimestamp(entry.t));
    out.append(",\"PEKERJAAN\":[");
    const bool wrongJobType = core.kind == Kind::WrongType && core.variant % 2 == 1;
    appendJob(out, jr, c, wrongJobType);
    if (jr.chance(0.15)) {
        out.push_back(',');
        appendJob(out, jr, c, wrongJobType);
    }
    out.push_back(']');
    appendEducation(out, pr, c);
    out.push_back('}');
}

} // namespace sim
