// SisdmkCredentialStore: QtKeychain jobs; the secret is a small JSON {username, password} under one key per base URL.
#include "sisdmk/SisdmkCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace mt {

namespace {

Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error::make(ErrorCode::NotFound, QStringLiteral("credentials"), QStringLiteral("no SISDMK credentials stored"));
    return Error::make(ErrorCode::Io, QStringLiteral("keychain"), QStringLiteral("Keychain unavailable: ") + job.errorString());
}

} // namespace

QString SisdmkCredentialStore::keyFor(const QString &baseUrl)
{
    QUrl url(baseUrl.trimmed());
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment({});
    QString key = url.toString();
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    return key;
}

void SisdmkCredentialStore::read(const QString &baseUrl, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(baseUrl));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(*j));
        const auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        const QJsonObject o = QJsonDocument::fromJson(rj->textData().toUtf8()).object();
        SisdmkCredentials c{o.value(QStringLiteral("username")).toString(), o.value(QStringLiteral("password")).toString()};
        if (c.username.isEmpty())
            return done(Error::make(ErrorCode::NotFound, QStringLiteral("credentials"), QStringLiteral("stored entry is empty")));
        done(c);
    });
    job->start();
}

void SisdmkCredentialStore::write(const QString &baseUrl, const SisdmkCredentials &credentials, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(baseUrl));
    const QJsonObject o{{QStringLiteral("username"), credentials.username},
                        {QStringLiteral("password"), credentials.password}};
    job->setTextData(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Status{} : keychainError(*j));
    });
    job->start();
}

void SisdmkCredentialStore::remove(const QString &baseUrl, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(baseUrl));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ? Status{} : keychainError(*j));
    });
    job->start();
}

} // namespace mt
