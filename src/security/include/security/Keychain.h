// The one wrapper of the OS keychain (QtKeychain): asynchronous, and never an insecure fallback file.
#pragma once

#include "common/Error.h"

#include <QString>

#include <functional>

class QObject;

namespace mt::Keychain {

// Hub device tokens, SISDMK credentials and bundle signing keys all go through here. Every call returns
// at once; `done` runs later on `context`'s thread (never nested), and not at all if `context` is gone.
// Errors: NotFound (field "keychain", detail "not_found") when there is no such entry; Io (field
// "keychain") with detail "denied: <text>" when the user or the policy refused, else "unavailable: <text>"
// (no secret service, locked, broken).
using ReadDone = std::function<void(const Result<QString> &secret)>;
using WriteDone = std::function<void(const Status &)>;

void read(const QString &service, const QString &key, QObject *context, ReadDone done);
void write(const QString &service, const QString &key, const QString &secret, QObject *context, WriteDone done);
// A missing entry counts as removed.
void remove(const QString &service, const QString &key, QObject *context, WriteDone done);

} // namespace mt::Keychain
