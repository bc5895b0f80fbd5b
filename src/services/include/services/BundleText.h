// Sentences for bundle and keychain errors (the rest falls through to ErrorText), shared by CLI and GUI.
#pragma once

#include "common/Error.h"

#include <QCoreApplication>

namespace mt {

class BundleText
{
    Q_DECLARE_TR_FUNCTIONS(BundleText)
public:
    static QString message(const Error &e);
};

} // namespace mt
