// Session: the actor of automated work.
#include "services/Session.h"

namespace mt {

Session Session::system()
{
    // Least privilege: automation raises and acknowledges alerts, nothing more.
    return Session{QStringLiteral("system"), QStringLiteral("System"), Role::L1Operator};
}

} // namespace mt
