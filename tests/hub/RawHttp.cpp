// Bare-socket HTTP for the hub's hostile-client tests; see RawHttp.h.
#include "RawHttp.h"

#include <QElapsedTimer>
#include <QList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mt::test {

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

int rawConnect(quint16 port, const char *from)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, from, &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || ::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool rawSend(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

RawReply rawRead(int fd, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray data;
    qsizetype headEnd = -1;
    qsizetype wanted = -1;
    RawReply r;
    for (;;) {
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            r.head = data.left(headEnd);
            const QList<QByteArray> status = r.head.left(r.head.indexOf('\r')).split(' ');
            r.status = status.value(1).toInt();
            const QByteArray length = r.header("Content-Length");
            if (!length.isEmpty())
                wanted = headEnd + 4 + length.toLongLong();
        }
        if (wanted >= 0 && data.size() >= wanted)
            break;
        const qint64 left = timeoutMs - timer.elapsed();
        pollfd p{fd, POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0) {
            if (wanted >= 0)
                r.status = 0; // the body did not arrive in time
            break;
        }
        char buf[65536];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        data.append(buf, n);
    }
    if (headEnd >= 0)
        r.body = data.mid(headEnd + 4);
    if (wanted >= 0 && data.size() < wanted)
        r.status = 0;
    return r;
}

void rawClose(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

RawReply rawExchange(quint16 port, const QByteArray &request, const char *from, int timeoutMs)
{
    const int fd = rawConnect(port, from);
    if (fd < 0)
        return {};
    RawReply r;
    if (rawSend(fd, request))
        r = rawRead(fd, timeoutMs);
    rawClose(fd);
    return r;
}

} // namespace mt::test
