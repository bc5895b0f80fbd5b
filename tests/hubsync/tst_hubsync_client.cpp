// HubClient: which failures are retried, how often, after which delay, and that each retry is reported.
#include "HubSyncTestSupport.h"
#include "hubsync/HubClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace mt;
using namespace mt::test;

namespace {

const QByteArray kOkBody = R"({"accepted":[],"duplicates":[],"rejected":[]})";

bool isPushAnswer(const QJsonObject &o)
{
    return o.value(QStringLiteral("accepted")).isArray();
}

struct Outcome
{
    std::optional<HubReply> reply;
    QList<HubRetry> retries;
};

Outcome run(const QString &url, HubRetryPolicy policy = {}, double random = 0.0)
{
    QNetworkAccessManager nam;
    HubClient client(nam, policy, [random] { return random; });
    client.setBaseUrl(url);
    client.setToken(QStringLiteral("secret-token"));
    Outcome out;
    QObject::connect(&client, &HubClient::retrying, &client, [&](const HubRetry &r) { out.retries.append(r); });
    client.call("POST", QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray()}}, isPushAnswer,
                [&](const HubReply &r) { out.reply = r; });
    waitFor([&] { return out.reply.has_value(); }, 60000);
    return out;
}

} // namespace

class TestHubClient : public QObject
{
    Q_OBJECT
private slots:
    void delayIsFullJitterOrRetryAfter();
    void transientFailuresAreRetriedThenSucceed();
    void givesUpAfterThreeRetries();
    void clientErrorsAreNotRetried();
    void tooManyRequestsIsRetriedAfterRetryAfter();
    void refusedConnectionIsRetried();
    void silentHubTimesOut();
};

void TestHubClient::delayIsFullJitterOrRetryAfter()
{
    const HubRetryPolicy p; // base 500 ms, Retry-After capped at 30 s
    QCOMPARE(HubClient::retryDelayMs(p, 1, 0.0, -1), 0);
    QCOMPARE(HubClient::retryDelayMs(p, 1, 0.5, -1), 250);
    QCOMPARE(HubClient::retryDelayMs(p, 2, 0.5, -1), 500);
    QCOMPARE(HubClient::retryDelayMs(p, 3, 0.5, -1), 1000);
    QCOMPARE(HubClient::retryDelayMs(p, 3, 0.9999, -1), 1999);
    QCOMPARE(HubClient::retryDelayMs(p, 2, 0.1, 2000), 2000);   // Retry-After wins over the jitter
    QCOMPARE(HubClient::retryDelayMs(p, 1, 0.5, 45000), 30000); // ... up to 30 s
}

void TestHubClient::transientFailuresAreRetriedThenSucceed()
{
    ScriptedHttpServer server;
    QByteArray cut = httpResponse(200, kOkBody);
    cut.replace("Content-Length: " + QByteArray::number(kOkBody.size()), "Content-Length: 400"); // body stops short
    server.script({httpResponse(503, R"({"error":{"code":"unavailable"}})", {"Retry-After: 0"}),
                   httpResponse(200, "<html>proxy error</html>"), cut, httpResponse(200, kOkBody)});
    const Outcome o = run(server.url());
    QVERIFY(o.reply);
    QCOMPARE(int(o.reply->kind), int(HubReply::Kind::Ok));
    QCOMPARE(o.reply->attempts, 4);
    QCOMPARE(server.requests(), 4);
    QCOMPARE(o.retries.size(), 3);
    QCOMPARE(o.retries.at(0).attempt, 1);
    QCOMPARE(o.retries.at(2).attempt, 3);
    QCOMPARE(o.retries.at(0).maxRetries, 3);
    QVERIFY2(o.retries.at(0).reason.contains(QLatin1String("HTTP 503")), qPrintable(o.retries.at(0).reason));
    QVERIFY2(o.retries.at(1).reason.contains(QLatin1String("not the expected JSON")), qPrintable(o.retries.at(1).reason));
    QVERIFY2(o.retries.at(2).reason.contains(QLatin1String("cut short")), qPrintable(o.retries.at(2).reason));
    // The token travels in the header only and never shows in a reason.
    QVERIFY(server.heads.first().contains("Authorization: Bearer secret-token"));
    QVERIFY(server.heads.first().contains("X-Request-ID: "));
    for (const HubRetry &r : o.retries)
        QVERIFY(!r.reason.contains(QLatin1String("secret-token")));
}

