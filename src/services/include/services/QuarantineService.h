// SISDMK quarantine review: a data steward marks a quarantined record reviewed, audited in the event chain.
#pragma once

#include "common/Error.h"
#include "services/Session.h"

namespace mt {

class ServiceContext;

class QuarantineService
{
public:
    explicit QuarantineService(ServiceContext &ctx);

    // Action::QuarantineReview; the review mark and a "sisdmk.quarantine_reviewed" event are
    // written in one transaction.
    Status review(const Session &s, qint64 quarantineId);

private:
    ServiceContext &m_ctx;
};

} // namespace mt
