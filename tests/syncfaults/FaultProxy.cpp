// FaultProxy: one thread accepts, one thread per connection; every request goes to the hub on its own
// connection with "Connection: close", so each answer is complete when the hub closes (or is cut here).
#include "FaultProxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mt::test {

namespace {

constexpr int kIoTimeoutS = 120;

void setTimeouts(int fd)
{
    timeval tv{kIoTimeoutS, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

bool sendAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + done, static_cast<size_t>(data.size() - done), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Appends what arrives to *buf; false on EOF or error.
bool recvSome(int fd, QByteArray *buf)
{
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        buf->append(chunk, n);
        return true;
    }
}

// Value of header `name` (case-insensitive) in an HTTP head, or empty.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// `head` (without the blank line) with header `name` removed and "name: value" appended.
QByteArray withHeader(const QByteArray &head, const QByteArray &name, const QByteArray &value)
{
    QList<QByteArray> kept;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const int colon = l.indexOf(':');
        if (colon > 0 && l.left(colon).trimmed().toLower() == name.toLower())
            continue;
        if (!l.isEmpty())
            kept.append(l);
    }
    kept.append(name + ": " + value);
    return kept.join("\r\n");
}

QByteArray response(int status, const QByteArray &reason, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Injected";
    }
}

struct HttpMessage
{
    QByteArray head; // up to, not including, the blank line
    QByteArray body;
    bool complete = false;
};

// Reads one message (headers, then Content-Length bytes or up to EOF when there is none).
HttpMessage readMessage(int fd, bool untilEofWithoutLength)
{
    HttpMessage m;
    QByteArray buf;
    qsizetype end = -1;
    while ((end = buf.indexOf("\r\n\r\n")) < 0) {
        if (!recvSome(fd, &buf))
            return m;
    }
    m.head = buf.left(end);
    m.body = buf.mid(end + 4);
    bool ok = false;
    const qsizetype length = headerValue(m.head, "Content-Length").toLongLong(&ok);
    if (ok) {
        while (m.body.size() < length) {
            if (!recvSome(fd, &m.body))
                return m;
        }
        m.body.truncate(length);
        m.complete = true;
        return m;
    }
    if (untilEofWithoutLength) {
        while (recvSome(fd, &m.body)) {
        }
    }
    m.complete = true;
    return m;
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstreamPort(upstreamPort)
{
}

FaultProxy::~FaultProxy()
{
    stop();
}

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FaultProxy::setUpstreamPort(quint16 port)
{
    m_upstreamPort = port;
}

const char *FaultProxy::faultName(Fault f)
{
    switch (f) {
    case Fault::None: return "none";
    case Fault::Status: return "status";
    case Fault::Garbage: return "garbage";
    case Fault::TruncatedJson: return "truncated-json";
    case Fault::DropMidResponse: return "drop-mid-response";
    case Fault::Refuse: return "refuse";
    }
    return "?";
}

bool FaultProxy::start()
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        return false;
    const int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listenFd, 64) != 0
        || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
        return false;
    }
    m_port = ntohs(addr.sin_port);
    m_running = true;
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void FaultProxy::stop()
{
    if (!m_running.exchange(false))
        return;
    ::shutdown(m_listenFd, SHUT_RDWR); // wakes accept()
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    ::close(m_listenFd);
    m_listenFd = -1;
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_openFds)
            ::shutdown(fd, SHUT_RDWR);
        workers.swap(m_workers);
    }
    for (std::thread &t : workers)
        t.join();
}

void FaultProxy::acceptLoop()
{
    while (m_running) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return;
        }
        std::lock_guard lock(m_mutex);
        if (!m_running) {
            ::close(fd);
            return;
        }
        m_openFds.insert(fd);
        m_workers.emplace_back([this, fd] { serve(fd); });
    }
}

void FaultProxy::inject(Fault fault, int count, const QByteArray &method, const QByteArray &pathPrefix, int status)
{
    std::lock_guard lock(m_mutex);
    m_injections.append(Injection{fault, count, method, pathPrefix, status});
}

void FaultProxy::setForwardHook(const QByteArray &method, const QByteArray &pathPrefix, ForwardHook hook)
{
    std::lock_guard lock(m_mutex);
    m_hookMethod = method;
    m_hookPrefix = pathPrefix;
    m_hook = std::move(hook);
    m_hookMatches = 0;
}

void FaultProxy::clear()
{
    std::lock_guard lock(m_mutex);
    m_injections.clear();
    m_hook = nullptr;
}

QList<FaultProxy::Entry> FaultProxy::log() const
{
    std::lock_guard lock(m_mutex);
    return m_log;
}

