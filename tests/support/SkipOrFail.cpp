// Whether a skip is allowed: CI=true makes every skip a failure.
#include "SkipOrFail.h"

namespace mt::test {

bool skippingIsFailure()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

QByteArray skipFailureMessage(const char *reason)
{
    return QByteArrayLiteral("would skip, but CI=true forbids skipping: ") + reason;
}

} // namespace mt::test
