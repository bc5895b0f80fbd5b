// The hub device token in the OS keychain (QtKeychain, asynchronous): service "MedTrack hub", no plain-file fallback.
#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace mt {

class HubTokenStore : public QObject
{
    Q_OBJECT
public:
    static inline const QString kService = QStringLiteral("MedTrack hub");
    using ReadCallback = std::function<void(const Result<QString> &)>;
    using WriteCallback = std::function<void(const Status &)>;

    using QObject::QObject;
    // Key: the hub URL (no trailing slash) + "|" + the data dir's installation id, so two data
    // dirs on one machine never share a token.
    static QString keyFor(const QString &hubUrl, const QString &installationId);
    // NotFound when never enrolled; Io "Keychain unavailable: ..." when no secret service answers.
    // Callbacks run later on this object's thread, never nested.
    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &token, WriteCallback done);
    void remove(const QString &key, WriteCallback done);
};

} // namespace mt
