// SISDMK credentials in the OS keychain (QtKeychain), asynchronously; never stored in clear anywhere else.
#pragma once

#include "common/Error.h"
#include "sisdmk/SisdmkTypes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace mt {

class SisdmkCredentialStore : public QObject
{
    Q_OBJECT
public:
    static inline const QString kService = QStringLiteral("MedTrack SISDMK");
    using ReadCallback = std::function<void(const Result<SisdmkCredentials> &)>;
    using WriteCallback = std::function<void(const Status &)>;

    using QObject::QObject;
    // NotFound when nothing is stored for the URL; Io with detail "Keychain unavailable: ..."
    // when no secret service answers. Callbacks run on this object's thread, never nested.
    void read(const QString &baseUrl, ReadCallback done);
    void write(const QString &baseUrl, const SisdmkCredentials &credentials, WriteCallback done);
    void remove(const QString &baseUrl, WriteCallback done);
    // Keychain key: the base URL without trailing slash, user info or query.
    static QString keyFor(const QString &baseUrl);
};

} // namespace mt
