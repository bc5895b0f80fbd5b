// BundleUi: status styling, permission hints and default file names for the bundle dialogs.
#include "bundle/BundleUi.h"

#include "base/UiText.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTimeZone>

namespace mt {

void BundleUi::setStatus(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    switch (tone) {
    case Tone::Failure: label->setStyleSheet(QStringLiteral("color: #C62828; font-weight: bold;")); break;
    case Tone::Success: label->setStyleSheet(QStringLiteral("color: #2E7D32;")); break;
    case Tone::Neutral: label->setStyleSheet(QString()); break;
    }
}

QString BundleUi::missingPermission(Action action)
{
    QStringList roles;
    for (Role r : {Role::L1Operator, Role::L2Operator, Role::IncidentCommander, Role::DataSteward, Role::Admin}) {
        if (PermissionPolicy::allows(r, action))
            roles << UiText::role(r);
    }
    return tr("Needs one of these roles: %1.").arg(roles.join(QStringLiteral(", ")));
}

QString BundleUi::defaultExportFile(const QString &siteId, const QString &toSite, const QDateTime &nowUtc,
                                   SiteZone zone)
{
    const QString name = QStringLiteral("medtrack-%1-to-%2-%3.mtb")
                             .arg(siteId, toSite.isEmpty() ? QStringLiteral("all") : toSite,
                                  nowUtc.toTimeZone(QTimeZone(utcOffsetSeconds(zone)))
                                      .toString(QStringLiteral("yyyyMMdd-HHmm")));
    return QDir(defaultFolder()).filePath(name);
}

QString BundleUi::defaultFolder()
{
    // Documents when it exists (a fresh account or a server install may have none), else home.
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !docs.isEmpty() && QDir(docs).exists() ? docs : QDir::homePath();
}

QString BundleUi::fileFilter()
{
    return tr("MedTrack bundles (*.mtb);;All files (*)");
}

} // namespace mt
