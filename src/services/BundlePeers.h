// SQL for offline bundles: trusted peers and their high-water marks, the bundle log, reading the event log.
#pragma once

#include "common/Error.h"
#include "services/Bundle.h"

#include <optional>

namespace mt {

class Database;

class BundlePeers
{
public:
    explicit BundlePeers(Database &db);

    Result<QList<BundlePeer>> all() const;
    Result<std::optional<BundlePeer>> find(const QString &siteId) const;
    // Adds or replaces the peer's key; high-water marks are kept when only the key changes.
    Status trust(const QString &siteId, const QByteArray &publicKey, const QString &actor, qint64 atMs);
    // Raise-only updates (a mark never goes back).
    Status raiseReceived(const QString &siteId, qint64 seq);
    Status raiseAcked(const QString &siteId, qint64 seq);
    Status raiseExported(const QString &siteId, qint64 seq);
    Status log(const QString &bundleId, const QString &direction, const QString &peer, const QString &actor,
               qint64 atMs, qint64 events, qint64 newEvents);

    // Events with local seq > afterSeq in seq order, skipping those made at `excludeSite`.
    Result<QList<LoggedEvent>> eventsAfter(qint64 afterSeq, const QString &excludeSite, int limit) const;
    Result<qint64> lastSeq() const;

private:
    Status raise(const char *column, const QString &siteId, qint64 seq);

    Database &m_db;
};

} // namespace mt
