// Seeds a demo data directory: demo users and realistic Indonesian medical-logistics alerts and incidents.
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

#include <QList>
#include <QString>

namespace mt {

class Workspace;

struct DemoUser
{
    QString name;
    QString displayName;
    Role role = Role::L1Operator;
    QString password; // documented demo password (docs/cli.md); never use a demo dir in production
};

class DemoData
{
public:
    // admin, commander (IC), operator (L1), operator-l2 (L2), steward; password "demo-<name>-2026".
    // (Names are at least 3 characters: AuthPolicy::validateUserName.)
    static QList<DemoUser> users();
    // Idempotent: adds the demo users that are missing; adds the sample alerts and incidents
    // only when the data directory has none yet.
    static Status seed(Workspace &ws);

private:
    static Status seedUsers(Workspace &ws);
    static Status seedAlertsAndIncidents(Workspace &ws);
};

} // namespace mt
