// PersonnelDirectory: the CLI's synchronous reads of the SISDMK tables.
#include "services/PersonnelDirectory.h"

#include "ServiceContext.h"
#include "storage/EtlRunRepository.h"
#include "storage/PersonnelRepository.h"

namespace mt {

PersonnelDirectory::PersonnelDirectory(ServiceContext &ctx) : m_ctx(ctx) {}

Result<qint64> PersonnelDirectory::count(const PersonnelFilter &f) const
{
    return PersonnelRepository(*m_ctx.db).count(f);
}

Result<QList<PersonnelRow>> PersonnelDirectory::page(const PersonnelFilter &f, qint64 offset, int limit) const
{
    return PersonnelRepository(*m_ctx.db).page(f, offset, limit);
}

Result<QList<EtlRunRecord>> PersonnelDirectory::recentRuns(int limit, const QString &region) const
{
    return EtlRunRepository(*m_ctx.db).recent(limit, region);
}

} // namespace mt
