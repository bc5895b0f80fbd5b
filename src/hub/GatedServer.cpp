// The gate in front of the hub's handler threads; see GatedServer.h.
#include "GatedServer.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mt {

namespace {

constexpr size_t kMaxHead = 16 * 1024;   // request line and headers
constexpr size_t kBodyWindow = 16 * 1024; // body bytes the gate waits for (an anonymous route never reads more)
constexpr size_t kReadChunk = 16 * 1024;
constexpr int kMaxDraining = 256;          // lingering closes at once; beyond it a refused socket is closed at once

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

thread_local bool t_closeAfter = false;

struct Conn
{
    int fd = -1;
    SSL *ssl = nullptr;
    bool handshaken = false;
    bool wantWrite = false;  // TLS handshake waits for the socket to take more
    std::string buffer;      // received; httplib has read it up to readPos (it reads lines a byte at a time)
    size_t readPos = 0;
    int64_t deadlineMs = 0;
    bool requestStarted = false;
    bool peerClosed = false;
    bool draining = false;   // answered and half-closed: what the client still sends is read and dropped
    int served = 0;
    std::string remoteIp;
    int remotePort = 0;
    std::string localIp;
    int localPort = 0;
};

void addressOf(int fd, bool peer, std::string &ip, int &port)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if ((peer ? ::getpeername(fd, reinterpret_cast<sockaddr *>(&addr), &len) : ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len)) != 0)
        return;
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *a = reinterpret_cast<sockaddr_in *>(&addr);
        ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        port = ntohs(a->sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<sockaddr_in6 *>(&addr);
        ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        port = ntohs(a->sin6_port);
    }
    ip = text;
}

bool waitFor(int fd, short events, int timeoutMs)
{
    pollfd p{fd, events, 0};
    return ::poll(&p, 1, timeoutMs) > 0 && (p.revents & (events | POLLHUP | POLLERR));
}

// Does the buffer hold a request head, and its body up to the window? -1: head too large.
int requestReady(const std::string &b)
{
    const size_t headEnd = b.find("\r\n\r\n");
    if (headEnd == std::string::npos)
        return b.size() > kMaxHead ? -1 : 0;
    if (headEnd > kMaxHead)
        return -1; // also read in one go with its body: still too large
    std::string head = b.substr(0, headEnd + 2);
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const size_t have = b.size() - (headEnd + 4);
    if (have >= kBodyWindow)
        return 1;
    // No shortcut for "Authorization" or "Expect: 100-continue": either would let a stranger hand a handler
    // thread a body it then trickles. A token route checks the token after these first 16 KiB, before the rest.
    if (const size_t cl = head.find("\r\ncontent-length:"); cl != std::string::npos) {
        const unsigned long long length = std::strtoull(head.c_str() + cl + 17, nullptr, 10);
        return have >= std::min<unsigned long long>(length, kBodyWindow) ? 1 : 0;
    }
    if (head.find("\r\ntransfer-encoding:") != std::string::npos)
        return b.find("\r\n0\r\n\r\n", headEnd) != std::string::npos || b.compare(headEnd + 4, 5, "0\r\n\r\n") == 0 ? 1 : 0;
    return 1; // no body
}

// The Stream httplib reads a request from and writes the answer to: the gate's buffer first, then the socket
// (non-blocking, so every wait is a poll with the configured timeout).
class ConnStream : public httplib::Stream
{
public:
    ConnStream(Conn &c, const GateLimits &l) : m_c(c), m_limits(l) {}

    bool is_readable() const override
    {
        return m_c.readPos < m_c.buffer.size() || (m_c.ssl && SSL_pending(m_c.ssl) > 0) || waitFor(m_c.fd, POLLIN, m_limits.readTimeoutMs);
    }
    bool is_writable() const override { return waitFor(m_c.fd, POLLOUT, m_limits.writeTimeoutMs); }

    ssize_t read(char *ptr, size_t size) override
    {
        if (m_c.readPos >= m_c.buffer.size()) {
            m_c.buffer.resize(kReadChunk);
            m_c.readPos = 0;
            const ssize_t n = receive(m_c.buffer.data(), m_c.buffer.size());
            m_c.buffer.resize(size_t(std::max<ssize_t>(n, 0)));
            if (n <= 0)
                return n;
        }
        // An offset, not erase(0, n): erasing one byte at a time from the front made each request O(n^2).
        const size_t n = std::min(size, m_c.buffer.size() - m_c.readPos);
        std::memcpy(ptr, m_c.buffer.data() + m_c.readPos, n);
        m_c.readPos += n;
        return ssize_t(n);
    }

