// Asynchronous client for hub API v1: one request at a time, transient failures retried with full jitter.
#pragma once

#include "hubsync/HubSyncTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace mt {

struct HubReply
{
    // Transient: still failing after the retries (no answer, refused connection, cut short,
    // timeout, 5xx, 429, not the expected JSON). Refused: a 4xx other than 429 (never retried).
    enum class Kind { Ok, Transient, Refused, Cancelled };
    Kind kind = Kind::Ok;
    int httpStatus = 0;
    QJsonObject json;
    QString errorCode;   // the hub's error.code on a 4xx
    QString errorField;  // the hub's error.field, when given
    QString error;       // English one-liner
    int attempts = 0;
    QString requestId;   // X-Request-ID of the last attempt
    qint64 hubDateMs = 0; // the answer's Date header (the hub's clock, 1 s resolution); 0 = none
};

class HubClient : public QObject
{
    Q_OBJECT
public:
    using Validator = std::function<bool(const QJsonObject &)>;
    using Callback = std::function<void(const HubReply &)>;

    HubClient(QNetworkAccessManager &nam, HubRetryPolicy policy, RandomSource random, QObject *parent = nullptr);
    ~HubClient() override;

    void setBaseUrl(const QString &hubUrl) { m_base = hubUrl; }
    void setToken(const QString &token) { m_token = token; }
    // `expect` says whether a 2xx JSON object is the expected answer; `done` runs once, never nested.
    void call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, Validator expect,
              Callback done);
    void cancel();

    // Delay before retry `retry` (1-based): Retry-After (ms, capped) when the hub gave one,
    // otherwise uniform in [0, base·2^(retry-1)] drawn from `r` in [0, 1).
    static qint64 retryDelayMs(const HubRetryPolicy &policy, int retry, double r, qint64 retryAfterMs);

signals:
    void retrying(const mt::HubRetry &retry);

private:
    struct Call;
    void send(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    HubReply classify(QNetworkReply *reply, const Call &call, bool *transient, qint64 *retryAfterMs) const;

    QNetworkAccessManager &m_nam;
    HubRetryPolicy m_policy;
    RandomSource m_random;
    QString m_base;
    QString m_token;
    QPointer<QNetworkReply> m_active;
    QTimer *m_retryTimer;
    std::shared_ptr<Call> m_waiting;
    bool m_cancelled = false;
};

} // namespace mt
