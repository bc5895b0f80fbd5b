// MetricsRegistry: counters, gauges and fixed-bucket histograms; text in Prometheus exposition format 0.0.4.
#include "observability/MetricsRegistry.h"

#include <QMutexLocker>

namespace mt {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

QString braces(const QString &labels, const QString &extra = {})
{
    QString all = labels;
    if (!extra.isEmpty())
        all = all.isEmpty() ? extra : all + QLatin1Char(',') + extra;
    return all.isEmpty() ? QString() : QLatin1Char('{') + all + QLatin1Char('}');
}

} // namespace

const QList<double> &MetricsRegistry::defaultBounds()
{
    static const QList<double> b{0.1, 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};
    return b;
}

QString MetricsRegistry::labels(std::initializer_list<std::pair<QString, QString>> pairs)
{
    QStringList out;
    for (const auto &[key, value] : pairs) {
        QString v = value;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        out << key + QStringLiteral("=\"") + v + QLatin1Char('"');
    }
    return out.join(QLatin1Char(','));
}

void MetricsRegistry::increment(const QString &name, const QString &labels, double by)
{
    QMutexLocker lock(&m_mutex);
    m_counters[name][labels] += by;
}

void MetricsRegistry::setGauge(const QString &name, double value, const QString &labels)
{
    QMutexLocker lock(&m_mutex);
    m_gauges[name][labels] = value;
}

void MetricsRegistry::observe(const QString &name, double value, const QString &labels)
{
    QMutexLocker lock(&m_mutex);
    Histogram &h = m_histograms[name][labels];
    if (h.bounds.isEmpty()) {
        h.bounds = m_bounds.value(name, defaultBounds());
        h.buckets.resize(h.bounds.size());
    }
    for (qsizetype i = 0; i < h.bounds.size(); ++i) {
        if (value <= h.bounds.at(i))
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

void MetricsRegistry::setBuckets(const QString &name, const QList<double> &bounds)
{
    QMutexLocker lock(&m_mutex);
    m_bounds.insert(name, bounds);
}

double MetricsRegistry::counter(const QString &name, const QString &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_counters.value(name).value(labels);
}

double MetricsRegistry::gauge(const QString &name, const QString &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_gauges.value(name).value(labels);
}

qint64 MetricsRegistry::histogramCount(const QString &name, const QString &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_histograms.value(name).value(labels).count;
}

QString MetricsRegistry::helpAndType(const QString &name, const char *type) const
{
    QString out;
    if (m_help.contains(name))
        out += QStringLiteral("# HELP %1 %2\n").arg(name, m_help.value(name));
    return out + QStringLiteral("# TYPE %1 %2\n").arg(name, QLatin1String(type));
}

QString MetricsRegistry::toPrometheusText() const
{
    QMutexLocker lock(&m_mutex);
    QString out;
    for (const auto *family : {&m_counters, &m_gauges}) {
        const char *type = family == &m_counters ? "counter" : "gauge";
        for (auto it = family->cbegin(); it != family->cend(); ++it) {
            out += helpAndType(it.key(), type);
            for (auto s = it->cbegin(); s != it->cend(); ++s)
                out += it.key() + braces(s.key()) + QLatin1Char(' ') + number(s.value()) + QLatin1Char('\n');
        }
    }
    for (auto it = m_histograms.cbegin(); it != m_histograms.cend(); ++it) {
        out += helpAndType(it.key(), "histogram");
        for (auto s = it->cbegin(); s != it->cend(); ++s) {
            for (qsizetype i = 0; i < s->bounds.size(); ++i) {
                const QString le = QStringLiteral("le=\"%1\"").arg(number(s->bounds.at(i)));
                out += it.key() + QStringLiteral("_bucket") + braces(s.key(), le) + QLatin1Char(' ')
                       + QString::number(s->buckets.value(i)) + QLatin1Char('\n');
            }
            out += it.key() + QStringLiteral("_bucket") + braces(s.key(), QStringLiteral("le=\"+Inf\"")) + QLatin1Char(' ')
                   + QString::number(s->count) + QLatin1Char('\n');
            out += it.key() + QStringLiteral("_sum") + braces(s.key()) + QLatin1Char(' ') + number(s->sum) + QLatin1Char('\n');
            out += it.key() + QStringLiteral("_count") + braces(s.key()) + QLatin1Char(' ') + QString::number(s->count)
                   + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace mt
