// SisdmkClient: async requests on the worker's QNetworkAccessManager; never logs the token.
#include "sisdmk/SisdmkClient.h"

#include "observability/Logging.h"
#include "observability/MetricsRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace mt {

struct SisdmkClient::Call
{
    QString endpoint; // "login_ws" | "sdmk"
    QUrl url;
    QByteArray postBody; // empty for GET
    Callback done;
    int attempt = 0;
    QString requestId;
};

SisdmkClient::SisdmkClient(QNetworkAccessManager &nam, RetryPolicy policy, MetricsRegistry *metrics, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
    , m_metrics(metrics)
    , m_retryTimer(new QTimer(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_retryTimer->setSingleShot(true);
    // Precise: a coarse timer may fire up to 5 % early, i.e. before a server's Retry-After.
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (auto call = std::exchange(m_waiting, nullptr))
            send(call);
    });
}

SisdmkClient::~SisdmkClient()
{
    if (m_active)
        m_active->abort();
}

QString SisdmkClient::redactUrl(const QUrl &url)
{
    QUrl copy(url);
    QUrlQuery q(copy);
    if (q.hasQueryItem(QStringLiteral("token"))) {
        q.removeAllQueryItems(QStringLiteral("token"));
        q.addQueryItem(QStringLiteral("token"), QStringLiteral("REDACTED"));
        copy.setQuery(q);
    }
    return Logging::redact(copy.toString());
}

void SisdmkClient::login(const QString &username, const QString &password, Callback done)
{
    m_cancelled = false;
    auto call = std::make_shared<Call>();
    call->endpoint = QStringLiteral("login_ws");
    call->url = m_baseUrl.resolved(QUrl(QStringLiteral("rest/login_ws")));
    call->postBody = "username=" + QUrl::toPercentEncoding(username) + "&password=" + QUrl::toPercentEncoding(password);
    call->done = [this, done = std::move(done)](const HttpOutcome &o) {
        HttpOutcome out = o;
        if (out.kind == HttpOutcome::Kind::Ok) {
            const QJsonObject root = QJsonDocument::fromJson(o.body).object();
            m_token = root.value(QStringLiteral("token")).toString();
            const int status = root.value(QStringLiteral("status")).toInt();
            if (status == 401 || (status == 200 && m_token.isEmpty()))
                out.kind = HttpOutcome::Kind::Auth;
            else if (m_token.isEmpty())
                out.kind = HttpOutcome::Kind::Format;
            if (out.kind != HttpOutcome::Kind::Ok)
                out.error = QStringLiteral("login refused (envelope status %1)").arg(status);
        }
        done(out);
    };
    send(call);
}

void SisdmkClient::fetchPage(const QString &region, const QString &since, int page, int perPage, Callback done)
{
    m_cancelled = false; // cancel() ends the calls in flight, not the next region's
    auto call = std::make_shared<Call>();
    call->endpoint = QStringLiteral("sdmk");
    QUrl url = m_baseUrl.resolved(QUrl(QStringLiteral("rest/sdmk")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("kode_wilayah"), region);
    if (!since.isEmpty())
        q.addQueryItem(QStringLiteral("updated_since"), since);
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    q.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(m_token)));
    url.setQuery(q);
    call->url = url;
    call->done = std::move(done);
    send(call);
}

void SisdmkClient::cancel()
{
    m_cancelled = true;
    if (auto call = std::exchange(m_waiting, nullptr)) {
        m_retryTimer->stop();
        HttpOutcome o;
        o.kind = HttpOutcome::Kind::Cancelled;
        o.error = QStringLiteral("cancelled");
        call->done(o);
    }
    if (m_active)
        m_active->abort(); // finished() follows with OperationCanceledError
}

void SisdmkClient::send(const std::shared_ptr<Call> &call)
{
    ++call->attempt;
    call->requestId = QUuid::createUuid().toString(QUuid::WithoutBraces); // fresh per attempt
    m_requestIds.append(call->requestId);
    QNetworkRequest req(call->url);
    req.setRawHeader("X-Request-ID", call->requestId.toLatin1());
    req.setRawHeader("Accept", "application/json");
    // Qt 6.4 inflates gzip answers in small steps (seconds per MiB); identity is far faster on loopback/LAN.
    req.setRawHeader("Accept-Encoding", "identity");
    req.setTransferTimeout(m_policy.transferTimeoutMs);
    QNetworkReply *reply = nullptr;
    if (call->postBody.isEmpty()) {
        reply = m_nam.get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_nam.post(req, call->postBody);
    }
    m_active = reply;
    emit requestLogged(QStringLiteral("request %1 %2 attempt %3").arg(call->requestId, redactUrl(call->url)).arg(call->attempt));
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onFinished(call, reply); });
}

void SisdmkClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_active == reply)
        m_active = nullptr;
    bool retryable = false;
    int retryAfterMs = -1;
    HttpOutcome outcome = classify(reply, call, &retryable, &retryAfterMs);
    emit requestLogged(QStringLiteral("answer %1 http %2 bytes %3 %4")
                           .arg(call->requestId)
                           .arg(outcome.httpStatus)
                           .arg(outcome.body.size())
                           .arg(outcome.error));
    if (outcome.kind != HttpOutcome::Kind::Ok && m_metrics) {
        m_metrics->increment(QStringLiteral("medtrack_sisdmk_request_errors_total"),
                             QStringLiteral("endpoint=\"%1\"").arg(call->endpoint));
    }
    if (m_metrics)
        m_metrics->increment(QStringLiteral("medtrack_sisdmk_requests_total"),
                             QStringLiteral("endpoint=\"%1\"").arg(call->endpoint));
    if (retryable && !m_cancelled)
        return retryOrFail(call, outcome, retryAfterMs);
    call->done(outcome);
}

HttpOutcome SisdmkClient::classify(QNetworkReply *reply, const std::shared_ptr<Call> &call, bool *retryable,
                                   int *retryAfterMs)
{
    HttpOutcome o;
    o.requestId = call->requestId;
    o.attempts = call->attempt;
    if (m_cancelled) {
        o.kind = HttpOutcome::Kind::Cancelled;
        o.error = QStringLiteral("cancelled");
        return o;
    }
    o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    o.body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError err = reply->error();
    if (o.httpStatus == 401) {
        o.kind = HttpOutcome::Kind::Auth;
        o.error = QStringLiteral("HTTP 401 from %1").arg(call->endpoint);
        return o;
    }
    if (o.httpStatus == 429 || o.httpStatus >= 500) {
        bool ok = false;
        const int secs = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && secs >= 0)
            *retryAfterMs = secs * 1000;
        o.kind = HttpOutcome::Kind::Unreachable;
        o.error = QStringLiteral("HTTP %1 from %2").arg(o.httpStatus).arg(call->endpoint);
        *retryable = true;
        return o;
    }
    if (err != QNetworkReply::NoError && o.httpStatus == 200) {
        o.kind = HttpOutcome::Kind::Format; // headers said 200, then the body stopped short
        o.error = QStringLiteral("body cut short after %1 bytes: %2").arg(o.body.size()).arg(Logging::redact(reply->errorString()));
        return o;
    }
    if (err != QNetworkReply::NoError || o.httpStatus == 0) {
        o.kind = HttpOutcome::Kind::Unreachable;
        o.error = QStringLiteral("%1 unreachable: %2").arg(call->endpoint, Logging::redact(reply->errorString()));
        *retryable = true;
        return o;
    }
    if (o.httpStatus != 200) {
        o.kind = HttpOutcome::Kind::Format;
        o.error = QStringLiteral("unexpected HTTP %1 from %2").arg(o.httpStatus).arg(call->endpoint);
    }
    return o;
}

int SisdmkClient::backoffMs(int attempt)
{
    const double base = double(m_policy.baseDelayMs) * double(1 << std::min(attempt - 1, 16));
    const double jitter = 0.5 + m_random.generateDouble(); // 0.5 .. 1.5
    return int(std::min(double(m_policy.maxDelayMs), base * jitter));
}

void SisdmkClient::retryOrFail(const std::shared_ptr<Call> &call, HttpOutcome outcome, int retryAfterMs)
{
    if (call->attempt > m_policy.maxRetries) {
        outcome.error += QStringLiteral(" (after %1 attempts)").arg(call->attempt);
        call->done(outcome);
        return;
    }
    const int delay = retryAfterMs >= 0 ? std::min(retryAfterMs, m_policy.maxDelayMs) : backoffMs(call->attempt);
    emit requestLogged(QStringLiteral("retry %1 in %2 ms: %3").arg(call->endpoint).arg(delay).arg(outcome.error));
    m_waiting = call;
    m_retryTimer->start(delay);
}

} // namespace mt
