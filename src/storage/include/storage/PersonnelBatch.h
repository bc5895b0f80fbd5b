// Personnel records encoded for the upsert, off the writer's thread (the ETL's parse thread): every column's
// UTF-8 bytes in one buffer, so the writer only binds (no UTF-16 conversion, no copy) and frees two blocks.
#pragma once

#include "domain/personnel/Personnel.h"

#include <QByteArray>
#include <QList>

#include <array>

namespace mt {

class PersonnelBatch
{
public:
    PersonnelBatch() = default;
    // Pure and thread-safe.
    static PersonnelBatch encode(const QList<PersonnelRecord> &records);
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    // The stored form of a record's jobs (jobs_json), straight to UTF-8.
    static QByteArray jobsJson(const QList<PersonnelJob> &jobs);

private:
    friend class PersonnelRepository;
    // Text columns in the order of the upsert's parameters 1-8 and 12-15.
    enum Text { Nik, Name, Sex, BirthDate, BirthPlace, Province, Regency, Address, Categories, FacilityCode,
                FacilityName, JobsJson, TextCount };
    struct Span
    {
        int offset = 0;
        int length = 0;
    };
    struct Row
    {
        std::array<Span, TextCount> text;
        qint64 active = 0;
        qint64 lastUpdatedMs = 0;
        qint64 categoryId = 0;
    };
    const char *bytes(const Span &s) const { return m_bytes.constData() + s.offset; }
    QByteArray m_bytes;
    QList<Row> m_rows;
};

} // namespace mt
