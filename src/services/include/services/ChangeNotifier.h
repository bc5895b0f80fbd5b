// Tells views what changed after each successful command (GUI thread only).
#pragma once

#include "domain/Types.h"

#include <QObject>
#include <QString>

namespace mt {

// Emitted after each successful change so views refresh (GUI thread only).
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void alertsChanged();
    void incidentsChanged();
    void usersChanged();
    void alertEscalated(const QString &alertId, mt::AlertSeverity severity, const QString &title);
    void incidentEscalated(const QString &incidentId, const QString &number, const QString &title);
    // Result of a deferred start-up integrity check (WorkspaceOptions::deferIntegrityCheck).
    void integrityChecked(bool ok, const QString &message);
};

} // namespace mt
