// AccountService: user accounts, login with lockout, and password storage (hashes only, never in events or logs).
#include "services/AccountService.h"

#include "ServiceContext.h"
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

AccountService::AccountService(ServiceContext &ctx) : m_ctx(ctx) {}

Result<qint64> AccountService::userCount() const
{
    return m_ctx.users.count();
}

Result<QList<UserRecord>> AccountService::users() const
{
    auto all = m_ctx.users.all();
    if (!all)
        return all;
    QList<UserRecord> out = std::move(all).value();
    for (UserRecord &u : out)
        u.passwordHash.clear(); // callers never need the hash
    return out;
}

Status AccountService::addUser(const Session *actor, const QString &name, const QString &displayName, Role role,
                     const QString &password)
{
    const Session who = actor ? *actor : Session::system();
    const auto count = m_ctx.users.count();
    if (!count)
        return count.error();
    Status st = checkAddUserActor(actor, role, count.value());
    if (st.ok())
        st = m_ctx.config.auth.validateUserName(name);
    if (st.ok())
        st = m_ctx.config.auth.validateNewPassword(password, name);
    if (st.ok()) {
        const auto existing = m_ctx.users.find(name);
        if (!existing)
            st = existing.error();
        else if (existing.value().has_value())
            st = Error::make(ErrorCode::Conflict, QStringLiteral("name"), name);
    }
    if (!st.ok())
        return m_ctx.fail(QStringLiteral("add user %1").arg(name), who, st);
    const QString hash = m_ctx.hasher.hash(password);
    if (hash.isEmpty())
        return Error::make(ErrorCode::Internal, {}, QStringLiteral("password hashing failed"));
    const QJsonObject payload{{QStringLiteral("name"), name},
                              {QStringLiteral("display_name"), displayName.trimmed().isEmpty() ? name : displayName.trimmed()},
                              {QStringLiteral("role"), toKey(role)}};
    // A user's entity id is its name: unique, stable across sites, and what sessions carry.
    const Event e = m_ctx.makeEvent(who.user, EntityType::User, name, EventType::UserCreated, payload);
    st = m_ctx.append({e}, [&](QSqlDatabase &db) { return UserRepository::setPasswordHash(db, name, hash); });
    if (!st.ok())
        return m_ctx.fail(QStringLiteral("add user %1").arg(name), who, st);
    m_ctx.info(QStringLiteral("user %1 created with role %2 by %3").arg(name, toKey(role), who.user));
    emit m_ctx.notifier.usersChanged();
    return {};
}

Result<Session> AccountService::login(const QString &name, const QString &password)
{
    const auto found = m_ctx.users.find(name);
    if (!found)
        return found.error();
    if (!found.value().has_value() || found.value()->disabled) {
        m_ctx.hasher.verify(dummyHash(m_ctx.hasher), password);
        m_ctx.warn(QStringLiteral("login failed: unknown or disabled user %1").arg(name));
        return Error::make(ErrorCode::AuthFailed);
    }
    const UserRecord user = *found.value();
    const qint64 now = m_ctx.clock.nowMs();
    if (user.lockedUntilMs > now) {
        m_ctx.warn(QStringLiteral("login refused: %1 locked until %2").arg(name, isoUtc(user.lockedUntilMs)));
        return Error::make(ErrorCode::AccountLocked, {}, isoUtc(user.lockedUntilMs));
    }
    if (!m_ctx.hasher.verify(user.passwordHash, password)) {
        // An expired lock starts a fresh count.
        const int attempts = (user.lockedUntilMs != 0 ? 0 : user.failedAttempts) + 1;
        const qint64 lockedUntil = attempts >= m_ctx.config.auth.maxFailures
            ? now + qint64(m_ctx.config.auth.lockoutMinutes) * 60'000 : 0;
        const QJsonObject payload{{QStringLiteral("attempts"), attempts},
                                  {QStringLiteral("locked_until_ms"), lockedUntil}};
        const Status st = m_ctx.append({m_ctx.makeEvent(QStringLiteral("system"), EntityType::User, name,
                                                  EventType::UserLoginFailed, payload)});
        const Status rec = m_ctx.users.recordFailure(name, attempts, lockedUntil);
        if (!st.ok() || !rec.ok())
            return st.ok() ? rec : st;
        m_ctx.warn(QStringLiteral("login failed for %1 (attempt %2)").arg(name).arg(attempts));
        if (lockedUntil != 0)
            return Error::make(ErrorCode::AccountLocked, {}, isoUtc(lockedUntil));
        return Error::make(ErrorCode::AuthFailed);
    }
    const Status st = m_ctx.append({m_ctx.makeEvent(name, EntityType::User, name, EventType::UserLoggedIn)},
                                [&](QSqlDatabase &db) {
                                    if (!m_ctx.hasher.needsRehash(user.passwordHash))
                                        return Status{};
                                    const QString fresh = m_ctx.hasher.hash(password);
                                    return fresh.isEmpty() ? Status{}
                                                           : UserRepository::setPasswordHash(db, name, fresh);
                                });
    if (!st.ok())
        return st;
    const Status rec = m_ctx.users.recordSuccess(name);
    if (!rec.ok())
        return rec;
    m_ctx.info(QStringLiteral("user %1 logged in").arg(name));
    return Session{user.name, user.displayName.isEmpty() ? user.name : user.displayName, user.role};
}

} // namespace mt
