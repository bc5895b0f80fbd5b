// Starts and stops PostgreSQL and medtrack-hub for the benchmark; reads their /proc figures.
#include "BenchProcesses.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <unistd.h>

namespace mt::bench {

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

} // namespace

quint16 freeTcpPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

ProcessSample sampleProcess(qint64 pid)
{
    ProcessSample s;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                s.peakRssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // Fields after the ")" of the command name: state is field 3, utime 14, stime 15.
        const QByteArray all = stat.readAll();
        const QList<QByteArray> f = all.mid(all.lastIndexOf(')') + 2).split(' ');
        const double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
        s.cpuSeconds = (f.value(11).toDouble() + f.value(12).toDouble()) / tick;
    }
    return s;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

bool PgCluster::binariesPresent()
{
    return QFile::exists(kPgBin + QStringLiteral("/initdb")) && QFile::exists(kPgBin + QStringLiteral("/pg_ctl"));
}

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
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("hub"),
                                        QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8")}, why))
        return false;
    m_port = freeTcpPort();
    const QString opts = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=300")
                             .arg(m_port).arg(m_dir.path());
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
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
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
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

HubUnderTest::HubUnderTest(QString exe, QStringList backendArgs, QString logFile)
    : m_exe(std::move(exe)), m_backendArgs(std::move(backendArgs)), m_logFile(std::move(logFile))
{
}

HubUnderTest::~HubUnderTest()
{
    stop();
}

bool HubUnderTest::start(const QStringList &extraArgs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(m_logFile, QIODevice::Append); // one JSON line per request, as in production
    m_process->start(m_exe, m_backendArgs + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                + extraArgs);
    QByteArray out;
    while (!out.contains('\n') && m_process->waitForReadyRead(30000))
        out += m_process->readAllStandardOutput();
    const QString line = QString::fromUtf8(out).section(QLatin1Char('\n'), 0, 0);
    if (!line.startsWith(QLatin1String("listening on ")))
        return false;
    m_port = static_cast<quint16>(line.section(QLatin1Char(':'), -1).toUInt());
    return m_port != 0;
}

void HubUnderTest::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(20000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

ProcessSample HubUnderTest::sample() const
{
    return m_process ? sampleProcess(m_process->processId()) : ProcessSample{};
}

QString HubUnderTest::adminSecret(const QStringList &command) const
{
    QProcess p;
    p.start(m_exe, m_backendArgs + command);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(QStringLiteral(": "), -1);
}

} // namespace mt::bench
