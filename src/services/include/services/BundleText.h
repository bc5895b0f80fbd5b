// Sentences for bundle and keychain errors (the rest falls through to ErrorText), shared by CLI and GUI.
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QMap>

namespace mt {

class BundleText
{
    Q_DECLARE_TR_FUNCTIONS(BundleText)
public:
    static QString message(const Error &e);
    // What an export left out because it stays on this workstation (docs/sync.md, "Local-only
    // entities"), e.g. "Left out (they stay on this workstation): 3 user-account events, 1 SISDMK
    // quarantine review." Empty when nothing was left out.
    static QString leftOut(const QMap<QString, qint64> &skippedByEntity);
    // Events an import held back because they are stamped ahead of this machine's clock; empty when none.
    static QString heldClockAhead(qint64 events, qint64 aheadMs);
};

} // namespace mt
