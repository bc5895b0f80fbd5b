// Turns an Error into one clear sentence in the user's language (through tr()).
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace mt {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString message(const Error &e);
    static QString fieldLabel(const QString &field);
};

} // namespace mt
