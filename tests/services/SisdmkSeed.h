// Test data for the SISDMK screens and services: a few stored health workers and quarantined records.
#pragma once

#include "domain/personnel/Personnel.h"
#include "storage/Database.h"
#include "storage/PersonnelRepository.h"
#include "storage/QuarantineRepository.h"

#include <QStringList>

namespace mt::sisdmkseed {

inline const QString kSiti = QStringLiteral("3205195208900003");
inline const QString kBudi = QStringLiteral("3273010101850001");
inline const QString kCitra = QStringLiteral("3578016202900002");

inline PersonnelJob job(const QString &unit, const QString &unitCode, int category, const QString &name,
                        const QString &str = {}, const QString &sip = {})
{
    PersonnelJob j;
    j.unitName = unit;
    j.unitCode = unitCode;
    j.sdmkCategory = category;
    j.sdmkName = name;
    j.status = QStringLiteral("AKTIF");
    j.nip = QStringLiteral("199008122015032001");
    j.str = str;
    j.strValidUntil = str.isEmpty() ? QString() : QStringLiteral("2029-08-12");
    j.sip = sip;
    return j;
}

inline PersonnelRecord person(const QString &nik, const QString &name, const QString &sex, const QString &province,
                              const QString &regency, bool active, QList<PersonnelJob> jobs)
{
    PersonnelRecord r;
    r.nik = nik;
    r.name = name;
    r.sex = sex;
    r.birthPlace = QStringLiteral("Garut");
    r.birthDate = QDate(1990, 8, 12);
    r.provinceCode = province;
    r.regencyCode = regency;
    r.address = QStringLiteral("Jl. Merdeka 1");
    r.active = active;
    r.lastUpdatedMs = 1'700'000'000'000;
    r.jobs = std::move(jobs);
    return r;
}

// Three workers (two in Jawa Barat, one inactive in Jawa Timur) and two quarantined records.
inline Status seed(Database &db)
{
    const QList<PersonnelRecord> people{
        person(kSiti, QStringLiteral("Siti Rahma"), QStringLiteral("P"), QStringLiteral("32"), QStringLiteral("32.05"), true,
               {job(QStringLiteral("Puskesmas Tarogong"), QStringLiteral("1032051"), 3, QStringLiteral("Perawat"),
                    QStringLiteral("STR-3205-1"), QStringLiteral("SIP-3205-1")),
                job(QStringLiteral("RSUD dr. Slamet"), QStringLiteral("3205011"), 4, QStringLiteral("Bidan"))}),
        person(kBudi, QStringLiteral("Budi Santoso"), QStringLiteral("L"), QStringLiteral("32"), QStringLiteral("32.73"), true,
               {job(QStringLiteral("RS Hasan Sadikin"), QStringLiteral("3273001"), 1, QStringLiteral("Dokter"),
                    QStringLiteral("STR-3273-9"), {})}),
        person(kCitra, QStringLiteral("Citra Dewi"), QStringLiteral("P"), QStringLiteral("35"), QStringLiteral("35.78"), false,
               {job(QStringLiteral("Apotek Kimia"), QStringLiteral("3578002"), 7, QStringLiteral("Apoteker"))}),
    };
    return db.transaction([&]() -> Status {
        PersonnelRepository repo(db);
        if (auto r = repo.upsert(people, QStringLiteral("seed-run")); !r)
            return r.error();
        QuarantineRepository q(db);
        for (int i = 0; i < 2; ++i) {
            QuarantineEntry e;
            e.runId = QStringLiteral("seed-run");
            e.nik = i == 0 ? QStringLiteral("3205193002900003") : QStringLiteral("320519520890000X");
            e.reasons = i == 0 ? QStringList{QStringLiteral("nik_birth_date_invalid")}
                               : QStringList{QStringLiteral("nik_format"), QStringLiteral("name_empty")};
            e.raw = QByteArrayLiteral("{\"NIK\":\"") + e.nik.toUtf8() + QByteArrayLiteral("\",\"NAMA\":\" \"}");
            e.receivedAtMs = 1'700'000'000'000 + i;
            if (Status st = q.insert(e); !st.ok())
                return st;
        }
        return {};
    });
}

} // namespace mt::sisdmkseed
