// A throwaway PostgreSQL cluster: initdb + pg_ctl on 127.0.0.1:<free port> in a temp dir (as the
// postgres user when run as root). Used by the hub tests (fsync off) and the hub benchmark (fsync on).
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mt::pg {

quint16 freeTcpPort();

class PgCluster
{
public:
    // serverSettings: extra "-c" settings, e.g. {"fsync=off"} for tests, {"max_connections=300"}.
    explicit PgCluster(QStringList serverSettings = {});
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    static bool binariesPresent();
    // Again after stop(): the same data and port (a database server that went away and came back).
    bool start(QString *why);
    void stop();
    // postgresql://hub@127.0.0.1:PORT/<database>; createDatabase() first for anything but "postgres".
    QString url(const QString &database = QStringLiteral("postgres")) const;
    bool createDatabase(const QString &name, QString *why);
    quint16 port() const { return m_port; }

private:
    bool run(const QString &tool, const QStringList &args, QString *why);
    QStringList m_settings;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace mt::pg
