// Starts and stops PostgreSQL and medtrack-hub for the benchmark; reads their /proc figures.
#include "BenchProcesses.h"

#include <QFile>

#include <unistd.h>

namespace mt::bench {

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
