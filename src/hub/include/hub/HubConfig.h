// medtrack-hub's settings from the command line: where to listen, which database, limits.
#pragma once

#include "common/Error.h"
#include "domain/FieldLimits.h"

#include <QString>
#include <QStringList>

namespace mt {

struct HubConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8443;              // 0 = any free port (printed on the first stdout line)
    QString dataDir;                  // SQLite file <dataDir>/hub.db
    QString databaseUrl;              // postgresql://user:pass@host:port/db (wins over dataDir)
    QString tlsCert;
    QString tlsKey;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int readTimeoutS = 15;
    int writeTimeoutS = 15;
    int threads = 16;
    // The gate (GatedServer.h): open connections at most; a request's head (and first 16 KiB of body) within
    // the header timeout; a keep-alive connection closed after the idle timeout.
    int maxConnections = 4096;
    int headerTimeoutS = 30;
    int idleTimeoutS = 60;
    // How long a write waits for the database lock (SQLite busy, PostgreSQL lock_timeout) before the request
    // is answered 503 busy with Retry-After.
    int busyTimeoutS = 5;
    // /readyz answers 503 when the SQLite data directory's file system has less free space than this.
    qint64 minFreeMb = 64;
    qint64 userTokenTtlS = 12 * 3600;
    qint64 deviceTokenTtlS = 90LL * 24 * 3600;
    qint64 ingestTokenTtlS = 365LL * 24 * 3600;
    int maxBatchEvents = 1000;
    int maxPullLimit = 1000;
    int loginMaxFailures = 5;
    int loginLockoutS = 15 * 60;
    // An event whose HLC wall part lies further ahead of the hub's clock is refused (clock_ahead).
    qint64 maxClockAheadS = limits::kMaxClockAheadMs / 1000;
    // Reverse proxies whose X-Forwarded-For names the real client (its last entry): the address that is
    // logged, recorded with refusals and used for the login lockout. Anyone else's header is ignored.
    QStringList trustedProxies;

    bool usesPostgres() const { return !databaseUrl.isEmpty(); }
    bool usesTls() const { return !tlsCert.isEmpty(); }
};

struct HubCommandLine
{
    HubConfig config;
    QStringList command; // admin sub-command ("site add --id S ..."); empty = serve
    bool help = false;
};

// Parses the global options; everything from the first word not starting with "--" is the command.
Result<HubCommandLine> parseHubCommandLine(const QStringList &args);
QString hubUsage();

} // namespace mt
