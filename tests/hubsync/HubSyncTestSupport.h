// Test helpers for hub sync: a scripted loopback HTTP server, a real hub with one site, waiting, SQL peeks.
#pragma once

#include "HubTestSupport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <functional>
#include <memory>

namespace mt::test {

// Answers the n-th request with the n-th scripted raw response (after the script: the last one).
// An empty response closes the connection without answering; "HANG" keeps it open, silent.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    ScriptedHttpServer();
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;
    void script(QList<QByteArray> responses) { m_script = std::move(responses); }
    int requests() const { return m_requests; }
    QList<QByteArray> heads; // request line + headers of each request

private:
    QTcpServer m_server;
    QList<QByteArray> m_script;
    int m_requests = 0;
};

QByteArray httpResponse(int status, const QByteArray &body, const QList<QByteArray> &extraHeaders = {});

// Spins the event loop until `done` or the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000);
// One value from the data dir's database, on a connection of its own.
QVariant scalar(const QString &dataDir, const QString &sql);
// True when a secret service answers (write + read of a throwaway entry).
bool keychainWorks();

// Reserves a port of 127.0.0.1 for as long as it lives: a socket bound to it (SO_REUSEADDR and SO_REUSEPORT,
// never listening). The hub still binds and listens there (httplib sets SO_REUSEPORT), and connections are
// refused while no hub runs; but the kernel never hands the port out as a free (bind to 0) or ephemeral one,
// so no other test process can take it between a hub's stop and its restart.
class PortHold
{
public:
    PortHold() = default;
    ~PortHold();
    PortHold(const PortHold &) = delete;
    PortHold &operator=(const PortHold &) = delete;
    // `port` 0: any free port. False when it cannot be bound.
    bool hold(quint16 port = 0);
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// True when a plain socket (no reuse options) can bind 127.0.0.1:port right now.
bool portIsFree(quint16 port);

// A real medtrack-hub on SQLite with one site and its enrolment code; its port stays held across restarts.
struct HubSite
{
    QTemporaryDir dir;
    PortHold portHold;
    std::unique_ptr<HubProcess> hub;
    QString siteId;
    QString code;
    quint16 port = 0;
    QStringList hubArgs; // more medtrack-hub options (e.g. a smaller --max-batch), set before start()
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    // `port` 0: any free port.
    bool start(const QString &site, quint16 port = 0);
    bool restart(); // same port, same database
    // A device token of its own (for direct API calls in tests).
    QString deviceToken(const QString &device = QStringLiteral("test-peer"));
};

// Writes the site id into the data dir's medtrack.ini.
bool setSite(const QString &dataDir, const QString &siteId);

} // namespace mt::test
