// site/user/token bootstrap commands; secrets are printed once and stored hashed.
#include "hub/AdminCli.h"

#include "AccountStore.h"
#include "HubClock.h"
#include "LoginThrottle.h"
#include "RefusalLog.h"

#include "common/Clock.h"
#include "domain/EventJson.h"
#include "domain/Permissions.h"
#include "hub/HubDatabase.h"
#include "security/PasswordHasher.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace mt {

namespace {

// "--key value" pairs after the verb; a bare "--central" is a flag.
QHash<QString, QString> options(const QStringList &args)
{
    QHash<QString, QString> o;
    for (int i = 0; i < args.size(); ++i) {
        if (!args[i].startsWith(QLatin1String("--")))
            continue;
        const bool hasValue = i + 1 < args.size() && !args[i + 1].startsWith(QLatin1String("--"));
        o.insert(args[i].mid(2), hasValue ? args[i + 1] : QStringLiteral("1"));
        if (hasValue)
            ++i;
    }
    return o;
}

} // namespace

AdminCli::AdminCli(HubDatabase &db, const HubConfig &config, const Clock &clock, QTextStream &out,
                   QTextStream &err, std::function<QString()> readSecret)
    : m_db(db), m_config(config), m_clock(clock), m_out(out), m_err(err), m_readSecret(std::move(readSecret))
{
}

int AdminCli::fail(const QString &message, int code)
{
    m_err << "medtrack-hub: " << message << Qt::endl;
    return code;
}

int AdminCli::run(const QStringList &command)
{
    const QString noun = command.value(0);
    const QStringList rest = command.mid(1);
    if (noun == QLatin1String("site"))
        return siteCommand(rest);
    if (noun == QLatin1String("user"))
        return userCommand(rest);
    if (noun == QLatin1String("token"))
        return tokenCommand(rest);
    if (noun == QLatin1String("refusals"))
        return refusalsCommand(rest);
    if (noun == QLatin1String("events"))
        return eventsCommand(rest);
    return fail(QStringLiteral("unknown command '%1' (see --help)").arg(noun), 2);
}

namespace {

// "90s", "30m", "24h", "7d": seconds; nullopt when not one of these.
std::optional<qint64> durationSeconds(const QString &text)
{
    static const QHash<QChar, qint64> unit{{QLatin1Char('s'), 1}, {QLatin1Char('m'), 60}, {QLatin1Char('h'), 3600},
                                          {QLatin1Char('d'), 86400}};
    if (text.size() < 2 || !unit.contains(text.back()))
        return std::nullopt;
    bool ok = false;
    const qint64 n = text.chopped(1).toLongLong(&ok);
    if (!ok || n <= 0 || n > 366LL * 86400 / unit.value(text.back()))
        return std::nullopt; // at most 366 days, whatever the unit
    return n * unit.value(text.back());
}

} // namespace

int AdminCli::siteCommand(const QStringList &args)
{
    const auto o = options(args);
    const QString id = o.value(QStringLiteral("id"));
    if (!isValidSiteId(id))
        return fail(QStringLiteral("--id must be 1..64 of [A-Za-z0-9._-]"), 2);
    EnrolCodeOptions code;
    if (o.contains(QStringLiteral("uses"))) {
        bool ok = false;
        code.uses = o.value(QStringLiteral("uses")).toInt(&ok);
        if (!ok || code.uses < 1 || code.uses > 10000)
            return fail(QStringLiteral("--uses must be a whole number from 1 to 10000 (devices that may enrol with the code)"), 2);
    }
    if (o.contains(QStringLiteral("expires"))) {
        const auto ttl = durationSeconds(o.value(QStringLiteral("expires")));
        if (!ttl)
            return fail(QStringLiteral("--expires takes a duration like 30m, 24h or 7d (at most 366d)"), 2);
        code.ttlS = *ttl;
    }
    AccountStore accounts(m_db.connection().value(), m_clock);
    Result<QString> made = Error::make(ErrorCode::Validation);
    int revoked = -1;
    if (args.value(0) == QLatin1String("add")) {
        if (o.value(QStringLiteral("name")).isEmpty())
            return fail(QStringLiteral("site add needs --name"), 2);
        made = accounts.addSite(id, o.value(QStringLiteral("name")), code);
    } else if (args.value(0) == QLatin1String("code")) {
        made = accounts.rotateEnrolCode(id, code);
        if (made && o.contains(QStringLiteral("revoke-devices"))) {
            const auto n = accounts.revokeDevices(id);
            if (!n)
                return fail(n.error().detail);
            revoked = n.value();
        }
    } else {
        return fail(QStringLiteral("site add --id S --name N | site code --id S [--uses N] [--expires 24h] [--revoke-devices]"), 2);
    }
    if (!made)
        return fail(QStringLiteral("site %1: %2 %3").arg(id, QString::fromLatin1(errorCodeName(made.error().code)),
                                                        made.error().detail));
    if (revoked >= 0)
        m_out << "revoked " << revoked << " device token(s) of site " << id << Qt::endl;
    m_out << "enrolment code for site " << id << ", " << code.uses << " use(s)"
          << (code.ttlS > 0 ? QStringLiteral(", expires in %1 s").arg(code.ttlS) : QString()) << " (shown once): " << made.value()
          << Qt::endl;
    return 0;
}