    ssize_t write(const char *ptr, size_t size) override
    {
        size_t done = 0;
        while (done < size) {
            ssize_t n = 0;
            short wait = POLLOUT;
            if (m_c.ssl) {
                n = SSL_write(m_c.ssl, ptr + done, int(std::min<size_t>(size - done, 1 << 30)));
                if (n <= 0) {
                    const int e = SSL_get_error(m_c.ssl, int(n));
                    if (e != SSL_ERROR_WANT_WRITE && e != SSL_ERROR_WANT_READ)
                        return -1;
                    wait = e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT;
                    n = 0;
                }
            } else {
                n = ::send(m_c.fd, ptr + done, size - done, MSG_NOSIGNAL);
                if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    return -1;
                n = std::max<ssize_t>(n, 0);
            }
            done += size_t(n);
            if (done < size && n == 0 && !waitFor(m_c.fd, wait, m_limits.writeTimeoutMs))
                return -1;
        }
        return ssize_t(size);
    }

    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = m_c.remoteIp;
        port = m_c.remotePort;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = m_c.localIp;
        port = m_c.localPort;
    }
    socket_t socket() const override { return m_c.fd; }

private:
    ssize_t receive(char *ptr, size_t size) const
    {
        for (;;) {
            short wait = POLLIN;
            if (m_c.ssl) {
                const int n = SSL_read(m_c.ssl, ptr, int(size));
                if (n > 0)
                    return n;
                const int e = SSL_get_error(m_c.ssl, n);
                if (e == SSL_ERROR_ZERO_RETURN)
                    return 0;
                if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                    return -1;
                wait = e == SSL_ERROR_WANT_WRITE ? POLLOUT : POLLIN;
            } else {
                const ssize_t n = ::recv(m_c.fd, ptr, size, 0);
                if (n >= 0)
                    return n;
                if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    return -1;
            }
            if (!waitFor(m_c.fd, wait, m_limits.readTimeoutMs))
                return -1;
        }
    }

    Conn &m_c;
    const GateLimits &m_limits;
};

} // namespace

struct GatedServer::Impl
{
    Impl(GatedServer &s, const GateLimits &l, SSL_CTX *t) : server(s), limits(l), tls(t) {}

    void start();
    void stop();
    void admit(int fd);
    void park(Conn *c);
    void drain(Conn *c);
    void close(Conn *c, const char *answer = nullptr);
    void gateLoop();
    void workerLoop();
    // Reads what the socket has (handshaking first for TLS). False: the connection is finished.
    bool progress(Conn &c);

    GatedServer &server;
    const GateLimits limits;
    SSL_CTX *tls;
    int wakeFd = -1;
    std::atomic<int> open{0};
    std::atomic<int> draining{0};
    std::atomic<bool> stopping{false};
    std::mutex mutex; // incoming, ready
    std::condition_variable readyCv;
    std::vector<Conn *> incoming; // admitted or parked, not yet in the poll set
    std::deque<Conn *> ready;     // complete requests for the handler threads
    std::vector<Conn *> waiting;  // the poll set (gate thread only)
    std::thread gate;
    std::vector<std::thread> workers;
    std::once_flag started;
};

void GatedServer::Impl::start()
{
    wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    gate = std::thread([this] { gateLoop(); });
    for (int i = 0; i < limits.threads; ++i)
        workers.emplace_back([this] { workerLoop(); });
}

void GatedServer::Impl::stop()
{
    {
        std::lock_guard lock(mutex); // under the mutex: a worker between its check and its wait cannot miss it
        if (stopping.exchange(true) || wakeFd < 0)
            return;
    }
    const uint64_t one = 1;
    [[maybe_unused]] auto w = ::write(wakeFd, &one, sizeof one);
    readyCv.notify_all();
    if (gate.joinable())
        gate.join();
    for (std::thread &t : workers)
        t.join();
    std::lock_guard lock(mutex);
    for (Conn *c : incoming)
        close(c);
    for (Conn *c : ready)
        close(c);
    incoming.clear();
    ready.clear();
    ::close(wakeFd);
}

void GatedServer::Impl::close(Conn *c, const char *answer)
{
    if (answer && !c->ssl && !stopping) { // answered, then a lingering close: a reset would lose the answer
        [[maybe_unused]] auto n = ::send(c->fd, answer, std::strlen(answer), MSG_NOSIGNAL | MSG_DONTWAIT);
        return drain(c);
    }
    if (c->ssl) {
        if (c->handshaken)
            SSL_shutdown(c->ssl);
        SSL_free(c->ssl);
    }
    if (c->draining)
        --draining;
    ::shutdown(c->fd, SHUT_RDWR);
    ::close(c->fd);
    delete c;
    --open;
}

