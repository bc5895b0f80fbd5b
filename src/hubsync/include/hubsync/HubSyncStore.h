// The hub-sync tables on one connection: outbox, server_seq marks, refusals (sql/007), pull cursor, installation id.
#pragma once

#include "common/Error.h"
#include "domain/Event.h"

#include <QList>
#include <QPair>
#include <QString>

namespace mt {

class Database;
class EventStore;

struct HubRejection
{
    QString eventId;
    QString code;
    QString message;
    qint64 atMs = 0;
};

class HubSyncStore
{
public:
    HubSyncStore(Database &db, EventStore &store);

    struct OutboxEvent
    {
        qint64 seq = 0;
        Event event;
    };
    // This site's events with no server_seq and local seq > afterSeq, in order, except user.*
    // events (accounts stay on their workstation) and events `hubUrl` has refused.
    Result<QList<OutboxEvent>> outbox(const QString &siteId, const QString &hubUrl, qint64 afterSeq, int limit) const;
    Result<qint64> pendingCount(const QString &siteId, const QString &hubUrl) const;
    Result<qint64> rejectedCount(const QString &hubUrl) const;
    Result<QList<HubRejection>> rejections(const QString &hubUrl) const;

    // One transaction: accepted events get their server_seq, refused ones a sync_rejections row.
    Status recordPush(const QString &hubUrl, const QList<QPair<QString, qint64>> &accepted,
                      const QList<HubRejection> &rejected);
    Result<qint64> cursor(const QString &hubUrl) const;
    // Events held here with a hub server_seq in (after, upTo].
    Result<qint64> heldBetween(qint64 after, qint64 upTo) const;
    // One transaction: the page (idempotent append + projections), the server_seq of every event in it
    // (own events coming back included) and the cursor `nextSince`. Returns how many were new.
    Result<int> applyPulledPage(const QList<Event> &events, const QString &hubUrl, qint64 nextSince);
    // Random UUID kept in the settings table, created on first need (part of the keychain key).
    Result<QString> installationId();

    static inline const QString kInstallationIdKey = QStringLiteral("hub.installation_id");

private:
    Database &m_db;
    EventStore &m_store;
};

} // namespace mt
