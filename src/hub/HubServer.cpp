// Wires httplib to the handlers: TLS, limits, request ids, one JSON log line and metrics per request.
#include "hub/HubServer.h"

#include "EventLog.h"
#include "GatedServer.h"
#include "Handlers.h"
#include "HubClock.h"
#include "HubContext.h"
#include "Readiness.h"
#include "RefusalLog.h"

#include "common/Uuid.h"
#include "observability/Logging.h"
#include "observability/MetricsRegistry.h"

#include <QJsonDocument>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <atomic>
#include <chrono>

#include <sys/socket.h>

namespace mt {

namespace {

// Enrolment and login bodies are a few hundred bytes; a stranger may not make the hub hold more.
constexpr size_t kAnonymousBodyBytes = 16 * 1024; // = the gate's body window: no handler thread waits for more of it

// Set by the pre-routing hook and read by the logger of the same request (same thread).
thread_local std::chrono::steady_clock::time_point t_requestStart;

const QStringList &knownRoutes()
{
    static const QStringList routes{
        QStringLiteral("/api/v1/enrol"),  QStringLiteral("/api/v1/login"),
        QStringLiteral("/api/v1/tokens/revoke"), QStringLiteral("/api/v1/events"),
        QStringLiteral("/api/v1/alerts"), QStringLiteral("/api/v1/alertmanager"),
        QStringLiteral("/healthz"),       QStringLiteral("/readyz"), QStringLiteral("/metrics")};
    return routes;
}

ApiError errorForStatus(int status)
{
    switch (status) {
    case 404: return ApiError::notFound(QStringLiteral("No such route or method."));
    case 413: return ApiError::tooLarge(QStringLiteral("The body is larger than the hub accepts."));
    case 500: return ApiError::internal();
    default:
        return ApiError{status, status == 400 ? QStringLiteral("malformed_request") : QStringLiteral("internal"),
                        QStringLiteral("The request could not be handled (HTTP %1).").arg(status), {}};
    }
}

} // namespace

struct HubServer::Impl
{
    Impl(const HubConfig &c, HubDatabase &d, const Clock &cl)
        : config(c), db(d), clock(cl), hlc(cl), ctx{config, db, clock, metrics, hlc, PasswordHasher()}
    {
    }

    void setup();
    void routes();
    httplib::Server::HandlerResponse preRouting(const httplib::Request &req, httplib::Response &res);
    void logRequest(const httplib::Request &req, const httplib::Response &res);
    using HandlerFn = void (*)(HubContext &, const httplib::Request &, httplib::Response &);
    httplib::Server::Handler wrap(HandlerFn fn)
    {
        return [this, fn](const httplib::Request &req, httplib::Response &res) { fn(ctx, req, res); };
    }
    enum class Body { Anyone, AfterToken };
    httplib::Server::HandlerWithContentReader withBody(HandlerFn fn, Body access);
    // A POST route that reads its own body; preRouting refuses a body anywhere else.
    void postWithBody(const char *path, HandlerFn fn, Body access)
    {
        server->Post(path, withBody(fn, access));
        bodyRoutes.append(QString::fromLatin1(path));
    }

