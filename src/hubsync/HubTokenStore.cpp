// HubTokenStore: QtKeychain jobs parented to the store, deleted when done; the token is never logged.
#include "hubsync/HubTokenStore.h"

#include "domain/HubUrl.h"

#include <qt6keychain/keychain.h>

namespace mt {

namespace {

Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error::make(ErrorCode::NotFound, QStringLiteral("token"), QStringLiteral("no device token stored"));
    return Error::make(ErrorCode::Io, QStringLiteral("keychain"), QStringLiteral("Keychain unavailable: ") + job.errorString());
}

} // namespace

QString HubTokenStore::keyFor(const QString &hubUrl, const QString &installationId)
{
    return normalizedHubUrl(hubUrl) + QLatin1Char('|') + installationId;
}

void HubTokenStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(*j));
        const QString token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        if (token.isEmpty())
            return done(Error::make(ErrorCode::NotFound, QStringLiteral("token"), QStringLiteral("stored token is empty")));
        done(token);
    });
    job->start();
}

void HubTokenStore::write(const QString &key, const QString &token, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a device token in a plain file would let anyone push as this site
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Status{} : keychainError(*j));
    });
    job->start();
}

void HubTokenStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ? Status{} : keychainError(*j));
    });
    job->start();
}

} // namespace mt
