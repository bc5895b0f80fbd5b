// Per-data-dir settings (medtrack.ini), read once and passed around.
#pragma once

#include "common/Error.h"
#include "domain/Alert.h"
#include "domain/Permissions.h"
#include "domain/Sla.h"

#include <QString>

namespace mt {

// Per-data-dir settings, stored in <dataDir>/medtrack.ini (read once, passed around).
struct AppConfig
{
    QString siteId = QStringLiteral("site-local");
    QString siteName;
    QString language = QStringLiteral("id"); // "id" | "en"
    QString hubUrl;                  // hub/url: empty = no hub sync (docs/sync.md)
    int hubIntervalSeconds = 60;     // hub/interval_seconds: between rounds while online
    BusinessCalendar calendar;
    EscalationThresholds thresholds;
    AuthPolicy auth;
    qint64 maxAttachmentBytes = 10 * 1024 * 1024;
    double l2EscalationFraction = 0.5; // incident escalates to L2 at this share of its SLA

    static AppConfig load(const QString &dataDir);
    Status save(const QString &dataDir) const;
};

} // namespace mt
