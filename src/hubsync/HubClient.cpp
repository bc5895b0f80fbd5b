// HubClient: QNetworkAccessManager requests on the caller's thread; retries on a precise single-shot timer.
#include "hubsync/HubClient.h"

#include "observability/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace mt {

struct HubClient::Call
{
    QByteArray method;
    QString path;
    QByteArray payload;
    Validator expect;
    Callback done;
    int attempt = 0;
    QString requestId;
};

HubClient::HubClient(QNetworkAccessManager &nam, HubRetryPolicy policy, RandomSource random, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
    , m_random(std::move(random))
    , m_retryTimer(new QTimer(this))
{
    if (!m_random) {
        auto gen = std::make_shared<QRandomGenerator>(QRandomGenerator::securelySeeded());
        m_random = [gen] { return gen->generateDouble(); };
    }
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire before the hub's Retry-After
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (auto call = std::exchange(m_waiting, nullptr))
            send(call);
    });
}

HubClient::~HubClient()
{
    if (m_active) {
        m_active->disconnect(this); // no callback into a half-destroyed owner
        m_active->abort();
    }
}

qint64 HubClient::retryDelayMs(const HubRetryPolicy &policy, int retry, double r, qint64 retryAfterMs)
{
    if (retryAfterMs >= 0)
        return std::min<qint64>(retryAfterMs, policy.maxRetryAfterMs);
    const double ceiling = double(policy.baseDelayMs) * std::ldexp(1.0, std::clamp(retry - 1, 0, 20));
    return qint64(std::floor(std::clamp(r, 0.0, 1.0) * ceiling));
}

void HubClient::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, Validator expect,
                     Callback done)
{
    m_cancelled = false;
    auto c = std::make_shared<Call>();
    c->method = method;
    c->path = pathAndQuery;
    c->payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    c->expect = std::move(expect);
    c->done = std::move(done);
    send(c);
}

void HubClient::cancel()
{
    m_cancelled = true;
    if (auto c = std::exchange(m_waiting, nullptr)) {
        m_retryTimer->stop();
        HubReply r;
        r.kind = HubReply::Kind::Cancelled;
        r.error = QStringLiteral("cancelled");
        c->done(r);
    }
    if (m_active)
        m_active->abort(); // finished() follows; classify() reports Cancelled
}

void HubClient::send(const std::shared_ptr<Call> &c)
{
    ++c->attempt;
    c->requestId = QUuid::createUuid().toString(QUuid::WithoutBraces); // fresh per attempt, logged on both sides
    QNetworkRequest req(QUrl(m_base + c->path));
    req.setTransferTimeout(m_policy.transferTimeoutMs);
    req.setRawHeader("X-Request-ID", c->requestId.toLatin1());
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Accept-Encoding", "identity"); // Qt 6.4 inflates gzip slowly
    if (!c->payload.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = m_nam.sendCustomRequest(req, c->method, c->payload);
    m_active = reply;
    connect(reply, &QNetworkReply::finished, this, [this, c, reply] { onFinished(c, reply); });
}

HubReply HubClient::classify(QNetworkReply *reply, const Call &c, bool *transient, qint64 *retryAfterMs) const
{
    HubReply r;
    r.attempts = c.attempt;
    r.requestId = c.requestId;
    if (m_cancelled) {
        r.kind = HubReply::Kind::Cancelled;
        r.error = QStringLiteral("cancelled");
        return r;
    }
    const QString what = QString::fromLatin1(c.method) + QLatin1Char(' ') + c.path.section(QLatin1Char('?'), 0, 0);
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QByteArray date = reply->rawHeader("Date"); !date.isEmpty()) {
        QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(date).trimmed(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        t.setTimeSpec(Qt::UTC);
        r.hubDateMs = t.isValid() ? t.toMSecsSinceEpoch() : 0;
    }
    const QByteArray body = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    r.json = doc.object();
    *transient = true;
    r.kind = HubReply::Kind::Transient;
    if (r.httpStatus == 0) {
        r.error = QStringLiteral("%1: hub unreachable (%2)").arg(what, Logging::redact(reply->errorString()));
        return r;
    }
    if (r.httpStatus == 429 || r.httpStatus >= 500) {
        bool ok = false;
        const qint64 secs = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
        if (ok && secs >= 0)
            *retryAfterMs = secs * 1000;
        const QString code = r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        r.error = QStringLiteral("%1: HTTP %2%3").arg(what).arg(r.httpStatus).arg(code.isEmpty() ? QString() : QStringLiteral(" ") + code);
        return r;
    }
    if (r.httpStatus >= 400) {
        *transient = false;
        r.kind = HubReply::Kind::Refused;
        const QJsonObject err = r.json.value(QStringLiteral("error")).toObject();
        r.errorCode = err.value(QStringLiteral("code")).toString(QStringLiteral("unknown"));
        r.errorField = err.value(QStringLiteral("field")).toString();
        r.error = QStringLiteral("%1: hub refused (HTTP %2, %3): %4")
                      .arg(what)
                      .arg(r.httpStatus)
                      .arg(r.errorCode, err.value(QStringLiteral("message")).toString());
        return r;
    }
    if (reply->error() != QNetworkReply::NoError) {
        r.error = QStringLiteral("%1: answer cut short after %2 bytes (%3)")
                      .arg(what)
                      .arg(body.size())
                      .arg(Logging::redact(reply->errorString()));
        return r;
    }
    if (r.httpStatus < 200 || r.httpStatus >= 300 || !doc.isObject() || (c.expect && !c.expect(r.json))) {
        r.error = QStringLiteral("%1: HTTP %2 with an answer that is not the expected JSON (%3 bytes)")
                      .arg(what)
                      .arg(r.httpStatus)
                      .arg(body.size());
        return r;
    }
    *transient = false;
    r.kind = HubReply::Kind::Ok;
    return r;
}

void HubClient::onFinished(const std::shared_ptr<Call> &c, QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_active == reply)
        m_active = nullptr;
    bool transient = false;
    qint64 retryAfterMs = -1;
    HubReply r = classify(reply, *c, &transient, &retryAfterMs);
    if (!transient || m_cancelled)
        return c->done(r);
    if (c->attempt > m_policy.maxRetries) {
        r.error += QStringLiteral(" (after %1 attempts)").arg(c->attempt);
        return c->done(r);
    }
    const int retry = c->attempt; // the first retry follows attempt 1
    const qint64 delay = retryDelayMs(m_policy, retry, m_random(), retryAfterMs);
    emit retrying(HubRetry{retry, m_policy.maxRetries, delay, r.error});
    m_waiting = c;
    m_retryTimer->start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

} // namespace mt
