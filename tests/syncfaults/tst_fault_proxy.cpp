// The fault proxy itself: each mode does what the sync fault tests rely on, against a small HTTP server.
#include "FaultProxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include <httplib.h>

#include <atomic>
#include <thread>

using namespace mt::test;
using Fault = FaultProxy::Fault;

class TestFaultProxy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void passesThroughUnchanged();
    void statusOnlyForMatchingRequests();
    void garbageIsNotForwarded();
    void truncatedJsonIsForwardedAndCut();
    void dropMidResponseCutsAfterTheHubAnswered();
    void refuseClosesWithoutForwarding();
    void hookRunsAfterForwardingMatchingRequests();
    void upstreamDownClosesUnanswered();

private:
    httplib::Result get(const char *path);
    httplib::Result post(const char *path, const std::string &body);

    httplib::Server m_server;
    std::thread m_serverThread;
    int m_upstreamPort = 0;
    std::atomic<int> m_posts{0};
    std::unique_ptr<FaultProxy> m_proxy;
    std::string m_bigJson;
};

void TestFaultProxy::initTestCase()
{
    QJsonObject big;
    for (int i = 0; i < 200; ++i)
        big.insert(QStringLiteral("k%1").arg(i), QStringLiteral("value number %1").arg(i));
    m_bigJson = QJsonDocument(big).toJson(QJsonDocument::Compact).toStdString();
    m_server.Get("/json", [this](const httplib::Request &, httplib::Response &res) {
        res.set_content(m_bigJson, "application/json");
    });
    m_server.Post("/echo", [this](const httplib::Request &req, httplib::Response &res) {
        ++m_posts;
        res.set_content(R"({"echo":")" + req.body + R"("})", "application/json");
    });
    m_upstreamPort = m_server.bind_to_any_port("127.0.0.1");
    QVERIFY(m_upstreamPort > 0);
    m_serverThread = std::thread([this] { m_server.listen_after_bind(); });
}

void TestFaultProxy::cleanupTestCase()
{
    m_proxy.reset();
    m_server.stop();
    if (m_serverThread.joinable())
        m_serverThread.join();
}

void TestFaultProxy::init()
{
    m_proxy = std::make_unique<FaultProxy>(static_cast<quint16>(m_upstreamPort));
    QVERIFY(m_proxy->start());
    m_posts = 0;
}

httplib::Result TestFaultProxy::get(const char *path)
{
    httplib::Client cli("127.0.0.1", m_proxy->port());
    cli.set_read_timeout(10, 0);
    return cli.Get(path);
}

httplib::Result TestFaultProxy::post(const char *path, const std::string &body)
{
    httplib::Client cli("127.0.0.1", m_proxy->port());
    cli.set_read_timeout(10, 0);
    return cli.Post(path, body, "application/json");
}

void TestFaultProxy::passesThroughUnchanged()
{
    auto res = get("/json");
    QVERIFY(res);
    QCOMPARE(res->status, 200);
    QCOMPARE(res->body, m_bigJson);
    auto echo = post("/echo", "hello");
    QVERIFY(echo);
    QCOMPARE(echo->body, std::string(R"({"echo":"hello"})"));
    const auto log = m_proxy->log();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).upstreamStatus, 200);
    QCOMPARE(log.at(1).method, QByteArray("POST"));
    QCOMPARE(m_proxy->faultsInjected(), 0);
}

void TestFaultProxy::statusOnlyForMatchingRequests()
{
    m_proxy->inject(Fault::Status, 2, "POST", "/echo", 503);
    QCOMPARE(get("/json")->status, 200); // not matching: untouched, fault still queued
    QCOMPARE(m_proxy->pendingFaults(), 2);
    auto a = post("/echo", "1");
    auto b = post("/echo", "2");
    auto c = post("/echo", "3");
    QVERIFY(a && b && c);
    QCOMPARE(a->status, 503);
    QCOMPARE(b->status, 503);
    QVERIFY(a->body.find("injected") != std::string::npos);
    QCOMPARE(c->status, 200);
    QCOMPARE(m_posts.load(), 1); // the 503s never reached the server
    QCOMPARE(m_proxy->faultsInjected(), 2);
    QCOMPARE(m_proxy->pendingFaults(), 0);
}

void TestFaultProxy::garbageIsNotForwarded()
{
    m_proxy->inject(Fault::Garbage, 1, "POST");
    auto res = post("/echo", "x");
    QVERIFY(res);
    QCOMPARE(res->status, 200);
    QJsonParseError err;
    QJsonDocument::fromJson(QByteArray::fromStdString(res->body), &err);
    QVERIFY(err.error != QJsonParseError::NoError);
    QCOMPARE(m_posts.load(), 0);
    QCOMPARE(m_proxy->log().at(0).upstreamStatus, -1);
}

void TestFaultProxy::truncatedJsonIsForwardedAndCut()
{
    m_proxy->inject(Fault::TruncatedJson, 1);
    auto res = get("/json");
    QVERIFY(res);
    QCOMPARE(res->status, 200);
    QCOMPARE(res->body, m_bigJson.substr(0, m_bigJson.size() / 2));
    QJsonParseError err;
    QJsonDocument::fromJson(QByteArray::fromStdString(res->body), &err);
    QVERIFY(err.error != QJsonParseError::NoError);
    QCOMPARE(m_proxy->log().at(0).upstreamStatus, 200);
}

void TestFaultProxy::dropMidResponseCutsAfterTheHubAnswered()
{
    m_proxy->inject(Fault::DropMidResponse, 1, "POST");
    auto res = post("/echo", "stored");
    QVERIFY(!res); // the client never gets a whole answer...
    QCOMPARE(m_posts.load(), 1); // ...but the server did the work
    QCOMPARE(m_proxy->log().at(0).upstreamStatus, 200);
    QCOMPARE(post("/echo", "again")->status, 200); // one fault, then pass-through
}

void TestFaultProxy::refuseClosesWithoutForwarding()
{
    m_proxy->inject(Fault::Refuse, 1);
    QVERIFY(!get("/json"));
    QCOMPARE(m_proxy->log().at(0).upstreamStatus, -1);
    QCOMPARE(get("/json")->status, 200);
}

void TestFaultProxy::hookRunsAfterForwardingMatchingRequests()
{
    QList<int> seen;
    std::mutex mu;
    m_proxy->setForwardHook("POST", "/echo", [&](int index, const FaultProxy::Entry &e) {
        std::lock_guard lock(mu);
        seen << index;
        QCOMPARE(e.path, QByteArray("/echo"));
    });
    get("/json");
    post("/echo", "a");
    post("/echo", "b");
    std::lock_guard lock(mu);
    QCOMPARE(seen, (QList<int>{1, 2}));
}

void TestFaultProxy::upstreamDownClosesUnanswered()
{
    quint16 port = 0;
    {
        QTcpServer closed; // listen, then close: a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    m_proxy->setUpstreamPort(port);
    QVERIFY(!get("/json"));
    m_proxy->setUpstreamPort(static_cast<quint16>(m_upstreamPort));
    QCOMPARE(get("/json")->status, 200);
}

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_fault_proxy.moc"
