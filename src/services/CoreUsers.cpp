// Core: user accounts, login with lockout, and password storage (hashes only, never in events or logs).
#include "services/Core.h"

#include "CoreImpl.h"
#include "common/Clock.h"

#include <QDateTime>

namespace mt {

namespace {

// Verified against when the user does not exist, so both failures cost the same time.
const QString &dummyHash(const PasswordHasher &hasher)
{
    static const QString hash = hasher.hash(QStringLiteral("medtrack-no-such-user-placeholder"));
    return hash;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Status checkAddUserActor(const Session *actor, Role role, qint64 existingUsers)
{
    if (actor)
        return permit(*actor, Action::UserManage);
    if (existingUsers > 0)
        return Error::make(ErrorCode::PermissionDenied, {}, QStringLiteral("UserManage"));
    if (role != Role::Admin)
        return Error::make(ErrorCode::Validation, QStringLiteral("role"), QStringLiteral("first_user_must_be_admin"));
    return {};
}

} // namespace

Result<qint64> Core::userCount() const
{
    return d->users.count();
}

Result<QList<UserRecord>> Core::users() const
{
    auto all = d->users.all();
    if (!all)
        return all;
    QList<UserRecord> out = std::move(all).value();
    for (UserRecord &u : out)
        u.passwordHash.clear(); // callers never need the hash
    return out;
}

Status Core::addUser(const Session *actor, const QString &name, const QString &displayName, Role role,
                     const QString &password)
{
    const Session who = actor ? *actor : systemSession();
    const auto count = d->users.count();
    if (!count)
        return count.error();
    Status st = checkAddUserActor(actor, role, count.value());
    if (st.ok())
        st = d->config.auth.validateUserName(name);
    if (st.ok())
        st = d->config.auth.validateNewPassword(password, name);
    if (st.ok()) {
        const auto existing = d->users.find(name);
        if (!existing)
            st = existing.error();
        else if (existing.value().has_value())
            st = Error::make(ErrorCode::Conflict, QStringLiteral("name"), name);
    }
    if (!st.ok())
        return d->fail(QStringLiteral("add user %1").arg(name), who, st);
    const QString hash = d->hasher.hash(password);
    if (hash.isEmpty())
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("password hashing failed"));
    const QJsonObject payload{{QStringLiteral("name"), name},
                              {QStringLiteral("display_name"), displayName.trimmed().isEmpty() ? name : displayName.trimmed()},
                              {QStringLiteral("role"), toKey(role)}};
    // A user's entity id is its name: unique, stable across sites, and what sessions carry.
    const Event e = d->makeEvent(who.user, EntityType::User, name, EventType::UserCreated, payload);
    st = d->append({e}, [&](QSqlDatabase &db) { return UserRepository::setPasswordHash(db, name, hash); });
    if (!st.ok())
        return d->fail(QStringLiteral("add user %1").arg(name), who, st);
    d->info(QStringLiteral("user %1 created with role %2 by %3").arg(name, toKey(role), who.user));
    emit d->notifier.usersChanged();
    return {};
}

Result<Session> Core::login(const QString &name, const QString &password)
{
    const auto found = d->users.find(name);
    if (!found)
        return found.error();
    if (!found.value().has_value() || found.value()->disabled) {
        d->hasher.verify(dummyHash(d->hasher), password);
        d->warn(QStringLiteral("login failed: unknown or disabled user %1").arg(name));
        return Error::make(ErrorCode::AuthFailed);
    }
    const UserRecord user = *found.value();
    const qint64 now = d->clock.nowMs();
    if (user.lockedUntilMs > now) {
        d->warn(QStringLiteral("login refused: %1 locked until %2").arg(name, isoUtc(user.lockedUntilMs)));
        return Error::make(ErrorCode::AccountLocked, {}, isoUtc(user.lockedUntilMs));
    }
    if (!d->hasher.verify(user.passwordHash, password)) {
        // An expired lock starts a fresh count.
        const int attempts = (user.lockedUntilMs != 0 ? 0 : user.failedAttempts) + 1;
        const qint64 lockedUntil = attempts >= d->config.auth.maxFailures
            ? now + qint64(d->config.auth.lockoutMinutes) * 60'000 : 0;
        const QJsonObject payload{{QStringLiteral("attempts"), attempts},
                                  {QStringLiteral("locked_until_ms"), lockedUntil}};
        const Status st = d->append({d->makeEvent(QStringLiteral("system"), EntityType::User, name,
                                                  EventType::UserLoginFailed, payload)});
        const Status rec = d->users.recordFailure(name, attempts, lockedUntil);
        if (!st.ok() || !rec.ok())
            return st.ok() ? rec : st;
        d->warn(QStringLiteral("login failed for %1 (attempt %2)").arg(name).arg(attempts));
        if (lockedUntil != 0)
            return Error::make(ErrorCode::AccountLocked, {}, isoUtc(lockedUntil));
        return Error::make(ErrorCode::AuthFailed);
    }
    const Status st = d->append({d->makeEvent(name, EntityType::User, name, EventType::UserLoggedIn)},
                                [&](QSqlDatabase &db) {
                                    if (!d->hasher.needsRehash(user.passwordHash))
                                        return Status{};
                                    const QString fresh = d->hasher.hash(password);
                                    return fresh.isEmpty() ? Status{}
                                                           : UserRepository::setPasswordHash(db, name, fresh);
                                });
    if (!st.ok())
        return st;
    const Status rec = d->users.recordSuccess(name);
    if (!rec.ok())
        return rec;
    d->info(QStringLiteral("user %1 logged in").arg(name));
    return Session{user.name, user.displayName.isEmpty() ? user.name : user.displayName, user.role};
}

} // namespace mt
