// Real processes of the hub benchmark: a throwaway PostgreSQL cluster and medtrack-hub on loopback.
#pragma once

#include "PgCluster.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace mt::bench {

using pg::freeTcpPort;
using pg::PgCluster; // the benchmark's cluster keeps durability (fsync on), unlike the test suite's

struct ProcessSample
{
    qint64 peakRssKb = 0;   // VmHWM
    double cpuSeconds = 0;  // utime + stime
};

class HubUnderTest
{
public:
    // backendArgs: {"--data-dir", dir} or {"--database", url}; the log (stderr) goes to logFile.
    HubUnderTest(QString exe, QStringList backendArgs, QString logFile);
    ~HubUnderTest();
    bool start(const QStringList &extraArgs = {});
    void stop();
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    ProcessSample sample() const;
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // Runs an admin command on the same database; the secret is the last ": " field of stdout.
    QString adminSecret(const QStringList &command) const;

private:
    QString m_exe;
    QStringList m_backendArgs;
    QString m_logFile;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

ProcessSample sampleProcess(qint64 pid);
QString loadAverage(); // first three fields of /proc/loadavg

} // namespace mt::bench
