// SisdmkCredentialStore: a small JSON {username, password} per base URL, through the one keychain wrapper.
#include "sisdmk/SisdmkCredentialStore.h"

#include "security/Keychain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace mt {

namespace {

Error credentialsError(const Error &e)
{
    if (e.code == ErrorCode::NotFound)
        return Error::make(ErrorCode::NotFound, QStringLiteral("credentials"), QStringLiteral("no SISDMK credentials stored"));
    return Error::make(ErrorCode::Io, QStringLiteral("keychain"), QStringLiteral("Keychain unavailable: ") + e.detail);
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
    Keychain::read(kService, keyFor(baseUrl), this, [done = std::move(done)](const Result<QString> &r) {
        if (!r)
            return done(credentialsError(r.error()));
        const QJsonObject o = QJsonDocument::fromJson(r->toUtf8()).object();
        SisdmkCredentials c{o.value(QStringLiteral("username")).toString(), o.value(QStringLiteral("password")).toString()};
        if (c.username.isEmpty())
            return done(Error::make(ErrorCode::NotFound, QStringLiteral("credentials"), QStringLiteral("stored entry is empty")));
        done(c);
    });
}

void SisdmkCredentialStore::write(const QString &baseUrl, const SisdmkCredentials &credentials, WriteCallback done)
{
    const QJsonObject o{{QStringLiteral("username"), credentials.username},
                        {QStringLiteral("password"), credentials.password}};
    Keychain::write(kService, keyFor(baseUrl), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), this,
                    [done = std::move(done)](const Status &st) { done(st.ok() ? st : credentialsError(st)); });
}

void SisdmkCredentialStore::remove(const QString &baseUrl, WriteCallback done)
{
    Keychain::remove(kService, keyFor(baseUrl), this,
                     [done = std::move(done)](const Status &st) { done(st.ok() ? st : credentialsError(st)); });
}

} // namespace mt
