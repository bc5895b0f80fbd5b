// In-memory counters and histograms (thread-safe), rendered later as Prometheus text exposition.
#pragma once

#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

namespace mt {

class MetricsRegistry
{
public:
    // labels: "endpoint=\"sdmk\",kind=\"5xx\"" style, already formatted (keys and values are ours).
    void increment(const QString &name, const QString &labels = {}, double by = 1.0);
    void observe(const QString &name, double value, const QString &labels = {});
    void setHelp(const QString &name, const QString &help);
    double counter(const QString &name, const QString &labels = {}) const;
    qint64 histogramCount(const QString &name, const QString &labels = {}) const;
    QString toPrometheusText() const;

private:
    struct Histogram
    {
        QList<qint64> buckets; // cumulative counts per bound
        double sum = 0;
        qint64 count = 0;
    };
    static const QList<double> &bounds();
    mutable QMutex m_mutex;
    QMap<QString, QMap<QString, double>> m_counters;
    QMap<QString, QMap<QString, Histogram>> m_histograms;
    QMap<QString, QString> m_help;
};

} // namespace mt
