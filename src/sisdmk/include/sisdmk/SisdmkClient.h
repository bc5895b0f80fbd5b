// The one SISDMK adapter: login, paged GET /rest/sdmk, retry with backoff + jitter, failure classification.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace mt {

class MetricsRegistry;

struct RetryPolicy
{
    int maxRetries = 3;          // after the first attempt
    int baseDelayMs = 1000;      // 1 s, 2 s, 4 s (each ×0.5..1.5 jitter)
    int maxDelayMs = 60000;      // also caps Retry-After
    int transferTimeoutMs = 30000;
};

struct HttpOutcome
{
    enum class Kind { Ok, Unreachable, Auth, Format, Cancelled };
    Kind kind = Kind::Ok;
    int httpStatus = 0;
    QByteArray body;       // the answer (partial when cut short)
    QString requestId;     // X-Request-ID of the last attempt
    QString error;         // English, token already redacted
    int attempts = 0;
};

class SisdmkClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpOutcome &)>;
    SisdmkClient(QNetworkAccessManager &nam, RetryPolicy policy, MetricsRegistry *metrics, QObject *parent = nullptr);
    ~SisdmkClient() override;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    // POST /rest/login_ws; on success token() is set. Auth: wrong credentials.
    void login(const QString &username, const QString &password, Callback done);
    // GET /rest/sdmk?kode_wilayah&updated_since&page&per_page&token.
    void fetchPage(const QString &region, const QString &since, int page, int perPage, Callback done);
    void cancel();
    QString token() const { return m_token; }
    // Forgets the token (a new sync logs in again; tokens expire between scheduled syncs).
    void clearToken() { m_token.clear(); }
    // Every X-Request-ID sent since the last clear (for the run audit).
    const QStringList &requestIds() const { return m_requestIds; }
    void clearRequestIds() { m_requestIds.clear(); }
    // Logs/errors: the URL with token removed.
    static QString redactUrl(const QUrl &url);

signals:
    // One line per attempt, for the caller's log (already redacted).
    void requestLogged(const QString &line);

private:
    struct Call;
    void send(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryOrFail(const std::shared_ptr<Call> &call, HttpOutcome outcome, int retryAfterMs);
    int backoffMs(int attempt);
    HttpOutcome classify(QNetworkReply *reply, const std::shared_ptr<Call> &call, bool *retryable, int *retryAfterMs);

    QNetworkAccessManager &m_nam;
    RetryPolicy m_policy;
    MetricsRegistry *m_metrics;
    QUrl m_baseUrl;
    QString m_token;
    QStringList m_requestIds;
    QPointer<QNetworkReply> m_active;
    QTimer *m_retryTimer;
    std::shared_ptr<Call> m_waiting;
    QRandomGenerator m_random;
    bool m_cancelled = false;
};

} // namespace mt
