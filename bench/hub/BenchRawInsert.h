// Baselines of the hub benchmark: the raw insert rate of the same backend, measured in the same run.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mt::bench {

struct RawTarget
{
    bool postgres = false;
    QString sqliteFile;   // SQLite: a file next to the hub's (same disk), WAL + synchronous=NORMAL as the hub
    quint16 pgPort = 0;   // PostgreSQL: database pgDatabase on 127.0.0.1 as user "hub"
    QString pgDatabase;
};

// Inserts the events through one prepared INSERT into a fresh table of the hub's `events` shape
// (same columns, keys and indexes), one transaction per `batch` rows. Returns seconds, < 0 on error.
double rawHubInsert(const RawTarget &target, const QList<QJsonObject> &events, int batch, QString *why);

// The same into a fresh SQLite file with the client's `events` shape (hash chain columns filled with
// fixed bytes, no hashing), one transaction per `batch` rows: the floor under a client's pull.
double rawClientInsert(const QString &file, const QList<QJsonObject> &events, int batch, QString *why);

} // namespace mt::bench