int AdminCli::userCommand(const QStringList &args)
{
    const auto o = options(args);
    const QString verb = args.value(0);
    if (verb == QLatin1String("list") || verb == QLatin1String("disable") || verb == QLatin1String("enable")
        || verb == QLatin1String("password"))
        return userManage(verb, o.value(QStringLiteral("name")));
    if (verb != QLatin1String("add"))
        return fail(QStringLiteral("user add --name N --role R (--site S | --central) | user list | "
                                   "user disable|enable|password --name N"), 2);
    HubUser u;
    u.name = o.value(QStringLiteral("name"));
    const auto role = roleFromKey(o.value(QStringLiteral("role")));
    u.central = o.contains(QStringLiteral("central"));
    u.siteId = o.value(QStringLiteral("site"));
    const AuthPolicy policy;
    if (!policy.validateUserName(u.name).ok() || !role)
        return fail(QStringLiteral("--name must be 3..32 of [a-z0-9._-]; --role l1|l2|ic|steward|admin"), 2);
    u.role = *role;
    if (u.central == !u.siteId.isEmpty())
        return fail(QStringLiteral("give exactly one of --site S or --central"), 2);
    if (u.central && u.role != Role::IncidentCommander && u.role != Role::Admin)
        return fail(QStringLiteral("only ic and admin users may be central"), 2);
    const QString password = m_readSecret();
    if (Status s = policy.validateNewPassword(password, u.name); !s.ok())
        return fail(QStringLiteral("password: %1 (at least %2 characters)").arg(s.detail).arg(policy.minPasswordLength), 2);
    u.passwordHash = PasswordHasher().hash(password);
    AccountStore accounts(m_db.connection().value(), m_clock);
    if (!u.central) {
        auto known = accounts.siteExists(u.siteId);
        if (!known || !known.value())
            return fail(QStringLiteral("unknown site %1 (site add first)").arg(u.siteId));
    }
    if (Status s = accounts.addUser(u); !s.ok())
        return fail(QStringLiteral("user %1: %2").arg(u.name, s.detail));
    m_out << "user " << u.name << " added (" << toKey(u.role) << ", "
          << (u.central ? QStringLiteral("central") : QStringLiteral("site ") + u.siteId) << ")" << Qt::endl;
    return 0;
}

