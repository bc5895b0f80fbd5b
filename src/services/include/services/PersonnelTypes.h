// Values the personnel, quarantine and integration screens get from services (NIK already masked).
#pragma once

#include "common/Error.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mt {

// One health worker in a result list. `nik` is masked unless the session may see NIKs
// (Action::PersonnelViewNik); `handle` is an opaque key for PersonnelQueries::detail.
struct PersonSummary
{
    QString handle;
    QString nik;
    bool nikMasked = true;
    QString name;
    QString sex;          // "L" | "P" | empty
    QString provinceCode; // dotted internal codes
    QString regencyCode;
    QString regencyName;
    int category = 0;     // SDMK category of the first job, 0 = none
    QString categoryName;
    QString facilityCode;
    QString facilityName;
    bool active = true;
    qint64 lastUpdatedMs = 0;
};

// A job and its registrations (STR = Surat Tanda Registrasi, SIP = Surat Izin Praktik), as stored.
struct PersonJob
{
    QString unitCode;
    QString unitName;
    QString regencyCode;
    int category = 0;
    QString categoryName;
    QString status;
    QString nip;
    QString str;
    QString strValidUntil;
    QString sip;
};

struct PersonDetail
{
    PersonSummary summary;
    QString birthPlace;
    std::optional<QDate> birthDate;
    QString address;
    QList<PersonJob> jobs;
};

struct PersonnelQuery
{
    PersonnelFilter filter;
    qint64 offset = 0;
    int limit = 100; // clamped to 1..500
};

struct PersonnelPageResult
{
    quint64 ticket = 0;
    PersonnelQuery query;
    QList<PersonSummary> rows;
    std::optional<Error> error;
};

struct PersonnelCountResult
{
    quint64 ticket = 0;
    qint64 total = -1; // -1 on error
    std::optional<Error> error;
};

struct QuarantinePageResult
{
    quint64 ticket = 0;
    qint64 total = 0;
    qint64 offset = 0;
    QList<QuarantineEntry> rows;
    std::optional<Error> error;
};

struct RunsResult
{
    quint64 ticket = 0;
    QList<EtlRunRecord> runs;
    qint64 rawBodies = 0; // raw bodies kept after format changes (all runs)
    std::optional<Error> error;
};

// Display helpers shared by the screens and services (all text through tr()).
class PersonnelText
{
    Q_DECLARE_TR_FUNCTIONS(PersonnelText)
public:
    // First 6 digits (district) and last 2 kept: "320519********03" (same form as medtrackctl).
    static QString maskNik(const QString &nik);
    // The 35 SDMK categories (ID_JENIS_SDMK 1..35); empty for an unknown id.
    static QString categoryName(int id);
    // A quarantine reason key (nik_format, regency_unknown, ...) as one short sentence.
    static QString reason(const QString &key);
    static QString runStatus(const QString &status);
};

} // namespace mt

Q_DECLARE_METATYPE(mt::PersonnelPageResult)
Q_DECLARE_METATYPE(mt::PersonnelCountResult)
Q_DECLARE_METATYPE(mt::QuarantinePageResult)
Q_DECLARE_METATYPE(mt::RunsResult)
Q_DECLARE_METATYPE(mt::PersonDetail)
