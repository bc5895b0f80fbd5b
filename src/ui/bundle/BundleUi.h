// Small pieces shared by the bundle dialogs: status lines, permission hints, default file names.
#pragma once

#include "domain/Permissions.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QString>

class QDateTime;
class QLabel;

namespace mt {

class BundleUi
{
    Q_DECLARE_TR_FUNCTIONS(BundleUi)
public:
    enum class Tone { Neutral, Success, Failure };
    // Sets the text and its colour (failures red and bold, successes green).
    static void setStatus(QLabel *label, const QString &text, Tone tone);
    // "Needs one of these roles: …", listing the roles PermissionPolicy allows `action`.
    static QString missingPermission(Action action);
    // <Documents>/medtrack-<site>-to-<peer or "all">-<yyyyMMdd-HHmm>.mtb, the stamp in the site's zone.
    static QString defaultExportFile(const QString &siteId, const QString &toSite, const QDateTime &nowUtc,
                                     SiteZone zone);
    static QString fileFilter();
    static QString defaultFolder();
};

} // namespace mt
