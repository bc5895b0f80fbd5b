// medtrack-hub's front door (issue 10, part 3): an httplib server whose connections wait in one poll thread,
// not in handler threads.
//
// httplib gives every connection a handler thread for as long as it stays open, so 40 clients sending one
// header line every 5 s held all 16 threads and /healthz timed out. Here the accept loop hands each new
// socket to the gate: one poll thread that reads (and, for TLS, handshakes) without blocking and hands a
// connection to a handler thread only once a whole request head has arrived, with its body up to 16 KiB (all of an enrolment or login).
// Between keep-alive requests a connection goes back to the gate. So idle, slow or half-sent connections
// cost a file descriptor and a buffer, never a thread; a head (and that first part of the body) must be
// complete within the header timeout, an idle connection is closed after the idle timeout, and beyond
// max connections a new one gets 503 at once. Larger bodies are read by the handler thread, and only after
// the route has authenticated the caller (HubServer reads bodies through content readers).
#pragma once

#include <httplib.h>

#include <memory>

typedef struct ssl_ctx_st SSL_CTX;

namespace mt {

struct GateLimits
{
    int threads = 16;
    int maxConnections = 4096;
    int headerTimeoutMs = 30000; // a request's head and its first 16 KiB of body
    int idleTimeoutMs = 60000;   // a keep-alive connection waiting for its next request
    int readTimeoutMs = 15000;   // handler threads: one read of a large body
    int writeTimeoutMs = 15000;
    int maxRequestsPerConnection = 1000;
};

class GatedServer : public httplib::Server
{
public:
    // tls: a server context (owned from here on), or null for plain HTTP.
    GatedServer(const GateLimits &limits, SSL_CTX *tls);
    ~GatedServer() override;

    bool is_valid() const override;
    // Stops the gate and the handler threads and closes every connection (after httplib's stop()).
    void stopGate();
    // Connections open now (waiting in the gate or being served).
    int openConnections() const;

    // Called on the handler thread once the response is known: a "Connection: close" in the request or the
    // response (e.g. a body left unread) ends the connection instead of returning it to the gate.
    static void noteResponse(const httplib::Request &req, const httplib::Response &res);

    // A server context for the certificate chain and key (PEM), or null with *why set.
    static SSL_CTX *makeTlsContext(const std::string &certFile, const std::string &keyFile, std::string *why);

private:
    bool process_and_close_socket(socket_t sock) override;

    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace mt
