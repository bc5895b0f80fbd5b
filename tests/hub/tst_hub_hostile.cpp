// Issue 10, part 3, against a real medtrack-hub: slow and idle connections never stall it, bodies sent chunked,
// compressed or without a length never make it hold more than --max-body-bytes, a token route answers a bad
// token before reading the body, and beyond --max-connections a client gets 503 at once. The gate that makes
// this hold is described in src/hub/GatedServer.h.
#include "HubTestSupport.h"
#include "RawHttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <vector>

using namespace mt;
using namespace mt::test;

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray post(const QString &token, const QByteArray &headers, const QByteArray &body = {})
{
    return "POST /api/v1/events HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nConnection: close\r\n"
           "Authorization: Bearer " + token.toUtf8() + "\r\n" + headers + "\r\n" + body;
}

QString codeOf(const RawReply &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace

class TestHubHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void slowAndIdleClientsDoNotStallTheHub();
    void chunkedBodyNeverExceedsTheLimit();
    void compressedBodyCountsDecompressed();
    void bodyWithoutLengthIsRefused();
    void badTokenIsAnsweredBeforeTheBody();
    void connectionsBeyondTheLimitGet503();

private:
    QJsonObject alertEvent() const
    {
        return makeEvent(QStringLiteral("site-h"), QStringLiteral("alert.raised"),
                         {{QStringLiteral("title"), QStringLiteral("Suhu lemari vaksin")}, {QStringLiteral("severity"), QStringLiteral("warning")},
                          {QStringLiteral("module"), QStringLiteral("logistics")}, {QStringLiteral("dedup_key"), newId()}});
    }
    qsizetype stored() const { return m_hub->pullAll(m_token).size(); }

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_token;
};

void TestHubHostile::initTestCase()
{
    m_hub = std::make_unique<HubProcess>(QStringList{QStringLiteral("--data-dir"), m_dir.path()});
    // Four handler threads: without the gate, four slow clients would stall this hub.
    QVERIFY(m_hub->start({QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--header-timeout"), QStringLiteral("4"),
                          QStringLiteral("--max-body-bytes"), QStringLiteral("262144")}));
    const QString code = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), QStringLiteral("site-h"),
                                             QStringLiteral("--name"), QStringLiteral("H")});
    m_token = m_hub->enrol(QStringLiteral("site-h"), code).json.value(QStringLiteral("token")).toString();
    QVERIFY(!m_token.isEmpty());
}

void TestHubHostile::cleanupTestCase()
{
    if (m_hub)
        m_hub->stop();
}

