// SisdmkConfig: reads the [sisdmk] settings with their documented defaults.
#include "sisdmk/SisdmkConfig.h"

#include <QDir>
#include <QSettings>

namespace mt {

SisdmkConfig SisdmkConfig::load(const QString &dataDir)
{
    SisdmkConfig c;
    QSettings s(QDir(dataDir).filePath(QStringLiteral("medtrack.ini")), QSettings::IniFormat);
    s.beginGroup(QStringLiteral("sisdmk"));
    c.baseUrl = s.value(QStringLiteral("base_url")).toString();
    const QVariant regions = s.value(QStringLiteral("regions"));
    const QStringList list = regions.typeId() == QMetaType::QStringList
                                 ? regions.toStringList()
                                 : regions.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &r : list) {
        if (!r.trimmed().isEmpty())
            c.regions.append(r.trimmed());
    }
    c.intervalHours = std::max(1, s.value(QStringLiteral("interval_hours"), c.intervalHours).toInt());
    c.maxRunMinutes = s.value(QStringLiteral("max_run_minutes"), c.maxRunMinutes).toDouble();
    c.perPage = std::clamp(s.value(QStringLiteral("per_page"), c.perPage).toInt(), 1, 5000);
    c.failedRunsAlert = std::max(1, s.value(QStringLiteral("failed_runs_alert"), c.failedRunsAlert).toInt());
    c.retry.baseDelayMs = std::max(1, s.value(QStringLiteral("retry_base_ms"), c.retry.baseDelayMs).toInt());
    c.retry.transferTimeoutMs = 1000 * std::max(1, s.value(QStringLiteral("timeout_s"), 30).toInt());
    return c;
}

} // namespace mt
