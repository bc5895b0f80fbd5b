// Prometheus counters and histograms of one hub process (text exposition format 0.0.4).
#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <map>
#include <mutex>
#include <tuple>

namespace mt {

class Metrics
{
public:
    void observeRequest(const QString &route, const QString &method, int status, double seconds);
    void addPush(int accepted, int duplicates, int rejected);
    void addPulled(int events);
    void addIngest(const QString &source, const QString &outcome);
    // headSeq < 0: database unreachable.
    QByteArray render(qint64 headSeq) const;

private:
    static constexpr std::array<double, 11> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };

    mutable std::mutex m_mutex;
    std::map<std::tuple<QString, QString, int>, quint64> m_requests;
    std::map<QString, Histogram> m_durations;
    std::map<QString, quint64> m_pushed; // accepted / duplicate / rejected
    quint64 m_pulled = 0;
    std::map<std::pair<QString, QString>, quint64> m_ingested;
};

} // namespace mt