void TestHubClient::givesUpAfterThreeRetries()
{
    ScriptedHttpServer server;
    server.script({httpResponse(500, R"({"error":{"code":"internal"}})")});
    const Outcome o = run(server.url());
    QCOMPARE(int(o.reply->kind), int(HubReply::Kind::Transient));
    QCOMPARE(server.requests(), 4); // the first attempt and 3 retries
    QCOMPARE(o.retries.size(), 3);
    QVERIFY(o.reply->error.contains(QLatin1String("after 4 attempts")));
}

void TestHubClient::clientErrorsAreNotRetried()
{
    ScriptedHttpServer server;
    server.script({httpResponse(400, R"({"error":{"code":"wrong_type","message":"events must be an array","field":"events[2].hlc"}})"),
                   httpResponse(200, kOkBody)});
    const Outcome o = run(server.url());
    QCOMPARE(int(o.reply->kind), int(HubReply::Kind::Refused));
    QCOMPARE(server.requests(), 1);
    QVERIFY(o.retries.isEmpty());
    QCOMPARE(o.reply->httpStatus, 400);
    QCOMPARE(o.reply->errorCode, QStringLiteral("wrong_type"));
    QCOMPARE(o.reply->errorField, QStringLiteral("events[2].hlc"));
}

void TestHubClient::tooManyRequestsIsRetriedAfterRetryAfter()
{
    ScriptedHttpServer server;
    server.script({httpResponse(429, R"({"error":{"code":"rate_limited"}})", {"Retry-After: 1"}), httpResponse(200, kOkBody)});
    QElapsedTimer t;
    t.start();
    const Outcome o = run(server.url(), {}, 0.0);
    QCOMPARE(int(o.reply->kind), int(HubReply::Kind::Ok));
    QCOMPARE(o.retries.size(), 1);
    QCOMPARE(o.retries.first().delayMs, 1000); // the jitter (0 here) does not shorten Retry-After
    QVERIFY(t.elapsed() >= 1000);
}

void TestHubClient::refusedConnectionIsRetried()
{
    const quint16 closed = freeTcpPort();
    HubRetryPolicy p;
    p.baseDelayMs = 20;
    const Outcome o = run(QStringLiteral("http://127.0.0.1:%1").arg(closed), p, 0.5);
    QCOMPARE(int(o.reply->kind), int(HubReply::Kind::Transient));
    QCOMPARE(o.retries.size(), 3);
    QCOMPARE(o.retries.at(0).delayMs, 10); // full jitter: 0.5 × 20, 0.5 × 40, 0.5 × 80
    QCOMPARE(o.retries.at(1).delayMs, 20);
    QCOMPARE(o.retries.at(2).delayMs, 40);
    QVERIFY2(o.reply->error.contains(QLatin1String("unreachable")), qPrintable(o.reply->error));
}

void TestHubClient::silentHubTimesOut()
{
    ScriptedHttpServer server;
    server.script({"HANG", httpResponse(200, kOkBody)});
    HubRetryPolicy p;
    p.transferTimeoutMs = 300;
    const Outcome o = run(server.url(), p, 0.0);
    QCOMPARE(int(o.reply->kind), int(HubReply::Kind::Ok));
    QCOMPARE(o.retries.size(), 1);
    QCOMPARE(server.requests(), 2);
}

QTEST_GUILESS_MAIN(TestHubClient)
#include "tst_hubsync_client.moc"
