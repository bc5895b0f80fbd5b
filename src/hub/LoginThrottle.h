// Failed logins counted per user name *and* client address (issue 10, part 2).
//
// Five failures from one address lock that name for that address only (15 minutes by default); the same
// user still logs in from everywhere else, so nobody can lock a commander out of the hub by guessing
// from their own machine. Unknown names are counted exactly like real ones: the answer never tells
// whether a name exists. Counts older than the lockout window start again from zero.
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace mt {

class Clock;

class LoginThrottle
{
public:
    LoginThrottle(QSqlDatabase db, const Clock &clock, int maxFailures, qint64 lockoutMs);

    // Milliseconds until this name may be tried again from this address; 0 = now.
    Result<qint64> retryAfterMs(const QString &name, const QString &client);
    Status recordFailure(const QString &name, const QString &client);
    Status recordSuccess(const QString &name, const QString &client);
    // Addresses from which the name is locked out now (for `user list`).
    Result<int> lockedAddresses(const QString &name);
    // Forgets every count and lock of the name (a new password, an enabled account).
    Status clear(const QString &name);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    int m_maxFailures;
    qint64 m_lockoutMs;
};

} // namespace mt
