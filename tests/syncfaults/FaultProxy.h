// A fault-injecting HTTP/1.1 proxy on 127.0.0.1 for sync tests: pass-through, or per request 5xx,
// garbage, a truncated body, a connection cut mid-response, a refusal. Runs on its own threads so
// the test thread may block in QProcess::waitForFinished while medtrackctl talks through it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace mt::test {

class FaultProxy
{
public:
    enum class Fault {
        None,
        Status,          // answer `status` (500, 503, 429...) with a JSON error body; not forwarded
        Garbage,         // answer 200 text/html that is not JSON; not forwarded
        TruncatedJson,   // forward; answer the hub's status with the first half of its body (Content-Length fixed)
        DropMidResponse, // forward; send the hub's headers and half its body, then cut the connection
        Refuse,          // close the connection at once, before reading the request; not forwarded
    };

    struct Entry
    {
        QByteArray method;
        QByteArray path;     // with the query
        Fault fault = Fault::None;
        int upstreamStatus = -1; // -1: not forwarded; 0: forwarded, the hub never answered
    };

    // Called on the proxy's connection thread once a request has been written to the hub, before its
    // answer is read (e.g. to SIGKILL the hub mid-request). `index` counts matching requests from 1.
    using ForwardHook = std::function<void(int index, const Entry &request)>;

    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    bool start(); // listens on 127.0.0.1:<free port>
    void stop();
    quint16 port() const { return m_port; }
    QString url() const;
    void setUpstreamPort(quint16 port);

    // The next `count` requests whose method equals `method` (empty: any) and whose path starts with
    // `pathPrefix` (empty: any) get `fault`. Queued injections apply in order.
    void inject(Fault fault, int count, const QByteArray &method = {}, const QByteArray &pathPrefix = {},
                int status = 500);
    void setForwardHook(const QByteArray &method, const QByteArray &pathPrefix, ForwardHook hook);
    void clear(); // drops queued faults and the hook

    QList<Entry> log() const;
    int count(const QByteArray &method, const QByteArray &pathPrefix) const;
    int faultsInjected() const;
    int pendingFaults() const;

    static const char *faultName(Fault f);

private:
    struct Injection
    {
        Fault fault;
        int remaining;
        QByteArray method;
        QByteArray pathPrefix;
        int status;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray head; // request line + headers, rewritten for the hub
        QByteArray body;
    };

    void acceptLoop();
    void serve(int clientFd);
    Fault takeFault(const Request &r, int *status);
    bool readRequest(int fd, Request *r);
    // Sends the request to the hub; returns the bytes to answer with (empty: close unanswered).
    QByteArray forward(const Request &r, Fault fault, Entry *entry);
    void record(const Entry &e);

    std::atomic<quint16> m_upstreamPort;
    quint16 m_port = 0;
    int m_listenFd = -1;
    std::atomic<bool> m_running{false};
    std::thread m_acceptThread;

    mutable std::mutex m_mutex; // guards everything below
    std::vector<std::thread> m_workers;
    std::set<int> m_openFds;
    QList<Injection> m_injections;
    QList<Entry> m_log;
    QByteArray m_hookMethod;
    QByteArray m_hookPrefix;
    ForwardHook m_hook;
    int m_hookMatches = 0;
};

} // namespace mt::test