    const HubConfig config;
    HubDatabase &db;
    const Clock &clock;
    MetricsRegistry metrics;
    SharedHlc hlc;
    HubContext ctx;
    RefusalLog refusals{db, clock, metrics};
    Readiness readiness{config, db, clock};
    std::unique_ptr<GatedServer> server;
    std::string tlsError;
    QStringList bodyRoutes; // filled by routes(), read-only while serving
    std::shared_ptr<spdlog::logger> log = Logging::createStderr(QStringLiteral("hub")); // JSON lines, redacted
    std::atomic<int> listenSocket{-1};
};

void HubServer::Impl::setup()
{
    hubmetrics::describe(metrics);
    SSL_CTX *tls = nullptr;
    if (config.usesTls() && !(tls = GatedServer::makeTlsContext(config.tlsCert.toStdString(), config.tlsKey.toStdString(), &tlsError)))
        tlsError = "cannot load the TLS certificate or key: " + tlsError;
    GateLimits limits;
    limits.threads = config.threads;
    limits.maxConnections = config.maxConnections;
    limits.headerTimeoutMs = config.headerTimeoutS * 1000;
    limits.idleTimeoutMs = config.idleTimeoutS * 1000;
    limits.readTimeoutMs = config.readTimeoutS * 1000;
    limits.writeTimeoutMs = config.writeTimeoutS * 1000;
    server = std::make_unique<GatedServer>(limits, tls);
    server->set_payload_max_length(static_cast<size_t>(config.maxBodyBytes));
    server->set_read_timeout(config.readTimeoutS, 0);
    server->set_write_timeout(config.writeTimeoutS, 0);
    server->set_keep_alive_timeout(config.idleTimeoutS); // what the Keep-Alive header tells clients
    server->set_keep_alive_max_count(1000);               // = the gate's requests per connection (ditto)
    // httplib listens with a backlog of 5, compiled into Debian's library: a burst of new
    // connections (hundreds of sites reconnecting at once) overflowed it and dropped SYNs. Remember
    // the listening socket so bind() can widen the backlog.
    server->set_socket_options([this](socket_t sock) {
        httplib::default_socket_options(sock);
        listenSocket = sock;
    });
    // Accepted connections get TCP_NODELAY from the gate: httplib writes a response's headers and body
    // separately, and with Nagle on the body waited for the client's delayed ACK (~40 ms).
    server->set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        return preRouting(req, res);
    });
    server->set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled; // a handler already wrote its error
            sendError(res, errorForStatus(res.status));
            return httplib::Server::HandlerResponse::Handled;
        }));
    server->set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        sendError(res, ApiError::internal());
    });
    server->set_logger([this](const httplib::Request &req, const httplib::Response &res) { logRequest(req, res); });
    routes();
}

void HubServer::Impl::routes()
{
    // Bodies are read by the route, after it has authenticated the caller where it needs a token.
    postWithBody("/api/v1/enrol", handlers::enrol, Body::Anyone);
    postWithBody("/api/v1/login", handlers::login, Body::Anyone);
    postWithBody("/api/v1/tokens/revoke", handlers::revokeToken, Body::AfterToken);
    postWithBody("/api/v1/events", handlers::pushEvents, Body::AfterToken);
    server->Get("/api/v1/events", wrap(handlers::pullEvents));
    postWithBody("/api/v1/alerts", handlers::ingestNative, Body::AfterToken);
    postWithBody("/api/v1/alertmanager", handlers::ingestAlertmanager, Body::AfterToken);
    server->Get("/healthz", [](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    server->Get("/readyz", [this](const httplib::Request &, httplib::Response &res) {
        // Ready = the database takes a write now (not full, not read-only, reachable); 503 until it does again.
        if (const Status s = readiness.check(); !s.ok()) {
            ApiError e = ApiError::fromDatabase(s);
            if (e.status == 500)
                e = ApiError::unavailable();
            e.extra.insert(QStringLiteral("reason"), s.code == ErrorCode::DiskFull ? QStringLiteral("disk_full")
                                                     : s.code == ErrorCode::DatabaseReadOnly ? QStringLiteral("read_only")
                                                     : s.code == ErrorCode::DatabaseLocked ? QStringLiteral("busy")
                                                                                            : QStringLiteral("database"));
            return sendError(res, e);
        }
        sendJson(res, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}});
    });
    server->Get("/metrics", [this](const httplib::Request &, httplib::Response &res) {
        qint64 head = -1;
        if (auto conn = db.connection()) {
            if (auto h = EventLog(conn.value()).headSeq())
                head = h.value();
        }
        hubmetrics::setConnections(metrics, server->openConnections());
        res.set_content(hubmetrics::render(metrics, head).toStdString(), "text/plain; version=0.0.4; charset=utf-8");
    });
}

