// Tests Logging: secret redaction, valid JSON lines with escaping, independent loggers per owner.
#include "observability/Logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <spdlog/logger.h>

using mt::Logging;

namespace {

QList<QJsonObject> readLines(const QString &dir)
{
    QFile f(dir + QStringLiteral("/logs/medtrack.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << line;
        out << doc.object();
    }
    return out;
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT
private slots:
    void redactsSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("url token") << QStringLiteral("GET https://hub/api/pull?since=4&token=abc123XYZ&x=1")
                                   << QStringLiteral("abc123XYZ");
        QTest::newRow("password=") << QStringLiteral("login user=admin password=hunter2-pw") << QStringLiteral("hunter2-pw");
        QTest::newRow("secret:") << QStringLiteral("sisdmk secret: s3cr3t-value ok") << QStringLiteral("s3cr3t-value");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJhbGciOi.payload.sig")
                                << QStringLiteral("eyJhbGciOi");
        QTest::newRow("json field") << QStringLiteral("{\"user\":\"a\",\"password\":\"p@ss \\\"quoted\\\"\"}")
                                    << QStringLiteral("p@ss");
        QTest::newRow("access_token") << QStringLiteral("access_token=tok-999") << QStringLiteral("tok-999");
    }
    void redactsSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Logging::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("[redacted]")));
    }
    void leavesOrdinaryTextAlone()
    {
        const QString text = QStringLiteral("alert 0190 acknowledged by operator (stok vaksin BCG)");
        QCOMPARE(Logging::redact(text), text);
        const QString redactedUrl = QStringLiteral("GET /x?token=REDACTED&since=1"); // redactUrl's output, kept
        QCOMPARE(Logging::redact(redactedUrl), redactedUrl);
        QVERIFY(!Logging::redact(QStringLiteral("token=REDACTEDsecret")).contains(QLatin1String("secret")));
    }
    void writesValidJsonLines()
    {
        QTemporaryDir dir;
        auto log = Logging::create(dir.path(), QStringLiteral("ws"));
        Logging::info(*log, QStringLiteral("quote \" backslash \\ newline\n tab\t unicode °C ✓"), QStringLiteral("trace-1"));
        Logging::warn(*log, QStringLiteral("token=should-not-appear"));
        Logging::error(*log, QStringLiteral("control \x01 char"));
        log->flush();
        const QList<QJsonObject> lines = readLines(dir.path());
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].value(QLatin1String("msg")).toString(),
                 QStringLiteral("quote \" backslash \\ newline\n tab\t unicode °C ✓"));
        QCOMPARE(lines[0].value(QLatin1String("component")).toString(), QStringLiteral("ws"));
        QCOMPARE(lines[0].value(QLatin1String("level")).toString(), QStringLiteral("info"));
        QCOMPARE(lines[0].value(QLatin1String("trace_id")).toString(), QStringLiteral("trace-1"));
        QVERIFY(lines[0].value(QLatin1String("ts")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(!lines[1].value(QLatin1String("msg")).toString().contains(QLatin1String("should-not-appear")));
        QCOMPARE(lines[2].value(QLatin1String("level")).toString(), QStringLiteral("error"));
    }
    void writesExtraFieldsRedacted()
    {
        QTemporaryDir dir;
        auto log = Logging::create(dir.path(), QStringLiteral("hub"));
        Logging::write(*log, Logging::Level::Warning, QStringLiteral("request"),
                       {{QStringLiteral("path"), Logging::redactUrl(QStringLiteral("/api/v1/events?since=3&token=t0k"))},
                        {QStringLiteral("note"), QStringLiteral("password=hunter2-pw")},
                        {QStringLiteral("status"), 401},
                        {QStringLiteral("ms"), 1.25},
                        {QStringLiteral("level"), QStringLiteral("forged")}});
        log->flush();
        const QList<QJsonObject> lines = readLines(dir.path());
        QCOMPARE(lines.size(), 1);
        const QJsonObject &l = lines[0];
        QCOMPARE(l.value(QLatin1String("component")).toString(), QStringLiteral("hub"));
        QCOMPARE(l.value(QLatin1String("msg")).toString(), QStringLiteral("request"));
        QCOMPARE(l.value(QLatin1String("level")).toString(), QStringLiteral("warning")); // not the forged field
        QCOMPARE(l.value(QLatin1String("path")).toString(), QStringLiteral("/api/v1/events?since=3&token=REDACTED"));
        QVERIFY(!l.value(QLatin1String("note")).toString().contains(QLatin1String("hunter2")));
        QCOMPARE(l.value(QLatin1String("status")).toInt(), 401);
        QCOMPARE(l.value(QLatin1String("ms")).toDouble(), 1.25);
    }
    void redactsUrlQueries_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringLiteral("/api/v1/events") << QStringLiteral("/api/v1/events");
        QTest::newRow("token") << QStringLiteral("/x?since=1&token=abc&limit=2")
                               << QStringLiteral("/x?since=1&token=REDACTED&limit=2");
        QTest::newRow("enrolment code") << QStringLiteral("/x?Enrolment_Code=K7Q")
                                        << QStringLiteral("/x?Enrolment_Code=REDACTED");
        QTest::newRow("password and secret") << QStringLiteral("https://h/p?password=a&client_secret=b")
                                             << QStringLiteral("https://h/p?password=REDACTED&client_secret=REDACTED");
    }
    void redactsUrlQueries()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(Logging::redactUrl(url), expected);
    }
    void loggersDoNotClash()
    {
        QTemporaryDir dir;
        auto a = Logging::create(dir.path(), QStringLiteral("ws"));
        auto b = Logging::create(dir.path(), QStringLiteral("ws"));
        QVERIFY(a->name() != b->name());
        Logging::info(*a, QStringLiteral("from a"));
        a.reset();
        Logging::info(*b, QStringLiteral("from b"));
        b->flush();
        QCOMPARE(readLines(dir.path()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
