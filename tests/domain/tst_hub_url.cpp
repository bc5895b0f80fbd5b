// normalizedHubUrl: the hub URL spelling every store keys on.
#include "domain/HubUrl.h"

#include <QTest>

class TestHubUrl : public QObject
{
    Q_OBJECT
private slots:
    void normalizes_data();
    void normalizes();
};

void TestHubUrl::normalizes_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("as is") << QStringLiteral("https://hub.example:8443") << QStringLiteral("https://hub.example:8443");
    QTest::newRow("slash") << QStringLiteral("https://hub.example/") << QStringLiteral("https://hub.example");
    QTest::newRow("slashes and blanks") << QStringLiteral("  http://127.0.0.1:18480/// \n")
                                        << QStringLiteral("http://127.0.0.1:18480");
    QTest::newRow("path kept") << QStringLiteral("https://gw.example/medtrack/") << QStringLiteral("https://gw.example/medtrack");
    // Case and default ports stay as typed: existing keychain entries and cursors are keyed on that.
    QTest::newRow("case kept") << QStringLiteral("HTTPS://Hub.Example/") << QStringLiteral("HTTPS://Hub.Example");
    QTest::newRow("empty") << QStringLiteral(" / ") << QString();
}

void TestHubUrl::normalizes()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(mt::normalizedHubUrl(in), out);
    QCOMPARE(mt::normalizedHubUrl(mt::normalizedHubUrl(in)), out); // idempotent
}

QTEST_GUILESS_MAIN(TestHubUrl)
#include "tst_hub_url.moc"
