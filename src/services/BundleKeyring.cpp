// BundleKeyring: the Ed25519 secret key as a QtKeychain entry; no insecure fallback, ever.
#include "services/BundleKeyring.h"

#include <qt6keychain/keychain.h>

namespace mt {

namespace {

Error keychainError(QKeychain::Error code, const QString &text)
{
    const char *detail = "unavailable";
    if (code == QKeychain::AccessDenied || code == QKeychain::AccessDeniedByUser)
        detail = "denied";
    return Error::make(ErrorCode::Io, QStringLiteral("keychain"), QString::fromLatin1(detail) + QLatin1Char(':') + text);
}

template<class JobT>
JobT *newJob(const QString &siteId)
{
    auto *job = new JobT(BundleKeyring::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a key in a plain file would let anyone sign as this site
    job->setKey(siteId);
    return job;
}

} // namespace

QString BundleKeyring::serviceName()
{
    return QStringLiteral("MedTrack bundle signing");
}

void BundleKeyring::loadOrCreate(const QString &siteId, QObject *context, Done done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(siteId);
    QObject::connect(job, &QKeychain::Job::finished, context, [siteId, context, done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::EntryNotFound) {
            create(siteId, context, done);
            return;
        }
        if (read->error() != QKeychain::NoError) {
            done(keychainError(read->error(), read->errorString()));
            return;
        }
        const BundleSigningKey key = BundleSigningKey::fromSecret(QByteArray::fromBase64(read->textData().toLatin1()));
        if (!key.isValid()) {
            done(Error::make(ErrorCode::Io, QStringLiteral("keychain"), QStringLiteral("corrupt")));
            return;
        }
        done(key);
    });
    job->start();
}

void BundleKeyring::create(const QString &siteId, QObject *context, Done done)
{
    const BundleSigningKey key = BundleSigningKey::generate();
    if (!key.isValid()) {
        done(Error::make(ErrorCode::Internal, QStringLiteral("keychain"), QStringLiteral("generate")));
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(siteId);
    job->setTextData(QString::fromLatin1(key.secretKey().toBase64()));
    QObject::connect(job, &QKeychain::Job::finished, context, [key, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(j->error(), j->errorString()));
            return;
        }
        done(key);
    });
    job->start();
}

} // namespace mt
