// MetricsRegistry: counters and fixed-bucket histograms; text in Prometheus exposition format 0.0.4.
#include "observability/MetricsRegistry.h"

#include <QMutexLocker>

namespace mt {

const QList<double> &MetricsRegistry::bounds()
{
    static const QList<double> b{0.1, 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};
    return b;
}

void MetricsRegistry::increment(const QString &name, const QString &labels, double by)
{
    QMutexLocker lock(&m_mutex);
    m_counters[name][labels] += by;
}

void MetricsRegistry::observe(const QString &name, double value, const QString &labels)
{
    QMutexLocker lock(&m_mutex);
    Histogram &h = m_histograms[name][labels];
    if (h.buckets.isEmpty())
        h.buckets.resize(bounds().size());
    for (qsizetype i = 0; i < bounds().size(); ++i) {
        if (value <= bounds().at(i))
            ++h.buckets[i];
    }
    h.sum += value;
    ++h.count;
}

void MetricsRegistry::setHelp(const QString &name, const QString &help)
{
    QMutexLocker lock(&m_mutex);
    m_help.insert(name, help);
}

double MetricsRegistry::counter(const QString &name, const QString &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_counters.value(name).value(labels);
}

qint64 MetricsRegistry::histogramCount(const QString &name, const QString &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_histograms.value(name).value(labels).count;
}

QString MetricsRegistry::toPrometheusText() const
{
    QMutexLocker lock(&m_mutex);
    QString out;
    const auto braces = [](const QString &labels, const QString &extra = {}) {
        QString all = labels;
        if (!extra.isEmpty())
            all = all.isEmpty() ? extra : all + QLatin1Char(',') + extra;
        return all.isEmpty() ? QString() : QLatin1Char('{') + all + QLatin1Char('}');
    };
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
        if (m_help.contains(it.key()))
            out += QStringLiteral("# HELP %1 %2\n").arg(it.key(), m_help.value(it.key()));
        out += QStringLiteral("# TYPE %1 counter\n").arg(it.key());
        for (auto s = it->cbegin(); s != it->cend(); ++s)
            out += it.key() + braces(s.key()) + QLatin1Char(' ') + QString::number(s.value(), 'g', 15) + QLatin1Char('\n');
    }
    for (auto it = m_histograms.cbegin(); it != m_histograms.cend(); ++it) {
        if (m_help.contains(it.key()))
            out += QStringLiteral("# HELP %1 %2\n").arg(it.key(), m_help.value(it.key()));
        out += QStringLiteral("# TYPE %1 histogram\n").arg(it.key());
        for (auto s = it->cbegin(); s != it->cend(); ++s) {
            for (qsizetype i = 0; i < bounds().size(); ++i) {
                const QString le = QStringLiteral("le=\"%1\"").arg(bounds().at(i), 0, 'g', 15);
                out += it.key() + QStringLiteral("_bucket") + braces(s.key(), le) + QLatin1Char(' ')
                       + QString::number(s->buckets.value(i)) + QLatin1Char('\n');
            }
            out += it.key() + QStringLiteral("_bucket") + braces(s.key(), QStringLiteral("le=\"+Inf\"")) + QLatin1Char(' ')
                   + QString::number(s->count) + QLatin1Char('\n');
            out += it.key() + QStringLiteral("_sum") + braces(s.key()) + QLatin1Char(' ') + QString::number(s->sum, 'g', 15)
                   + QLatin1Char('\n');
            out += it.key() + QStringLiteral("_count") + braces(s.key()) + QLatin1Char(' ') + QString::number(s->count)
                   + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace mt
