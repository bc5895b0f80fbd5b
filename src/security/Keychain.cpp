// Keychain: QtKeychain jobs that delete themselves, results mapped to one error vocabulary.
#include "security/Keychain.h"

#include <qt6keychain/keychain.h>

#include <QObject>

namespace mt::Keychain {

namespace {

Error toError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error::make(ErrorCode::NotFound, QStringLiteral("keychain"), QStringLiteral("not_found"));
    const bool denied = job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser;
    return Error::make(ErrorCode::Io, QStringLiteral("keychain"),
                       (denied ? QStringLiteral("denied: ") : QStringLiteral("unavailable: ")) + job.errorString());
}

template<class JobT>
JobT *newJob(const QString &service, const QString &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a secret in a plain file would let anyone act as this site
    job->setKey(key);
    return job;
}

} // namespace

void read(const QString &service, const QString &key, QObject *context, ReadDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            return done(toError(*j));
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void write(const QString &service, const QString &key, const QString &secret, QObject *context, WriteDone done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Status{} : Status(toError(*j)));
    });
    job->start();
}

void remove(const QString &service, const QString &key, QObject *context, WriteDone done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? Status{} : Status(toError(*j)));
    });
    job->start();
}

} // namespace mt::Keychain