void GatedServer::Impl::admit(int fd)
{
    std::call_once(started, [this] { start(); });
    ++open;
    auto *c = new Conn;
    c->fd = fd;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    addressOf(fd, true, c->remoteIp, c->remotePort);
    addressOf(fd, false, c->localIp, c->localPort);
    if (open > limits.maxConnections || stopping) {
        if (tls)
            return close(c); // no plaintext answer on a TLS socket
        static const std::string busy = [] {
            const std::string body = "{\"error\":{\"code\":\"unavailable\",\"message\":\"The hub has too many open connections; "
                                     "retry later.\"}}";
            return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\nConnection: close\r\n"
                   "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        }();
        return close(c, busy.c_str());
    }
    if (tls) {
        c->ssl = SSL_new(tls);
        SSL_set_fd(c->ssl, fd);
        SSL_set_accept_state(c->ssl);
    }
    c->deadlineMs = nowMs() + limits.headerTimeoutMs;
    c->requestStarted = true; // a new connection owes its first request within the header timeout
    std::lock_guard lock(mutex);
    incoming.push_back(c);
    const uint64_t one = 1;
    [[maybe_unused]] auto w = ::write(wakeFd, &one, sizeof one);
}

void GatedServer::Impl::park(Conn *c)
{
    c->buffer.erase(0, c->readPos); // what is left is the start of the next request (pipelined)
    c->readPos = 0;
    c->requestStarted = !c->buffer.empty();
    c->deadlineMs = nowMs() + (c->requestStarted ? limits.headerTimeoutMs : limits.idleTimeoutMs);
    std::lock_guard lock(mutex);
    incoming.push_back(c);
    const uint64_t one = 1;
    [[maybe_unused]] auto w = ::write(wakeFd, &one, sizeof one);
}

// After a "Connection: close" answer (often a refusal before the body was read), the client may still be
// sending: closing at once would reset the connection and lose the answer. The write side is closed and
// the rest is read and dropped for a few seconds in the gate (a lingering close), never in a handler thread.
void GatedServer::Impl::drain(Conn *c)
{
    if (draining >= kMaxDraining) // a flood of refused connections does not pile up lingering sockets
        return close(c);
    ++draining;
    if (c->ssl && c->handshaken)
        SSL_shutdown(c->ssl);
    ::shutdown(c->fd, SHUT_WR);
    c->draining = true;
    c->buffer.clear();
    c->readPos = 0;
    c->deadlineMs = nowMs() + 5000;
    std::lock_guard lock(mutex);
    incoming.push_back(c);
    const uint64_t one = 1;
    [[maybe_unused]] auto w = ::write(wakeFd, &one, sizeof one);
}

bool GatedServer::Impl::progress(Conn &c)
{
    if (c.draining) {
        char scratch[kReadChunk];
        for (;;) {
            const ssize_t n = ::recv(c.fd, scratch, sizeof scratch, 0);
            if (n > 0)
                continue;
            return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR);
        }
    }
    if (c.ssl && !c.handshaken) {
        const int r = SSL_do_handshake(c.ssl);
        if (r != 1) {
            const int e = SSL_get_error(c.ssl, r);
            c.wantWrite = e == SSL_ERROR_WANT_WRITE;
            return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
        }
        c.handshaken = true;
        c.wantWrite = false;
    }
    if (c.peerClosed)
        return requestReady(c.buffer) > 0;
    const size_t cap = kMaxHead + kBodyWindow + 4;
    while (c.buffer.size() < cap) {
        char chunk[kReadChunk];
        const size_t want = std::min(sizeof chunk, cap - c.buffer.size());
        ssize_t n = 0;
        if (c.ssl) {
            n = SSL_read(c.ssl, chunk, int(want));
            if (n <= 0) {
                const int e = SSL_get_error(c.ssl, int(n));
                return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
            }
        } else {
            n = ::recv(c.fd, chunk, want, 0);
            if (n == 0) { // the client sent its request and closed its side: still answer it
                c.peerClosed = true;
                return requestReady(c.buffer) > 0;
            }
            if (n < 0)
                return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        }
        if (!c.requestStarted) { // the first byte of a keep-alive connection's next request
            c.requestStarted = true;
            c.deadlineMs = nowMs() + limits.headerTimeoutMs;
        }
        c.buffer.append(chunk, size_t(n));
    }
    return true;
}