// Reads the body for a handler: never more than the limit in memory, counted after decompression (gzip,
// deflate, br), and for token routes only once the token is known. Whatever is left unread ends the connection.
httplib::Server::HandlerWithContentReader HubServer::Impl::withBody(HandlerFn fn, Body access)
{
    return [this, fn, access](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
        const auto refuse = [&res](const ApiError &e) {
            res.set_header("Connection", "close");
            sendError(res, e);
        };
        if (access == Body::AfterToken) {
            Principal caller;
            if (auto e = authenticateRequest(ctx, req, caller))
                return refuse(*e);
        }
        const size_t limit = access == Body::AfterToken ? size_t(config.maxBodyBytes) : kAnonymousBodyBytes;
        const auto tooLarge = [&] {
            ApiError e = ApiError::tooLarge(QStringLiteral("The body is larger than %1 bytes (after decompression); send less per request.")
                                                .arg(limit));
            e.extra.insert(QStringLiteral("max_bytes"), double(limit));
            refuse(e);
        };
        const std::string encoding = req.get_header_value("Content-Encoding");
        if (!encoding.empty() && encoding != "identity" && encoding != "gzip" && encoding != "deflate" && encoding != "br")
            return refuse(ApiError{415, QStringLiteral("unsupported_encoding"),
                                   QStringLiteral("Content-Encoding must be gzip, deflate, br or none."), {}});
        if (req.has_header("Content-Length") && std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) > limit)
            return tooLarge(); // refused before a byte of it is read
        std::string body;
        bool over = false;
        const bool complete = reader([&](const char *data, size_t length) {
            if (body.size() + length > limit) {
                over = true;
                return false;
            }
            body.append(data, length);
            return true;
        });
        if (over)
            return tooLarge();
        if (!complete)
            return refuse(ApiError{400, QStringLiteral("malformed_request"),
                                   QStringLiteral("The body could not be read (cut short, or a broken encoding)."), {}});
        httplib::Request whole = req;
        whole.body = std::move(body);
        fn(ctx, whole, res);
    };
}

