// A health worker as MedTrack keeps it, mapped from a SISDMK record (see specs/sisdmk-api.md).
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mt {

struct PersonnelJob
{
    QString unitCode;      // KODE_UNIT (facility)
    QString unitName;      // UNIT
    QString regencyCode;   // dotted, may be empty when absent
    int sdmkCategory = 0;  // ID_JENIS_SDMK, 1..35
    QString sdmkName;      // JENIS_SDMK
    QString status;
    QString nip;
    QString str;           // registration (Surat Tanda Registrasi)
    QString strValidUntil;
    QString sip;           // practice licence (Surat Izin Praktik)
};

struct PersonnelRecord
{
    QString nik;
    QString name;
    QString sex;               // "L" | "P" | empty
    QString birthPlace;
    std::optional<QDate> birthDate;
    QString provinceCode;      // dotted internal code
    QString regencyCode;       // dotted internal code
    QString address;
    bool active = true;
    qint64 lastUpdatedMs = 0;  // LAST_UPDATED, UTC
    QList<PersonnelJob> jobs;
};

constexpr int kSdmkCategoryCount = 35;

} // namespace mt