void GatedServer::Impl::gateLoop()
{
    std::vector<pollfd> fds;
    while (!stopping) {
        int64_t now = nowMs();
        int64_t next = now + 1000;
        fds.assign(1, pollfd{wakeFd, POLLIN, 0});
        for (Conn *c : waiting) {
            fds.push_back(pollfd{c->fd, short(c->wantWrite ? POLLOUT : POLLIN), 0});
            next = std::min(next, c->deadlineMs);
        }
        ::poll(fds.data(), fds.size(), int(std::max<int64_t>(0, next - now)));
        if (fds[0].revents) {
            uint64_t n = 0;
            [[maybe_unused]] auto r = ::read(wakeFd, &n, sizeof n);
        }
        now = nowMs();
        std::vector<Conn *> keep;
        std::vector<Conn *> done;
        // Only a connection that received something (or just arrived) is parsed again.
        const auto check = [&](Conn *c, bool readable, bool fresh) {
            if (readable && !progress(*c))
                return close(c);
            if (c->draining)
                return now >= c->deadlineMs ? close(c) : keep.push_back(c);
            const int state = (readable || fresh) && (c->handshaken || !c->ssl) ? requestReady(c->buffer) : 0;
            if (state < 0)
                return close(c, "HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            if (state > 0 && !c->buffer.empty())
                return done.push_back(c);
            if (now >= c->deadlineMs)
                return close(c, c->requestStarted && !c->buffer.empty()
                                    ? "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
                                    : nullptr);
            keep.push_back(c);
        };
        for (size_t i = 0; i < waiting.size(); ++i)
            check(waiting[i], fds[i + 1].revents != 0, false);
        std::vector<Conn *> fresh;
        {
            std::lock_guard lock(mutex);
            fresh.swap(incoming);
        }
        for (Conn *c : fresh) // a parked connection may already hold its next request (pipelined, or TLS-buffered)
            check(c, c->ssl && c->handshaken ? SSL_pending(c->ssl) > 0 : false, true);
        waiting.swap(keep);
        if (!done.empty()) {
            std::lock_guard lock(mutex);
            ready.insert(ready.end(), done.begin(), done.end());
            readyCv.notify_all();
        }
    }
    for (Conn *c : waiting)
        close(c);
    waiting.clear();
}

void GatedServer::Impl::workerLoop()
{
    for (;;) {
        Conn *c = nullptr;
        {
            std::unique_lock lock(mutex);
            readyCv.wait(lock, [this] { return stopping || !ready.empty(); });
            if (stopping)
                return;
            c = ready.front();
            ready.pop_front();
        }
        ConnStream stream(*c, limits);
        t_closeAfter = false;
        bool closed = false;
        const bool last = c->served + 1 >= limits.maxRequestsPerConnection;
        const bool ok = server.process_request(stream, last, closed, [](httplib::Request &) {});
        ++c->served;
        if (!ok || c->peerClosed || stopping)
            close(c);
        else if (closed || last || t_closeAfter)
            drain(c);
        else
            park(c);
    }
}

GatedServer::GatedServer(const GateLimits &limits, SSL_CTX *tls) : m(std::make_unique<Impl>(*this, limits, tls))
{
    new_task_queue = [] {
        // The accept loop's task is process_and_close_socket(sock): run it at once, it only admits the socket.
        struct Inline : httplib::TaskQueue
        {
            void enqueue(std::function<void()> fn) override { fn(); }
            void shutdown() override {}
        };
        return new Inline;
    };
}

GatedServer::~GatedServer()
{
    m->stop();
    if (m->tls)
        SSL_CTX_free(m->tls);
}

bool GatedServer::is_valid() const
{
    return true; // a TLS context that did not load never gets here (makeTlsContext returns null)
}

void GatedServer::stopGate()
{
    m->stop();
}

int GatedServer::openConnections() const
{
    return m->open;
}

bool GatedServer::process_and_close_socket(socket_t sock)
{
    m->admit(sock);
    return true;
}

void GatedServer::noteResponse(const httplib::Request &req, const httplib::Response &res)
{
    const auto closes = [](const std::string &v) { return v.size() == 5 && ::strncasecmp(v.c_str(), "close", 5) == 0; };
    if (closes(res.get_header_value("Connection")) || closes(req.get_header_value("Connection")))
        t_closeAfter = true;
}

SSL_CTX *GatedServer::makeTlsContext(const std::string &certFile, const std::string &keyFile, std::string *why)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx) {
        *why = "cannot create a TLS context";
        return nullptr;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (SSL_CTX_use_certificate_chain_file(ctx, certFile.c_str()) != 1
        || SSL_CTX_use_PrivateKey_file(ctx, keyFile.c_str(), SSL_FILETYPE_PEM) != 1 || SSL_CTX_check_private_key(ctx) != 1) {
        char text[256] = {};
        ERR_error_string_n(ERR_get_error(), text, sizeof text);
        *why = text;
        SSL_CTX_free(ctx);
        return nullptr;
    }
    return ctx;
}

} // namespace mt