httplib::Server::HandlerResponse HubServer::Impl::preRouting(const httplib::Request &req, httplib::Response &res)
{
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    t_requestStart = std::chrono::steady_clock::now();
    beginRequest(); // nothing left over from an earlier request on this thread
    QString id = QString::fromStdString(req.get_header_value("X-Request-ID"));
    if (!safeId.match(id).hasMatch())
        id = newUuidV7(clock);
    res.set_header("X-Request-ID", id.toStdString());
    // Clients compare their clock with this on every round (issue 10): RFC 9110 IMF-fixdate.
    res.set_header("Date", QLocale::c()
                               .toString(QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC),
                                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                               .toStdString());
    // A body anywhere but on a route that reads it itself would be read (or skipped) by httplib in a handler
    // thread, however slowly it comes: refused before a byte of it is read.
    const bool hasBody = req.has_header("Transfer-Encoding")
        || (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0");
    if (hasBody && (req.method != "POST" || !bodyRoutes.contains(QString::fromStdString(req.path)))) {
        res.set_header("Connection", "close");
        sendError(res, ApiError::notFound(QStringLiteral("No such route takes a body.")));
        return httplib::Server::HandlerResponse::Handled;
    }
    // A request body with neither a length nor chunked framing would run until the client closes.
    if (req.method == "POST" && !req.has_header("Content-Length") && !req.has_header("Transfer-Encoding")) {
        res.set_header("Connection", "close");
        sendError(res, ApiError{411, QStringLiteral("length_required"),
                                QStringLiteral("A POST needs Content-Length or Transfer-Encoding: chunked."), {}});
        return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
}

void HubServer::Impl::logRequest(const httplib::Request &req, const httplib::Response &res)
{
    GatedServer::noteResponse(req, res); // "Connection: close" ends the connection instead of parking it
    const auto start = t_requestStart;
    t_requestStart = {};
    const double seconds = start == std::chrono::steady_clock::time_point{} ? 0.0
        : std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const QString path = QString::fromStdString(req.path);
    const QString method = QString::fromStdString(req.method);
    hubmetrics::observeRequest(metrics, knownRoutes().contains(path) ? path : QStringLiteral("other"), method, res.status,
                               seconds);
    const QString client = clientAddress(config, req);
    QJsonObject fields{{QStringLiteral("request_id"), requestId(res)},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("path"), Logging::redactUrl(QString::fromStdString(req.target))},
                       {QStringLiteral("status"), res.status},
                       {QStringLiteral("ms"), qRound64(seconds * 100000.0) / 100.0},
                       {QStringLiteral("client"), client}};
    if (client != QString::fromStdString(req.remote_addr))
        fields.insert(QStringLiteral("proxy"), QString::fromStdString(req.remote_addr));
    const QString who = takePrincipal();
    if (!who.isEmpty())
        fields.insert(QStringLiteral("principal"), who);
    // Every refusal also becomes a record an administrator can query (medtrack-hub refusals).
    const auto refuse = [&](int status, const QString &code, const QString &detail, int count) {
        refusals.record(RefusalRecord{clock.nowMs(), client, who, method + QLatin1Char(' ') + path, status, code, detail, count});
    };
    if (const QString cause = takeFailureCause(); !cause.isEmpty() && res.status >= 500)
        fields.insert(QStringLiteral("cause"), cause); // the driver's text: for the administrator, never the client
    if (res.status >= 400) {
        const QJsonObject err = QJsonDocument::fromJson(QByteArray::fromStdString(res.body)).object().value(QStringLiteral("error")).toObject();
        const QString code = err.value(QStringLiteral("code")).toString();
        fields.insert(QStringLiteral("error"), code);
        if (res.status < 500)
            refuse(res.status, code, err.value(QStringLiteral("field")).toString(), 1);
    }
    const QList<NotedRefusal> inside = takeRefusals();
    if (!inside.isEmpty()) {
        QJsonObject counts;
        for (const NotedRefusal &r : inside) {
            counts.insert(r.code, r.count);
            refuse(res.status, r.code, r.detail, r.count);
        }
        fields.insert(QStringLiteral("refused"), counts);
    }
    Logging::write(*log, res.status >= 500 ? Logging::Level::Error : Logging::Level::Info, QStringLiteral("request"), fields);
}

HubServer::HubServer(const HubConfig &config, HubDatabase &db, const Clock &clock)
    : m_impl(std::make_unique<Impl>(config, db, clock))
{
    m_impl->setup();
}

HubServer::~HubServer() = default;

Result<quint16> HubServer::bind()
{
    // Before the first request: the clock starts at its persisted high-water mark (never goes back).
    auto conn = m_impl->db.connection();
    if (!conn)
        return conn.error();
    if (Status s = hubclock::restore(conn.value(), m_impl->hlc, m_impl->clock.nowMs(), m_impl->config.maxClockAheadS * 1000);
        !s.ok())
        return s;
    if (!m_impl->tlsError.empty())
        return Error::make(ErrorCode::Io, QStringLiteral("tls"), QString::fromStdString(m_impl->tlsError));
    const std::string host = m_impl->config.host.toStdString();
    int port = m_impl->config.port;
    if (port == 0)
        port = m_impl->server->bind_to_any_port(host);
    else if (!m_impl->server->bind_to_port(host, port))
        port = -1;
    if (port <= 0)
        return Error::make(ErrorCode::Io, QStringLiteral("listen"), m_impl->config.host);
    if (m_impl->listenSocket >= 0)
        ::listen(m_impl->listenSocket, SOMAXCONN); // on a listening socket, Linux only updates the backlog
    return static_cast<quint16>(port);
}

void HubServer::run()
{
    m_impl->server->listen_after_bind();
    m_impl->server->stopGate();
}

void HubServer::stop()
{
    m_impl->server->stop();
}

} // namespace mt