// user list | disable | enable | password (the new password on stdin, checked like the first one).
int AdminCli::userManage(const QString &verb, const QString &name)
{
    AccountStore accounts(m_db.connection().value(), m_clock);
    LoginThrottle throttle(m_db.connection().value(), m_clock, m_config.loginMaxFailures, m_config.loginLockoutS * 1000LL);
    if (verb == QLatin1String("list")) {
        const auto users = accounts.listUsers();
        if (!users)
            return fail(users.error().detail);
        m_out << "name\trole\tscope\tstate\tlocked_from" << Qt::endl;
        for (const HubUser &u : users.value()) {
            const auto locked = throttle.lockedAddresses(u.name);
            m_out << u.name << '\t' << toKey(u.role) << '\t' << (u.central ? QStringLiteral("central") : QStringLiteral("site ") + u.siteId)
                  << '\t' << (u.disabled ? QStringLiteral("disabled") : QStringLiteral("active")) << '\t'
                  << (locked ? QStringLiteral("%1 address(es)").arg(locked.value()) : QStringLiteral("?")) << Qt::endl;
        }
        return 0;
    }
    if (name.isEmpty())
        return fail(QStringLiteral("user %1 needs --name N").arg(verb), 2);
    Result<bool> done = false;
    if (verb == QLatin1String("password")) {
        const QString password = m_readSecret();
        const AuthPolicy policy;
        if (Status s = policy.validateNewPassword(password, name); !s.ok())
            return fail(QStringLiteral("password: %1 (at least %2 characters)").arg(s.detail).arg(policy.minPasswordLength), 2);
        done = accounts.setPassword(name, PasswordHasher().hash(password));
    } else {
        done = accounts.setDisabled(name, verb == QLatin1String("disable"));
    }
    if (!done)
        return fail(done.error().detail);
    if (!done.value())
        return fail(QStringLiteral("no hub user named '%1' (see user list)").arg(name), 1);
    if (verb != QLatin1String("disable")) {
        if (Status s = throttle.clear(name); !s.ok())
            return fail(s.detail);
    }
    m_out << "user " << name
          << (verb == QLatin1String("password") ? " has a new password (failed logins and lockouts cleared)"
              : verb == QLatin1String("disable") ? " disabled (its tokens revoked)" : " enabled (lockouts cleared)")
          << Qt::endl;
    return 0;
}

int AdminCli::tokenCommand(const QStringList &args)
{
    if (args.value(0) == QLatin1String("revoke"))
        return tokenRevoke(args.mid(1));
    if (args.value(0) == QLatin1String("list"))
        return tokenList(args.mid(1));
    const auto o = options(args);
    if (args.value(0) != QLatin1String("add") || o.value(QStringLiteral("kind")) != QLatin1String("ingest"))
        return fail(QStringLiteral("token add --site S --kind ingest [--ttl-days D] | token revoke ..."), 2);
    const QString site = o.value(QStringLiteral("site"));
    bool ok = true;
    const qint64 days = o.contains(QStringLiteral("ttl-days")) ? o.value(QStringLiteral("ttl-days")).toLongLong(&ok) : 0;
    if (!isValidSiteId(site) || !ok || days < 0)
        return fail(QStringLiteral("token add needs --site S and a whole --ttl-days"), 2);
    AccountStore accounts(m_db.connection().value(), m_clock);
    const Principal p{{}, TokenKind::Ingest, QStringLiteral("ingest:") + site, Role::L1Operator, site, false};
    auto t = accounts.issueToken(p, days > 0 ? days * 86400 : m_config.ingestTokenTtlS);
    if (!t)
        return fail(t.error().detail);
    m_out << "ingestion token for site " << site << " (shown once): " << t->token << Qt::endl;
    return 0;
}

int AdminCli::tokenRevoke(const QStringList &args)
{
    const auto o = options(args);
    AccountStore accounts(m_db.connection().value(), m_clock);
    Result<int> n = 0;
    if (o.contains(QStringLiteral("token")))
        n = accounts.revoke(QStringLiteral("hash"), AccountStore::hashSecret(o.value(QStringLiteral("token"))));
    else if (o.contains(QStringLiteral("user")))
        n = accounts.revoke(QStringLiteral("subject"), o.value(QStringLiteral("user")));
    else if (o.contains(QStringLiteral("device")) && o.contains(QStringLiteral("site")))
        n = accounts.revoke(QStringLiteral("subject"),
                            QStringLiteral("device:%1:%2").arg(o.value(QStringLiteral("site")), o.value(QStringLiteral("device"))));
    else if (o.contains(QStringLiteral("site")))
        n = accounts.revoke(QStringLiteral("site_id"), o.value(QStringLiteral("site")));
    else
        return fail(QStringLiteral("token revoke (--token T | --user N | --device NAME --site S | --site S)"), 2);
    if (!n)
        return fail(n.error().detail);
    m_out << "revoked " << n.value() << " token(s)" << Qt::endl;
    return 0;
}

