// Wires httplib to the handlers: TLS, limits, request ids, one JSON log line and metrics per request.
#include "hub/HubServer.h"

#include "EventLog.h"
#include "Handlers.h"
#include "HubClock.h"
#include "HubContext.h"
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
    void preRouting(const httplib::Request &req, httplib::Response &res);
    void logRequest(const httplib::Request &req, const httplib::Response &res);
    httplib::Server::Handler wrap(void (*fn)(HubContext &, const httplib::Request &, httplib::Response &))
    {
        return [this, fn](const httplib::Request &req, httplib::Response &res) { fn(ctx, req, res); };
    }

    const HubConfig config;
    HubDatabase &db;
    const Clock &clock;
    MetricsRegistry metrics;
    SharedHlc hlc;
    HubContext ctx;
    RefusalLog refusals{db, clock, metrics};
    std::unique_ptr<httplib::Server> server;
    std::shared_ptr<spdlog::logger> log = Logging::createStderr(QStringLiteral("hub")); // JSON lines, redacted
    std::atomic<int> listenSocket{-1};
};

void HubServer::Impl::setup()
{
    hubmetrics::describe(metrics);
    if (config.usesTls())
        server = std::make_unique<httplib::SSLServer>(config.tlsCert.toLocal8Bit().constData(),
                                                      config.tlsKey.toLocal8Bit().constData());
    else
        server = std::make_unique<httplib::Server>();
    server->set_payload_max_length(static_cast<size_t>(config.maxBodyBytes));
    server->set_read_timeout(config.readTimeoutS, 0);
    server->set_write_timeout(config.writeTimeoutS, 0);
    // httplib listens with a backlog of 5, compiled into Debian's library: a burst of new
    // connections (hundreds of sites reconnecting at once) overflowed it and dropped SYNs. Remember
    // the listening socket so bind() can widen the backlog.
    server->set_socket_options([this](socket_t sock) {
        httplib::default_socket_options(sock);
        listenSocket = sock;
    });
    // A webhook sender or sync client reuses its connection for many requests.
    server->set_keep_alive_max_count(1000);
    // httplib writes a response's headers and body separately: with Nagle on, the body waited for
    // the client's delayed ACK (~40 ms) and every request took ~90 ms whatever the load.
    server->set_tcp_nodelay(true);
    const int threads = config.threads;
    server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    server->set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        preRouting(req, res);
        return httplib::Server::HandlerResponse::Unhandled;
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
    server->Post("/api/v1/enrol", wrap(handlers::enrol));
    server->Post("/api/v1/login", wrap(handlers::login));
    server->Post("/api/v1/tokens/revoke", wrap(handlers::revokeToken));
    server->Post("/api/v1/events", wrap(handlers::pushEvents));
    server->Get("/api/v1/events", wrap(handlers::pullEvents));
    server->Post("/api/v1/alerts", wrap(handlers::ingestNative));
    server->Post("/api/v1/alertmanager", wrap(handlers::ingestAlertmanager));
    server->Get("/healthz", [](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    server->Get("/readyz", [this](const httplib::Request &, httplib::Response &res) {
        if (!db.ping().ok())
            return sendError(res, ApiError::unavailable());
        sendJson(res, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}});
    });
    server->Get("/metrics", [this](const httplib::Request &, httplib::Response &res) {
        qint64 head = -1;
        if (auto conn = db.connection()) {
            if (auto h = EventLog(conn.value()).headSeq())
                head = h.value();
        }
        res.set_content(hubmetrics::render(metrics, head).toStdString(), "text/plain; version=0.0.4; charset=utf-8");
    });
}

void HubServer::Impl::preRouting(const httplib::Request &req, httplib::Response &res)
{
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    t_requestStart = std::chrono::steady_clock::now();
    takePrincipal(); // nothing left over from an earlier request on this thread
    takeRefusals();
    QString id = QString::fromStdString(req.get_header_value("X-Request-ID"));
    if (!safeId.match(id).hasMatch())
        id = newUuidV7(clock);
    res.set_header("X-Request-ID", id.toStdString());
    // Clients compare their clock with this on every round (issue 10): RFC 9110 IMF-fixdate.
    res.set_header("Date", QLocale::c()
                               .toString(QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC),
                                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                               .toStdString());
}

void HubServer::Impl::logRequest(const httplib::Request &req, const httplib::Response &res)
{
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
    if (!m_impl->server->is_valid())
        return Error::make(ErrorCode::Io, QStringLiteral("tls"), QStringLiteral("cannot load the TLS certificate or key"));
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
}

void HubServer::stop()
{
    m_impl->server->stop();
}

} // namespace mt
