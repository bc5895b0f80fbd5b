// Local accounts and sign-in: Argon2id hashes (never in events or logs), lockout after failures.
#pragma once

#include "common/Error.h"
#include "domain/Records.h"
#include "services/Session.h"

#include <QList>
#include <QString>

namespace mt {

class ServiceContext;

class AccountService
{
public:
    explicit AccountService(ServiceContext &ctx);

    Result<qint64> userCount() const;
    // `actor` null only for the very first (bootstrap) admin.
    Status addUser(const Session *actor, const QString &name, const QString &displayName, Role role,
                   const QString &password);
    Result<Session> login(const QString &name, const QString &password);
    // Every account, without password hashes.
    Result<QList<UserRecord>> users() const;

private:
    ServiceContext &m_ctx;
};

} // namespace mt
