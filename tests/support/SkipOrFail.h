// MT_SKIP_OR_FAIL: a test that cannot run here skips on a developer's machine and fails under CI=true.
#pragma once

#include <QString>
#include <QTest>

namespace mt::test {

// True when the environment says CI=true: there every prerequisite (keyring, tools) must be present.
bool skippingIsFailure();
// The message a forbidden skip fails with.
QByteArray skipFailureMessage(const char *reason);

} // namespace mt::test

// Use instead of QSKIP: a skipped test in CI passes by accident, so there it is a failure.
#define MT_SKIP_OR_FAIL(reason)                                                                  \
    do {                                                                                        \
        if (::mt::test::skippingIsFailure())                                                    \
            QFAIL(::mt::test::skipFailureMessage(reason).constData());                          \
        QSKIP(reason);                                                                          \
    } while (false)
