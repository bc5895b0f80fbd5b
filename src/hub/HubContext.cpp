// Shared HLC and request authentication for the handlers.
#include "HubContext.h"

#include <QRegularExpression>

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
thread_local QList<NotedRefusal> t_refusals;
// The token this request already resolved (a body route authenticates before reading, the handler again).
thread_local std::optional<std::pair<QString, Principal>> t_resolved;
} // namespace

void beginRequest()
{
    takeFailureCause();
    t_principal.clear();
    t_refusals.clear();
    t_resolved.reset();
}

void noteRefusal(const QString &code, const QString &detail)
{
    for (NotedRefusal &r : t_refusals) {
        if (r.code == code) {
            ++r.count;
            return;
        }
    }
    t_refusals.append(NotedRefusal{code, detail, 1});
}

QList<NotedRefusal> takeRefusals()
{
    return std::exchange(t_refusals, {});
}

QString clientAddress(const HubConfig &config, const httplib::Request &req)
{
    const QString peer = QString::fromStdString(req.remote_addr);
    if (config.trustedProxies.isEmpty() || !config.trustedProxies.contains(peer))
        return peer;
    const QString forwarded = QString::fromStdString(req.get_header_value("X-Forwarded-For"));
    const QString last = forwarded.section(QLatin1Char(','), -1).trimmed();
    static const QRegularExpression address(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
    return address.match(last).hasMatch() ? last : peer;
}

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
    if (t_resolved && t_resolved->first == *token) {
        out = t_resolved->second;
        return std::nullopt;
    }
    auto conn = ctx.db.connection();
    if (!conn)
        return ApiError::unavailable();
    AccountStore accounts(conn.value(), ctx.clock);
    auto p = accounts.authenticate(*token);
    if (!p)
        return p.error().code == ErrorCode::AuthFailed ? ApiError::fromAuth(p.error()) : ApiError::fromDatabase(p.error());
    out = p.value();
    t_resolved.emplace(*token, out);
    notePrincipal(out.subject);
    return std::nullopt;
}

} // namespace mt
