// Automatic backup planning from the timestamps in the backup file names (the injected clock's time).
#include "AutoBackup.h"

#include <QDir>

#include <algorithm>

namespace mt {

namespace {

const QString kPrefix = QStringLiteral("medtrack-auto-");
const QString kSuffix = QStringLiteral(".db");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QDateTime stampOf(const QString &name)
{
    if (!name.startsWith(kPrefix) || !name.endsWith(kSuffix))
        return {};
    QDateTime t = QDateTime::fromString(name.mid(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size()),
                                        kStampFormat);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

AutoBackupPlan planAutoBackup(const QString &backupDir, const QDateTime &nowUtc, int keep, qint64 intervalMs)
{
    QStringList autos; // sorted oldest first: the stamp sorts as text
    for (const QString &name : QDir(backupDir).entryList({kPrefix + QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name)) {
        if (stampOf(name).isValid())
            autos.append(name);
    }
    AutoBackupPlan plan;
    const QDateTime newest = autos.isEmpty() ? QDateTime() : stampOf(autos.last());
    plan.due = !newest.isValid() || newest.msecsTo(nowUtc) >= intervalMs || newest > nowUtc;
    if (!plan.due)
        return plan;
    plan.file = QDir(backupDir).filePath(kPrefix + nowUtc.toUTC().toString(kStampFormat) + kSuffix);
    const qsizetype excess = autos.size() + 1 - std::max(1, keep);
    for (qsizetype i = 0; i < excess; ++i)
        plan.prune.append(QDir(backupDir).filePath(autos.at(i)));
    return plan;
}

} // namespace mt