// Every token's kind, subject, site, created, last used, expiry and revocation; never a secret.
int AdminCli::tokenList(const QStringList &args)
{
    const auto o = options(args);
    const QString site = o.value(QStringLiteral("site"));
    if (o.contains(QStringLiteral("site")) && !isValidSiteId(site))
        return fail(QStringLiteral("--site must be 1..64 of [A-Za-z0-9._-]"), 2);
    AccountStore accounts(m_db.connection().value(), m_clock);
    const auto tokens = accounts.listTokens(site);
    if (!tokens)
        return fail(tokens.error().detail);
    const auto when = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
    };
    m_out << "kind\tsubject\tsite\tcreated\tlast_used\texpires\trevoked" << Qt::endl;
    for (const TokenInfo &t : tokens.value())
        m_out << t.kind << '\t' << t.subject << '\t' << (t.siteId.isEmpty() ? QStringLiteral("(central)") : t.siteId) << '\t'
              << when(t.createdMs) << '\t' << when(t.lastUsedMs) << '\t' << when(t.expiresMs) << '\t' << when(t.revokedMs)
              << Qt::endl;
    return 0;
}

// Repair after a wrong clock: events stamped after the given time leave the log (kept in events_quarantine),
// so pullers no longer receive them and the hub's clock mark returns to the newest event left.
int AdminCli::eventsCommand(const QStringList &args)
{
    const auto o = options(args);
    const QString given = o.value(QStringLiteral("hlc-after"));
    if (args.value(0) != QLatin1String("quarantine") || given.isEmpty())
        return fail(QStringLiteral("events quarantine --hlc-after (HLC like 1767225600000.00000 | ISO-8601 time)"), 2);
    bool ok = false;
    Hlc after = Hlc::fromString(given, &ok);
    if (!ok || after.toString() != given) {
        const QDateTime t = QDateTime::fromString(given, Qt::ISODateWithMs);
        if (!t.isValid())
            return fail(QStringLiteral("--hlc-after: '%1' is neither an HLC (13 digits, '.', 5 digits) nor an ISO-8601 time")
                            .arg(given),
                        2);
        after = Hlc::fromParts(t.toMSecsSinceEpoch(), 0xFFFF);
    }
    Result<qint64> moved = qint64{0};
    const Status s = m_db.write([&](QSqlDatabase &db) -> Status {
        moved = hubclock::quarantine(db, after, m_clock.nowMs(), QStringLiteral("hlc after ") + after.toString());
        return moved ? Status{} : Status(moved.error());
    });
    if (!s.ok())
        return fail(s.detail);
    m_out << "moved " << moved.value() << " event(s) stamped after " << after.toString()
          << " (or not canonical) to events_quarantine" << Qt::endl;
    return 0;
}

} // namespace mt

namespace mt {

// Failed logins and refused requests, newest first: when, from where, as whom, what, and why.
int AdminCli::refusalsCommand(const QStringList &args)
{
    const auto o = options(args);
    RefusalFilter f;
    f.client = o.value(QStringLiteral("client"));
    f.principal = o.value(QStringLiteral("principal"));
    f.code = o.value(QStringLiteral("code"));
    bool ok = true;
    if (o.contains(QStringLiteral("limit"))) {
        f.limit = o.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || f.limit < 1 || f.limit > 100000)
            return fail(QStringLiteral("--limit must be 1..100000"), 2);
    }
    const QString since = o.value(QStringLiteral("since"), QStringLiteral("24h"));
    if (const auto ago = durationSeconds(since)) {
        f.sinceMs = m_clock.nowMs() - *ago * 1000;
    } else {
        const QDateTime t = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!t.isValid())
            return fail(QStringLiteral("--since: '%1' is neither a duration (30m, 24h, 7d) nor an ISO-8601 time").arg(since), 2);
        f.sinceMs = t.toMSecsSinceEpoch();
    }
    const auto rows = RefusalLog::query(m_db.connection().value(), f);
    if (!rows)
        return fail(rows.error().detail);
    m_out << "time\tclient\tprincipal\troute\tstatus\tcode\tcount\tdetail" << Qt::endl;
    for (const RefusalRecord &r : rows.value())
        m_out << QDateTime::fromMSecsSinceEpoch(r.atMs, Qt::UTC).toString(Qt::ISODateWithMs) << '\t' << r.client << '\t'
              << (r.principal.isEmpty() ? QStringLiteral("-") : r.principal) << '\t' << r.route << '\t' << r.status << '\t'
              << r.code << '\t' << r.count << '\t' << (r.detail.isEmpty() ? QStringLiteral("-") : r.detail) << Qt::endl;
    return 0;
}

} // namespace mt
