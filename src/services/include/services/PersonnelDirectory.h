// SISDMK data as scripts read it (medtrackctl): health workers and ETL runs, synchronously, NIK as stored.
#pragma once

#include "common/Error.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QList>
#include <QString>

namespace mt {

class ServiceContext;

// The screens use PersonnelQueries (its own thread, NIK masked there); this is the CLI's read side on
// the workspace's connection. Callers mask NIKs for sessions without Action::PersonnelViewNik.
class PersonnelDirectory
{
public:
    explicit PersonnelDirectory(ServiceContext &ctx);

    Result<qint64> count(const PersonnelFilter &f) const;
    // Ordered by name.
    Result<QList<PersonnelRow>> page(const PersonnelFilter &f, qint64 offset, int limit) const;
    // Newest first; `region` empty = every region.
    Result<QList<EtlRunRecord>> recentRuns(int limit, const QString &region = {}) const;

private:
    ServiceContext &m_ctx;
};

} // namespace mt
