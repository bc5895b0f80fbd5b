// POST /api/v1/enrol, /api/v1/login, /api/v1/tokens/revoke.
#include "Handlers.h"
#include "LoginThrottle.h"

#include "domain/EventJson.h"
#include "domain/FieldLimits.h"

namespace mt::handlers {

namespace {

QJsonObject tokenBody(const IssuedToken &t, const Principal &p)
{
    return QJsonObject{{QStringLiteral("token"), t.token},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_at_ms"), static_cast<double>(t.expiresMs)},
                       {QStringLiteral("kind"), p.kind},
                       {QStringLiteral("role"), toKey(p.role)},
                       {QStringLiteral("site_id"), p.central ? QJsonValue() : QJsonValue(p.siteId)},
                       {QStringLiteral("central"), p.central}};
}

ApiError badCredentials()
{
    return ApiError::fromAuth(Error::make(ErrorCode::AuthFailed, {}, QStringLiteral("unauthenticated")));
}

} // namespace

void enrol(HubContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    QJsonObject body;
    if (auto e = parseObject(req, {QStringLiteral("site_id"), QStringLiteral("enrolment_code"),
                                   QStringLiteral("device_name"), QStringLiteral("ttl_s")}, body))
        return sendError(res, *e);
    Fields f(body);
    const QString site = f.string(QStringLiteral("site_id"), true, limits::kSiteIdMaxChars);
    const QString code = f.string(QStringLiteral("enrolment_code"), true, limits::kEnrolmentCodeMaxChars);
    const QString device = f.string(QStringLiteral("device_name"), true, limits::kDeviceNameMaxChars);
    const qint64 ttl = f.integer(QStringLiteral("ttl_s"), false, 1, ctx.config.deviceTokenTtlS,
                                 ctx.config.deviceTokenTtlS);
    if (f.error())
        return sendError(res, *f.error());
    notePrincipal(QStringLiteral("enrol:%1:%2").arg(site, device));
    // The code's use and the device token in one transaction: a code is spent only by a device that got a token.
    const Principal p{{}, TokenKind::Device, QStringLiteral("device:%1:%2").arg(site, device),
                      Role::L2Operator, site, false};
    bool accepted = false;
    IssuedToken issued;
    const Status s = ctx.db.write([&](QSqlDatabase &db) -> Status {
        AccountStore accounts(db, ctx.clock);
        auto ok = accounts.consumeEnrolCode(site, code);
        if (!ok)
            return ok.error();
        accepted = ok.value();
        if (!accepted)
            return {};
        auto t = accounts.issueToken(p, ttl);
        if (!t)
            return t.error();
        issued = t.value();
        return {};
    });
    if (!s.ok())
        return sendError(res, ApiError::fromDatabase(s));
    if (!accepted)
        return sendError(res, badCredentials()); // unknown site, wrong, spent or expired code: one answer
    sendJson(res, 201, tokenBody(issued, p));
}

void login(HubContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    QJsonObject body;
    if (auto e = parseObject(req, {QStringLiteral("username"), QStringLiteral("password"),
                                   QStringLiteral("site_id"), QStringLiteral("ttl_s")}, body))
        return sendError(res, *e);
    Fields f(body);
    const QString name = f.string(QStringLiteral("username"), true, limits::kLoginNameMaxChars);
    const QString password = f.string(QStringLiteral("password"), true, limits::kPasswordMaxChars);
    const QString site = f.string(QStringLiteral("site_id"), false, limits::kSiteIdMaxChars);
    const qint64 ttl = f.integer(QStringLiteral("ttl_s"), false, 1, ctx.config.userTokenTtlS,
                                 ctx.config.userTokenTtlS);
    if (f.error())
        return sendError(res, *f.error());
    notePrincipal(QStringLiteral("login:") + name); // failed logins are logged with the name they tried
    auto conn = ctx.db.connection();
    if (!conn)
        return sendError(res, ApiError::unavailable());
    // Locked per name *and* address, unknown names included: nobody locks a user out from everywhere, and the
    // answer never says whether the name exists (issue 10).
    const QString client = clientAddress(ctx.config, req);
    LoginThrottle throttle(conn.value(), ctx.clock, ctx.config.loginMaxFailures, ctx.config.loginLockoutS * 1000LL);
    auto wait = throttle.retryAfterMs(name, client);
    if (!wait)
        return sendError(res, ApiError::fromDatabase(wait.error()));
    if (wait.value() > 0) {
        const qint64 seconds = (wait.value() + 999) / 1000;
        res.set_header("Retry-After", std::to_string(seconds));
        return sendError(res, ApiError{429, QStringLiteral("rate_limited"),
                                       QStringLiteral("Too many failed logins for this name from this address; retry in %1 s.")
                                           .arg(seconds),
                                       {}});
    }
    AccountStore accounts(conn.value(), ctx.clock);
    auto found = accounts.findUser(name);
    if (!found)
        return sendError(res, ApiError::fromDatabase(found.error()));
    bool good = false;
    if (!found.value() || found.value()->disabled) {
        // The same work and the same answer as a wrong password: no user enumeration by timing.
        static const QString dummy = ctx.hasher.hash(QStringLiteral("not a user: timing only"));
        ctx.hasher.verify(dummy, password);
    } else {
        const HubUser &u = *found.value();
        good = ctx.hasher.verify(u.passwordHash, password) && (u.central || site.isEmpty() || site == u.siteId);
    }
    if (!good) {
        throttle.recordFailure(name, client);
        return sendError(res, badCredentials());
    }
    throttle.recordSuccess(name, client);
    const HubUser &u = *found.value();
    const Principal p{{}, TokenKind::User, u.name, u.role, u.central ? QString() : u.siteId, u.central};
    auto t = accounts.issueToken(p, ttl);
    if (!t)
        return sendError(res, ApiError::fromDatabase(t.error()));
    sendJson(res, 200, tokenBody(t.value(), p));
}

void revokeToken(HubContext &ctx, const httplib::Request &req, httplib::Response &res)
{
    Principal caller;
    if (auto e = authenticateRequest(ctx, req, caller))
        return sendError(res, *e);
    QJsonObject body;
    if (!req.body.empty()) { // an empty body is a logout
        if (auto e = parseObject(req, {QStringLiteral("token")}, body))
            return sendError(res, *e);
    }
    Fields f(body);
    const QString token = f.string(QStringLiteral("token"), false, limits::kTokenMaxChars);
    if (f.error())
        return sendError(res, *f.error());
    AccountStore accounts(ctx.db.connection().value(), ctx.clock);
    QString hash = caller.tokenHash; // no token given: log out (revoke the caller's own)
    if (!token.isEmpty()) {
        auto target = accounts.findToken(token);
        if (!target && target.error().code != ErrorCode::AuthFailed)
            return sendError(res, ApiError::fromDatabase(target.error()));
        if (!target || !target.value())
            return sendError(res, ApiError::notFound(QStringLiteral("No valid token matches.")));
        const Principal &t = *target.value();
        const bool admin = caller.kind == TokenKind::User && caller.role == Role::Admin
            && (caller.central || (!t.central && t.siteId == caller.siteId));
        if (t.subject != caller.subject && !admin)
            return sendError(res, ApiError::forbidden(QStringLiteral("Only the token's owner or an admin may revoke it.")));
        hash = t.tokenHash;
    }
    if (auto n = accounts.revoke(QStringLiteral("hash"), hash); !n)
        return sendError(res, ApiError::fromDatabase(n.error()));
    sendJson(res, 200, QJsonObject{{QStringLiteral("revoked"), true}});
}

} // namespace mt::handlers