int FaultProxy::count(const QByteArray &method, const QByteArray &pathPrefix) const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const Entry &e : m_log)
        n += (method.isEmpty() || e.method == method) && e.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

int FaultProxy::faultsInjected() const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const Entry &e : m_log)
        n += e.fault != Fault::None ? 1 : 0;
    return n;
}

int FaultProxy::pendingFaults() const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const Injection &i : m_injections)
        n += i.remaining;
    return n;
}

FaultProxy::Fault FaultProxy::takeFault(const Request &r, int *status)
{
    std::lock_guard lock(m_mutex);
    for (qsizetype i = 0; i < m_injections.size(); ++i) {
        Injection &inj = m_injections[i];
        if ((!inj.method.isEmpty() && inj.method != r.method) || !r.path.startsWith(inj.pathPrefix))
            continue;
        const Fault f = inj.fault;
        *status = inj.status;
        if (--inj.remaining <= 0)
            m_injections.removeAt(i);
        return f;
    }
    return Fault::None;
}

void FaultProxy::record(const Entry &e)
{
    std::lock_guard lock(m_mutex);
    m_log.append(e);
}

bool FaultProxy::readRequest(int fd, Request *r)
{
    const HttpMessage m = readMessage(fd, false);
    if (!m.complete)
        return false;
    const QList<QByteArray> requestLine = m.head.left(m.head.indexOf("\r\n")).split(' ');
    if (requestLine.size() < 3)
        return false;
    r->method = requestLine.at(0);
    r->path = requestLine.at(1);
    r->head = withHeader(m.head, "Connection", "close");
    r->body = m.body;
    return true;
}

void FaultProxy::serve(int clientFd)
{
    setTimeouts(clientFd);
    Request req;
    if (readRequest(clientFd, &req)) {
        int status = 500;
        const Fault fault = takeFault(req, &status);
        Entry entry{req.method, req.path, fault, -1};
        QByteArray answer; // empty: the connection closes unanswered
        switch (fault) {
        case Fault::Status:
            answer = response(status, reasonPhrase(status), "application/json",
                              R"({"error":{"code":"injected","message":"fault injected by the test proxy"}})");
            break;
        case Fault::Garbage:
            answer = response(200, "OK", "text/html",
                              "<html><body><h1>Welcome to the hotel wifi</h1>please log in</body></html>");
            break;
        case Fault::Refuse:
            break;
        case Fault::None:
        case Fault::TruncatedJson:
        case Fault::DropMidResponse:
            answer = forward(req, fault, &entry);
            break;
        }
        record(entry); // before answering: a client that got its answer finds the request in log()
        if (!answer.isEmpty())
            sendAll(clientFd, answer);
    }
    std::lock_guard lock(m_mutex);
    m_openFds.erase(clientFd);
    ::close(clientFd);
}

QByteArray FaultProxy::forward(const Request &r, Fault fault, Entry *entry)
{
    const int up = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (up < 0)
        return {};
    QByteArray out;
    {
        std::lock_guard lock(m_mutex);
        m_openFds.insert(up);
    }
    setTimeouts(up);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(m_upstreamPort.load());
    if (::connect(up, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && sendAll(up, r.head + "\r\n\r\n" + r.body)) {
        entry->upstreamStatus = 0;
        ForwardHook hook;
        int index = 0;
        {
            std::lock_guard lock(m_mutex);
            if (m_hook && (m_hookMethod.isEmpty() || m_hookMethod == r.method) && r.path.startsWith(m_hookPrefix)) {
                hook = m_hook;
                index = ++m_hookMatches;
            }
        }
        if (hook)
            hook(index, *entry);
        const HttpMessage answer = readMessage(up, true);
        const QList<QByteArray> statusLine = answer.head.left(answer.head.indexOf("\r\n")).split(' ');
        if (answer.complete && statusLine.size() >= 2) {
            entry->upstreamStatus = statusLine.at(1).toInt();
            if (fault == Fault::None) {
                out = answer.head + "\r\n\r\n" + answer.body;
            } else if (fault == Fault::TruncatedJson) {
                const QByteArray half = answer.body.left(answer.body.size() / 2);
                out = withHeader(answer.head, "Content-Length", QByteArray::number(half.size())) + "\r\n\r\n" + half;
            } else { // DropMidResponse: full Content-Length promised, half delivered, then cut
                out = answer.head + "\r\n\r\n" + answer.body.left(answer.body.size() / 2);
            }
        }
        // else: the hub died or hung up without an answer; the client's connection closes unanswered.
    }
    std::lock_guard lock(m_mutex);
    m_openFds.erase(up);
    ::close(up);
    return out;
}

} // namespace mt::test
