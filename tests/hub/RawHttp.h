// HTTP on a bare socket, for what a well-behaved client library will not do: connect from another loopback
// address (127.0.0.2), send headers slowly, send chunked or compressed bodies, or never finish a request.
#pragma once

#include <QByteArray>
#include <QString>

namespace mt::test {

struct RawReply
{
    int status = 0; // 0 = no complete answer (closed, timed out)
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// A socket connected from `from` (any 127.x.y.z) to 127.0.0.1:port; -1 on failure. Close with rawClose.
int rawConnect(quint16 port, const char *from = "127.0.0.1");
bool rawSend(int fd, const QByteArray &bytes);
// Reads one response (Content-Length or until the peer closes), waiting at most timeoutMs in all.
RawReply rawRead(int fd, int timeoutMs);
void rawClose(int fd);
// Connect, send, read, close.
RawReply rawExchange(quint16 port, const QByteArray &request, const char *from = "127.0.0.1", int timeoutMs = 10000);

} // namespace mt::test
