// The signed-in person: the actor of every event they cause.
#pragma once

#include "domain/Types.h"

#include <QString>

namespace mt {

// The logged-in person; the actor of every event they cause.
struct Session
{
    QString user;
    QString displayName;
    Role role = Role::L1Operator;

    // The actor of automated work (feeds, escalation, scripts without --as): user "system".
    static Session system();
};

} // namespace mt
