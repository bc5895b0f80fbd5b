// PgCluster: initdb, pg_ctl start/stop and CREATE DATABASE for a loopback PostgreSQL.
#include "PgCluster.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <unistd.h>

namespace mt::pg {

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

} // namespace

quint16 freeTcpPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool PgCluster::binariesPresent()
{
    return QFile::exists(kPgBin + QStringLiteral("/initdb")) && QFile::exists(kPgBin + QStringLiteral("/pg_ctl"));
}

PgCluster::PgCluster(QStringList serverSettings) : m_settings(std::move(serverSettings)) {}

PgCluster::~PgCluster()
{
    stop();
}

bool PgCluster::run(const QString &tool, const QStringList &args, QString *why)
{
    QProcess p;
    QStringList full = args;
    QString program = kPgBin + QLatin1Char('/') + tool;
    if (::geteuid() == 0) { // PostgreSQL refuses to run as root
        full = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args;
        program = QStringLiteral("runuser");
    }
    p.start(program, full);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *why = tool + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
        return false;
    }
    return true;
}

bool PgCluster::start(QString *why)
{
    if (!m_dir.isValid())
        return *why = QStringLiteral("no temp dir"), false;
    if (::geteuid() == 0)
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const bool fresh = !QFileInfo::exists(data + QStringLiteral("/PG_VERSION")); // after stop(): start again, same port
    if (fresh && !run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("hub"),
                                                 QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8")}, why))
        return false;
    if (m_port == 0)
        m_port = freeTcpPort();
    QString opts = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(m_dir.path());
    for (const QString &setting : m_settings)
        opts += QStringLiteral(" -c ") + setting;
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), opts, QStringLiteral("-l"),
                                        m_dir.filePath(QStringLiteral("pg.log")), QStringLiteral("-w"),
                                        QStringLiteral("start")}, why))
        return false;
    m_running = true;
    return true;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    QString why;
    run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                   QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}, &why);
    m_running = false;
}

QString PgCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://hub@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PgCluster::createDatabase(const QString &name, QString *why)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgcluster-admin"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("hub"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!ok)
                *why = q.lastError().text();
        } else {
            *why = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgcluster-admin"));
    return ok;
}

} // namespace mt::pg