// 100 connections that send nothing and 100 that send one header line every 200 ms: /healthz and a push from
// another client still answer within 1 s. After the header timeout the slow ones get 408 and are closed.
void TestHubHostile::slowAndIdleClientsDoNotStallTheHub()
{
    std::vector<int> idle;
    std::vector<int> slow;
    for (int i = 0; i < 100; ++i) {
        idle.push_back(rawConnect(m_hub->port()));
        slow.push_back(rawConnect(m_hub->port()));
        QVERIFY(idle.back() >= 0 && slow.back() >= 0);
        QVERIFY(rawSend(slow.back(), "GET /healthz HTTP/1.1\r\nHost: hub\r\n"));
    }
    QElapsedTimer since;
    since.start();
    qint64 worst = 0;
    int rounds = 0;
    while (since.elapsed() < 3000) {
        for (int fd : slow)
            QVERIFY(rawSend(fd, QByteArray("X-Slow-") + QByteArray::number(rounds) + ": 1\r\n"));
        QElapsedTimer one;
        one.start();
        const Reply health = callHub(m_hub->port(), QStringLiteral("GET"), QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        const Reply pushed = m_hub->postJson(QStringLiteral("/api/v1/events"), {{QStringLiteral("events"), QJsonArray{alertEvent()}}}, m_token);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json.value(QStringLiteral("accepted")).toArray().size(), 1);
        worst = std::max(worst, one.elapsed());
        ++rounds;
        QTest::qWait(200); // the hub's log keeps draining
    }
    qInfo("%d rounds of /healthz + push with 200 slow/idle connections open; worst %lld ms", rounds, worst);
    QVERIFY2(worst < 1000, qPrintable(QStringLiteral("worst %1 ms").arg(worst)));
    QVERIFY(rounds >= 5);
    const Reply metrics = callHub(m_hub->port(), QStringLiteral("GET"), QStringLiteral("/metrics"));
    QVERIFY2(metrics.body.contains("medtrack_hub_connections_open 20"), metrics.body.constData()); // 200 and the scrape
    // The header timeout (4 s here) ends them: a slow head is answered 408, an idle connection just closed.
    const RawReply timedOut = rawRead(slow.front(), 4000);
    QCOMPARE(timedOut.status, 408);
    for (int fd : slow) // answered: the client closes (the hub lingers up to 5 s for a client that does not)
        rawClose(fd);
    // The idle ones the hub closes by itself; only the scrape's own connection is left.
    // (A manual loop, not QTRY: every check is a scrape, and the previous scrape's connection may still be
    // counted for a moment, so "1" or "2" both mean the 200 are gone.)
    const auto openNow = [this] {
        const QByteArray scrape = callHub(m_hub->port(), QStringLiteral("GET"), QStringLiteral("/metrics")).body;
        const qsizetype at = scrape.indexOf("\nmedtrack_hub_connections_open ");
        return at < 0 ? -1 : scrape.mid(at + 31, scrape.indexOf('\n', at + 1) - at - 31).toInt();
    };
    int open = openNow();
    QElapsedTimer waited;
    waited.start();
    while ((open < 1 || open > 2) && waited.elapsed() < 10000) {
        QTest::qWait(100);
        open = openNow();
    }
    QVERIFY2(open >= 1 && open <= 2, qPrintable(QString::number(open)));
    for (int fd : idle)
        rawClose(fd);
}

// A chunked push larger than --max-body-bytes is refused with 413 once the limit is passed; nothing is stored.
void TestHubHostile::chunkedBodyNeverExceedsTheLimit()
{
    const qsizetype before = stored();
    QByteArray body = "{\"events\":[],\"pad\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
    QByteArray chunked;
    for (qsizetype at = 0; at < body.size(); at += 16384) {
        const QByteArray piece = body.mid(at, 16384);
        chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    chunked += "0\r\n\r\n";
    const RawReply r = rawExchange(m_hub->port(), post(m_token, "Transfer-Encoding: chunked\r\n", chunked));
    QCOMPARE(r.status, 413);
    QCOMPARE(codeOf(r), QStringLiteral("too_large"));
    QVERIFY2(r.body.contains("262144"), r.body.constData()); // the limit it broke
    QCOMPARE(stored(), before);
    // A chunked push within the limit is stored.
    const QByteArray ok = QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{alertEvent()}}}).toJson(QJsonDocument::Compact);
    const RawReply fine = rawExchange(m_hub->port(), post(m_token, "Transfer-Encoding: chunked\r\n",
                                                          QByteArray::number(ok.size(), 16) + "\r\n" + ok + "\r\n0\r\n\r\n"));
    QCOMPARE(fine.status, 200);
    QCOMPARE(stored(), before + 1);
}

