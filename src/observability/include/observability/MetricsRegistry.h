// In-memory counters, gauges and histograms (thread-safe), rendered as Prometheus text exposition; the one
// registry of the app (SISDMK ETL) and of medtrack-hub.
#pragma once

#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

#include <initializer_list>
#include <utility>

namespace mt {

class MetricsRegistry
{
public:
    // labels: `endpoint="sdmk",kind="5xx"` style, already formatted; labels() formats and escapes them.
    void increment(const QString &name, const QString &labels = {}, double by = 1.0);
    void setGauge(const QString &name, double value, const QString &labels = {});
    void observe(const QString &name, double value, const QString &labels = {});
    void setHelp(const QString &name, const QString &help);
    // Upper bounds of histogram `name`, before its first observe(); default 0.1 .. 10^7 (milliseconds).
    void setBuckets(const QString &name, const QList<double> &bounds);
    double counter(const QString &name, const QString &labels = {}) const;
    double gauge(const QString &name, const QString &labels = {}) const;
    qint64 histogramCount(const QString &name, const QString &labels = {}) const;
    QString toPrometheusText() const;

    // `key="value",...` with \, " and newlines in values escaped as the exposition format requires.
    static QString labels(std::initializer_list<std::pair<QString, QString>> pairs);

private:
    struct Histogram
    {
        QList<double> bounds;
        QList<qint64> buckets; // cumulative counts per bound
        double sum = 0;
        qint64 count = 0;
    };
    static const QList<double> &defaultBounds();
    QString helpAndType(const QString &name, const char *type) const;
    mutable QMutex m_mutex;
    QMap<QString, QMap<QString, double>> m_counters;
    QMap<QString, QMap<QString, double>> m_gauges;
    QMap<QString, QMap<QString, Histogram>> m_histograms;
    QMap<QString, QList<double>> m_bounds;
    QMap<QString, QString> m_help;
};

} // namespace mt
