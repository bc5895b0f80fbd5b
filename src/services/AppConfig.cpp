// AppConfig: per-data-dir settings in <dataDir>/medtrack.ini (an explicit file, never global QSettings).
#include "services/AppConfig.h"

#include "domain/HubUrl.h"

#include <QDir>
#include <QSettings>

namespace mt {

namespace {

QString iniPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("medtrack.ini"));
}

// QSettings turns an unquoted "a,b" into a list and a single value into a string: accept both.
QStringList commaList(const QVariant &v)
{
    QStringList out;
    for (const QString &part : v.toStringList().join(QLatin1Char(',')).split(QLatin1Char(','))) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

int positiveInt(const QSettings &s, const QString &key, int fallback)
{
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}

QTime timeValue(const QSettings &s, const QString &key, QTime fallback)
{
    const QTime t = QTime::fromString(s.value(key).toString().trimmed(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

void loadCalendar(const QSettings &s, BusinessCalendar &cal)
{
    if (const auto zone = siteZoneFromKey(s.value(QStringLiteral("site/zone")).toString().trimmed().toLower()))
        cal.zone = *zone;
    for (const QString &d : commaList(s.value(QStringLiteral("sla/holidays")))) {
        const QDate date = QDate::fromString(d, Qt::ISODate);
        if (date.isValid())
            cal.holidays.insert(date);
    }
    cal.workStart = timeValue(s, QStringLiteral("sla/work_start"), cal.workStart);
    cal.workEnd = timeValue(s, QStringLiteral("sla/work_end"), cal.workEnd);
    if (cal.workEnd <= cal.workStart) {
        cal.workStart = QTime(8, 0);
        cal.workEnd = QTime(16, 0);
    }
}

} // namespace

AppConfig AppConfig::load(const QString &dataDir)
{
    AppConfig c;
    const QSettings s(iniPath(dataDir), QSettings::IniFormat);
    c.siteId = s.value(QStringLiteral("site/id"), c.siteId).toString().trimmed();
    if (c.siteId.isEmpty())
        c.siteId = QStringLiteral("site-local");
    c.siteName = s.value(QStringLiteral("site/name")).toString();
    const QString lang = s.value(QStringLiteral("ui/language"), c.language).toString().trimmed().toLower();
    c.language = (lang == QLatin1String("en")) ? lang : QStringLiteral("id");
    loadCalendar(s, c.calendar);
    c.thresholds.criticalMinutes = positiveInt(s, QStringLiteral("escalation/critical_minutes"), c.thresholds.criticalMinutes);
    c.thresholds.warningMinutes = positiveInt(s, QStringLiteral("escalation/warning_minutes"), c.thresholds.warningMinutes);
    bool ok = false;
    const double fraction = s.value(QStringLiteral("escalation/l2_fraction")).toDouble(&ok);
    if (ok && fraction > 0.0 && fraction <= 1.0)
        c.l2EscalationFraction = fraction;
    c.auth.maxFailures = positiveInt(s, QStringLiteral("auth/max_failures"), c.auth.maxFailures);
    c.auth.lockoutMinutes = positiveInt(s, QStringLiteral("auth/lockout_minutes"), c.auth.lockoutMinutes);
    c.auth.idleLockMinutes = positiveInt(s, QStringLiteral("auth/idle_lock_minutes"), c.auth.idleLockMinutes);
    const qint64 maxBytes = s.value(QStringLiteral("attachments/max_bytes")).toLongLong(&ok);
    if (ok && maxBytes > 0)
        c.maxAttachmentBytes = maxBytes;
    c.hubUrl = normalizedHubUrl(s.value(QStringLiteral("hub/url")).toString());
    c.hubIntervalSeconds = positiveInt(s, QStringLiteral("hub/interval_seconds"), c.hubIntervalSeconds);
    return c;
}

Status AppConfig::save(const QString &dataDir) const
{
    if (!QDir().mkpath(dataDir))
        return Error::make(ErrorCode::Io, QStringLiteral("data_dir"), dataDir);
    QSettings s(iniPath(dataDir), QSettings::IniFormat);
    s.setValue(QStringLiteral("site/id"), siteId);
    s.setValue(QStringLiteral("site/name"), siteName);
    s.setValue(QStringLiteral("site/zone"), toKey(calendar.zone));
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("escalation/critical_minutes"), thresholds.criticalMinutes);
    s.setValue(QStringLiteral("escalation/warning_minutes"), thresholds.warningMinutes);
    s.setValue(QStringLiteral("escalation/l2_fraction"), l2EscalationFraction);
    QStringList days;
    for (const QDate &d : calendar.holidays)
        days << d.toString(Qt::ISODate);
    days.sort();
    s.setValue(QStringLiteral("sla/holidays"), days.join(QLatin1Char(',')));
    s.setValue(QStringLiteral("sla/work_start"), calendar.workStart.toString(QStringLiteral("HH:mm")));
    s.setValue(QStringLiteral("sla/work_end"), calendar.workEnd.toString(QStringLiteral("HH:mm")));
    s.setValue(QStringLiteral("auth/max_failures"), auth.maxFailures);
    s.setValue(QStringLiteral("auth/lockout_minutes"), auth.lockoutMinutes);
    s.setValue(QStringLiteral("auth/idle_lock_minutes"), auth.idleLockMinutes);
    s.setValue(QStringLiteral("attachments/max_bytes"), maxAttachmentBytes);
    s.setValue(QStringLiteral("hub/url"), hubUrl);
    s.setValue(QStringLiteral("hub/interval_seconds"), hubIntervalSeconds);
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error::make(ErrorCode::Io, QStringLiteral("settings"), QStringLiteral("cannot write medtrack.ini"));
    return {};
}

} // namespace mt