// gzip is accepted, and its decompressed size is what counts: 200 MB of zeros in 200 KB of gzip is refused
// with 413 and the hub never holds it (its peak memory stays far below it).
void TestHubHostile::compressedBodyCountsDecompressed()
{
    const qsizetype before = stored();
    const QByteArray ok = gzip(QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{alertEvent()}}}).toJson(QJsonDocument::Compact));
    const RawReply fine = rawExchange(m_hub->port(), post(m_token, "Content-Encoding: gzip\r\nContent-Length: "
                                                                       + QByteArray::number(ok.size()) + "\r\n", ok));
    QCOMPARE(fine.status, 200);
    QCOMPARE(stored(), before + 1);

    const QByteArray bomb = gzip("{\"events\":[],\"pad\":\"" + QByteArray(200 * 1024 * 1024, '0') + "\"}");
    QVERIFY(bomb.size() < 1024 * 1024);
    const RawReply r = rawExchange(m_hub->port(), post(m_token, "Content-Encoding: gzip\r\nContent-Length: "
                                                                    + QByteArray::number(bomb.size()) + "\r\n", bomb));
    QCOMPARE(r.status, 413);
    QCOMPARE(codeOf(r), QStringLiteral("too_large"));
    QCOMPARE(stored(), before + 1);
    const qint64 peakKb = m_hub->peakRssKb();
    qInfo("hub peak RSS after the 200 MB gzip bomb: %lld KiB", peakKb);
    QVERIFY2(peakKb > 0 && peakKb < 120 * 1024, qPrintable(QString::number(peakKb)));
    // An encoding the hub does not speak is named.
    const RawReply odd = rawExchange(m_hub->port(), post(m_token, "Content-Encoding: zstd\r\nContent-Length: 4\r\n", "abcd"));
    QCOMPARE(odd.status, 415);
    QCOMPARE(codeOf(odd), QStringLiteral("unsupported_encoding"));
}

// A POST with neither Content-Length nor chunked framing would be read until the client closes: 411.
void TestHubHostile::bodyWithoutLengthIsRefused()
{
    const int fd = rawConnect(m_hub->port());
    QVERIFY(rawSend(fd, post(m_token, {}, "{\"events\":[]")));
    const RawReply r = rawRead(fd, 2000);
    rawClose(fd);
    QCOMPARE(r.status, 411);
    QCOMPARE(codeOf(r), QStringLiteral("length_required"));
}

// An 8 MB body announced with a bad token: the 401 comes after the first 16 KiB, never waiting for the rest.
// A body on a route that takes none is refused before it is read.
void TestHubHostile::badTokenIsAnsweredBeforeTheBody()
{
    const int fd = rawConnect(m_hub->port());
    QElapsedTimer t;
    t.start();
    QVERIFY(rawSend(fd, post(QStringLiteral("not-a-token"), "Content-Length: 8000000\r\n", QByteArray(16 * 1024, 'x'))));
    const RawReply r = rawRead(fd, 3000);
    rawClose(fd);
    QCOMPARE(r.status, 401);
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    // With a good token the limit is checked before the body too.
    const RawReply big = rawExchange(m_hub->port(), post(m_token, "Content-Length: 8000000\r\n", QByteArray(16 * 1024, 'x')),
                                     "127.0.0.1", 3000);
    QCOMPARE(big.status, 413);
    const RawReply stray = rawExchange(m_hub->port(), "POST /healthz HTTP/1.1\r\nHost: hub\r\nContent-Length: 8000000\r\n\r\n"
                                                          + QByteArray(16 * 1024, 'x'),
                                       "127.0.0.1", 3000);
    QCOMPARE(stray.status, 404);
}

void TestHubHostile::connectionsBeyondTheLimitGet503()
{
    QTemporaryDir dir;
    HubProcess small(QStringList{QStringLiteral("--data-dir"), dir.path()});
    QVERIFY(small.start({QStringLiteral("--max-connections"), QStringLiteral("20")}));
    std::vector<int> held;
    for (int i = 0; i < 20; ++i)
        held.push_back(rawConnect(small.port()));
    QTest::qWait(200);
    const RawReply refused = rawExchange(small.port(), "GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n", "127.0.0.1", 2000);
    QCOMPARE(refused.status, 503);
    QVERIFY(!refused.header("Retry-After").isEmpty());
    for (int fd : held)
        rawClose(fd);
    QTRY_COMPARE_WITH_TIMEOUT(callHub(small.port(), QStringLiteral("GET"), QStringLiteral("/healthz")).status, 200, 3000);
    small.stop();
}

QTEST_GUILESS_MAIN(TestHubHostile)
#include "tst_hub_hostile.moc"
