// Command-line parsing of medtrack-hub's global options.
#include "hub/HubConfig.h"

#include <functional>
#include <map>

namespace mt {

namespace {

using Setter = std::function<bool(HubConfig &, const QString &)>;

bool setInt(qint64 &out, const QString &v, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return false;
    out = n;
    return true;
}

Setter intSetter(int HubConfig::*member, qint64 min, qint64 max)
{
    return [member, min, max](HubConfig &c, const QString &v) {
        qint64 n = 0;
        if (!setInt(n, v, min, max))
            return false;
        c.*member = static_cast<int>(n);
        return true;
    };
}

Setter longSetter(qint64 HubConfig::*member, qint64 min, qint64 max)
{
    return [member, min, max](HubConfig &c, const QString &v) { return setInt(c.*member, v, min, max); };
}

bool setListen(HubConfig &c, const QString &v)
{
    const int colon = v.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    qint64 port = 0;
    if (!setInt(port, v.mid(colon + 1), 0, 65535))
        return false;
    c.host = v.left(colon);
    c.port = static_cast<quint16>(port);
    return true;
}

const std::map<QString, Setter> &setters()
{
    static const std::map<QString, Setter> s{
        {QStringLiteral("--listen"), setListen},
        {QStringLiteral("--data-dir"), [](HubConfig &c, const QString &v) { c.dataDir = v; return !v.isEmpty(); }},
        {QStringLiteral("--database"), [](HubConfig &c, const QString &v) {
             c.databaseUrl = v;
             return v.startsWith(QLatin1String("postgresql://")) || v.startsWith(QLatin1String("postgres://"));
         }},
        {QStringLiteral("--tls-cert"), [](HubConfig &c, const QString &v) { c.tlsCert = v; return true; }},
        {QStringLiteral("--tls-key"), [](HubConfig &c, const QString &v) { c.tlsKey = v; return true; }},
        {QStringLiteral("--max-body-bytes"), longSetter(&HubConfig::maxBodyBytes, 1024, 1LL << 30)},
        {QStringLiteral("--read-timeout"), intSetter(&HubConfig::readTimeoutS, 1, 3600)},
        {QStringLiteral("--write-timeout"), intSetter(&HubConfig::writeTimeoutS, 1, 3600)},
        {QStringLiteral("--threads"), intSetter(&HubConfig::threads, 1, 1024)},
        {QStringLiteral("--max-connections"), intSetter(&HubConfig::maxConnections, 1, 1000000)},
        {QStringLiteral("--header-timeout"), intSetter(&HubConfig::headerTimeoutS, 1, 3600)},
        {QStringLiteral("--idle-timeout"), intSetter(&HubConfig::idleTimeoutS, 1, 3600)},
        {QStringLiteral("--busy-timeout"), intSetter(&HubConfig::busyTimeoutS, 1, 600)},
        {QStringLiteral("--min-free-mb"), longSetter(&HubConfig::minFreeMb, 0, 1LL << 30)},
        {QStringLiteral("--user-token-ttl"), longSetter(&HubConfig::userTokenTtlS, 1, 366LL * 86400)},
        {QStringLiteral("--device-token-ttl"), longSetter(&HubConfig::deviceTokenTtlS, 1, 3660LL * 86400)},
        {QStringLiteral("--max-batch"), intSetter(&HubConfig::maxBatchEvents, 1, 100000)},
        {QStringLiteral("--max-clock-ahead"), longSetter(&HubConfig::maxClockAheadS, 0, 7LL * 86400)},
        {QStringLiteral("--trusted-proxy"), [](HubConfig &c, const QString &v) {
             c.trustedProxies.append(v.split(QLatin1Char(','), Qt::SkipEmptyParts));
             return !v.trimmed().isEmpty();
         }},
    };
    return s;
}

} // namespace

Result<HubCommandLine> parseHubCommandLine(const QStringList &args)
{
    HubCommandLine cl;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            cl.help = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            cl.command = args.mid(i);
            break;
        }
        const auto it = setters().find(a);
        if (it == setters().end())
            return Error::make(ErrorCode::Validation, a, QStringLiteral("unknown option"));
        if (i + 1 >= args.size() || !it->second(cl.config, args[i + 1]))
            return Error::make(ErrorCode::Validation, a, QStringLiteral("missing or bad value"));
        ++i;
    }
    if (cl.config.dataDir.isEmpty() && cl.config.databaseUrl.isEmpty() && !cl.help)
        return Error::make(ErrorCode::Validation, QStringLiteral("--data-dir"),
                           QStringLiteral("give --data-dir DIR (SQLite) or --database postgresql://..."));
    if (cl.config.tlsCert.isEmpty() != cl.config.tlsKey.isEmpty())
        return Error::make(ErrorCode::Validation, QStringLiteral("--tls-key"),
                           QStringLiteral("--tls-cert and --tls-key go together"));
    return cl;
}

QString hubUsage()
{
    return QStringLiteral(
        "usage: medtrack-hub (--data-dir DIR | --database postgresql://user:pass@host:port/db) [options] [command]\n"
        "serve (no command): --listen HOST:PORT (PORT 0 = any free port) [--tls-cert FILE --tls-key FILE]\n"
        "  [--max-body-bytes N] [--read-timeout S] [--write-timeout S] [--threads N]\n"
        "  [--max-connections N (4096)] [--header-timeout S (30)] [--idle-timeout S (60)]\n"
        "  [--busy-timeout S (5)] [--min-free-mb N (64; /readyz fails below it)]\n"
        "  [--user-token-ttl S] [--device-token-ttl S] [--max-batch N] [--max-clock-ahead S (300)]\n"
        "  [--trusted-proxy ADDR[,ADDR]]   a reverse proxy whose X-Forwarded-For names the client\n"
        "commands:\n"
        "  site add --id S --name N [--uses N] [--expires 24h]   prints the site's enrolment code once\n"
        "  site code --id S [--uses N] [--expires 24h] [--revoke-devices]\n"
        "                                    replaces the enrolment code (single-use unless --uses), prints it\n"
        "  user add --name N --role l1|l2|ic|steward|admin (--site S | --central)   password on stdin\n"
        "  token add --site S --kind ingest [--ttl-days D]   prints an alert-ingestion token once\n"
        "  user list | user disable|enable --name N | user password --name N   (new password on stdin)\n"
        "  token list [--site S]             kind, subject, site, created, last used, expiry (never a secret)\n"
        "  token revoke (--token T | --user N | --device NAME --site S | --site S)\n"
        "  refusals [--since 24h|ISO] [--client ADDR] [--principal P] [--code C] [--limit N]\n"
        "                                    failed logins and refused requests, newest first\n"
        "  events quarantine --hlc-after (HLC | ISO-8601 time)   moves events stamped after it (or not canonical)\n"
        "                                    out of the log, into events_quarantine (repair of a wrong clock)\n");
}

} // namespace mt
