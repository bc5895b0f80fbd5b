// Shared HLC and request authentication for the handlers.
#include "HubContext.h"

#include <utility>

namespace mt {

Hlc SharedHlc::now()
{
    std::lock_guard lock(m_mutex);
    return m_clock.now();
}

void SharedHlc::observe(Hlc remote)
{
    std::lock_guard lock(m_mutex);
    m_clock.observe(remote);
}

namespace {
thread_local QString t_principal;
} // namespace

void notePrincipal(const QString &subject)
{
    t_principal = subject;
}

QString takePrincipal()
{
    return std::exchange(t_principal, QString());
}

Hlc SharedHlc::last()
{
    std::lock_guard lock(m_mutex);
    return m_clock.last();
}

std::optional<ApiError> authenticateRequest(HubContext &ctx, const httplib::Request &req, Principal &out)
{
    const auto token = bearerToken(req);
    if (!token || token->isEmpty())
        return ApiError::fromAuth(Error::make(ErrorCode::AuthFailed, {}, QStringLiteral("unauthenticated")));
    auto conn = ctx.db.connection();
    if (!conn)
        return ApiError::unavailable();
    AccountStore accounts(conn.value(), ctx.clock);
    auto p = accounts.authenticate(*token);
    if (!p)
        return p.error().code == ErrorCode::AuthFailed ? ApiError::fromAuth(p.error()) : ApiError::internal();
    out = p.value();
    notePrincipal(out.subject);
    return std::nullopt;
}

} // namespace mt
