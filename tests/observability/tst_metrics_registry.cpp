// MetricsRegistry, the one Prometheus registry of the app and the hub: counters, gauges, histograms with
// their own buckets, escaped labels, and text that promtool accepts.
#include "SkipOrFail.h"
#include "observability/MetricsRegistry.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using mt::MetricsRegistry;

class TestMetricsRegistry : public QObject
{
    Q_OBJECT
private slots:
    void rendersEveryKind();
    void escapesLabelValues();
    void promtoolAccepts();

private:
    static MetricsRegistry &sample(MetricsRegistry &m);
};

MetricsRegistry &TestMetricsRegistry::sample(MetricsRegistry &m)
{
    m.setHelp(QStringLiteral("t_requests_total"), QStringLiteral("Requests."));
    m.increment(QStringLiteral("t_requests_total"), MetricsRegistry::labels({{QStringLiteral("route"), QStringLiteral("/a")}}));
    m.increment(QStringLiteral("t_requests_total"), MetricsRegistry::labels({{QStringLiteral("route"), QStringLiteral("/a")}}), 2);
    m.setHelp(QStringLiteral("t_up"), QStringLiteral("1 when up."));
    m.setGauge(QStringLiteral("t_up"), 1);
    m.setGauge(QStringLiteral("t_up"), 0); // a gauge is set, not added
    m.setHelp(QStringLiteral("t_seconds"), QStringLiteral("Durations."));
    m.setBuckets(QStringLiteral("t_seconds"), {0.005, 0.5, 2.5});
    m.observe(QStringLiteral("t_seconds"), 0.004);
    m.observe(QStringLiteral("t_seconds"), 1.0);
    return m;
}

void TestMetricsRegistry::rendersEveryKind()
{
    MetricsRegistry m;
    const QString text = sample(m).toPrometheusText();
    QCOMPARE(m.counter(QStringLiteral("t_requests_total"), QStringLiteral("route=\"/a\"")), 3.0);
    QCOMPARE(m.gauge(QStringLiteral("t_up")), 0.0);
    QVERIFY(text.contains(QLatin1String("# HELP t_requests_total Requests.\n# TYPE t_requests_total counter\n"
                                        "t_requests_total{route=\"/a\"} 3\n")));
    QVERIFY(text.contains(QLatin1String("# TYPE t_up gauge\nt_up 0\n")));
    QVERIFY2(text.contains(QLatin1String("# TYPE t_seconds histogram\n"
                                         "t_seconds_bucket{le=\"0.005\"} 1\n"
                                         "t_seconds_bucket{le=\"0.5\"} 1\n"
                                         "t_seconds_bucket{le=\"2.5\"} 2\n"
                                         "t_seconds_bucket{le=\"+Inf\"} 2\n"
                                         "t_seconds_sum 1.004\n"
                                         "t_seconds_count 2\n")), qPrintable(text));
}

void TestMetricsRegistry::escapesLabelValues()
{
    QCOMPARE(MetricsRegistry::labels({{QStringLiteral("a"), QStringLiteral("x\"y\\z\nw")}, {QStringLiteral("b"), {}}}),
             QStringLiteral("a=\"x\\\"y\\\\z\\nw\",b=\"\""));
}

void TestMetricsRegistry::promtoolAccepts()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        MT_SKIP_OR_FAIL("promtool not installed (apt-get install prometheus)");
    MetricsRegistry m;
    QProcess p;
    p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    p.write(sample(m).toPrometheusText().toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())));
}

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "tst_metrics_registry.moc"
