// HubTokenStore: the device token through the one keychain wrapper; the token is never logged.
#include "hubsync/HubTokenStore.h"

#include "domain/HubUrl.h"

#include "security/Keychain.h"

namespace mt {

namespace {

// Keeps the store's own sentences: NotFound names the token, any other failure says the keychain is unavailable.
Error tokenError(const Error &e)
{
    if (e.code == ErrorCode::NotFound)
        return Error::make(ErrorCode::NotFound, QStringLiteral("token"), QStringLiteral("no device token stored"));
    return Error::make(ErrorCode::Io, QStringLiteral("keychain"), QStringLiteral("Keychain unavailable: ") + e.detail);
}

} // namespace

QString HubTokenStore::keyFor(const QString &hubUrl, const QString &installationId)
{
    return normalizedHubUrl(hubUrl) + QLatin1Char('|') + installationId;
}

void HubTokenStore::read(const QString &key, ReadCallback done)
{
    Keychain::read(kService, key, this, [done = std::move(done)](const Result<QString> &r) {
        if (!r)
            return done(tokenError(r.error()));
        if (r->isEmpty())
            return done(Error::make(ErrorCode::NotFound, QStringLiteral("token"), QStringLiteral("stored token is empty")));
        done(r.value());
    });
}

void HubTokenStore::write(const QString &key, const QString &token, WriteCallback done)
{
    Keychain::write(kService, key, token, this,
                    [done = std::move(done)](const Status &st) { done(st.ok() ? st : tokenError(st)); });
}

void HubTokenStore::remove(const QString &key, WriteCallback done)
{
    Keychain::remove(kService, key, this,
                     [done = std::move(done)](const Status &st) { done(st.ok() ? st : tokenError(st)); });
}

} // namespace mt
