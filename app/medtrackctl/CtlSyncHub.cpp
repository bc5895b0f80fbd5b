// SyncHubClient: QNetworkAccessManager + local QEventLoop (the CLI has no GUI thread); HubKeyring via QtKeychain.
#include "CtlSyncHub.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace mt {

namespace {

constexpr int kTimeoutMs = 30000;

Error syncError(ErrorCode code, const QString &line)
{
    return Error::make(code, QStringLiteral("sync"), line);
}

QString keychainService()
{
    return QStringLiteral("MedTrack hub");
}

} // namespace

Result<QJsonObject> SyncHubClient::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
{
    QNetworkRequest req(QUrl(m_hub + pathAndQuery));
    req.setTransferTimeout(kTimeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (status == 0)
        return syncError(ErrorCode::Io, tr("Hub %1 unreachable: %2").arg(m_hub, reply->errorString()));
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    if (status < 200 || status >= 300) {
        const QJsonObject err = json.value(QStringLiteral("error")).toObject();
        const QString code = err.value(QStringLiteral("code")).toString(QStringLiteral("unknown"));
        const ErrorCode ec = status == 401 || status == 403 ? ErrorCode::PermissionDenied : ErrorCode::Io;
        return syncError(ec, tr("Hub refused %1 %2 (HTTP %3, %4): %5")
                                 .arg(QString::fromLatin1(method), pathAndQuery.section(QLatin1Char('?'), 0, 0))
                                 .arg(status)
                                 .arg(code, err.value(QStringLiteral("message")).toString()));
    }
    return json;
}

namespace HubKeyring {

namespace {

// Runs a keychain job to completion in a local event loop.
void runJob(QKeychain::Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
}

Error keychainError(const QKeychain::Job &job)
{
    return syncError(ErrorCode::Io, SyncHubClient::tr("No usable OS keychain for the hub token (%1); "
                                                      "medtrackctl sync needs a secret service.")
                                        .arg(job.errorString()));
}

} // namespace

Result<QString> readToken(const QString &hubUrl)
{
    QKeychain::ReadPasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(hubUrl);
    runJob(&job);
    if (job.error() == QKeychain::EntryNotFound)
        return syncError(ErrorCode::NotFound,
                         SyncHubClient::tr("Not enrolled with hub %1; run sync once with --enrol-site and --enrol-code.")
                             .arg(hubUrl));
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
}

Status writeToken(const QString &hubUrl, const QString &token)
{
    QKeychain::WritePasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a device token in a plain file would let anyone push as this site
    job.setKey(hubUrl);
    job.setTextData(token);
    runJob(&job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

} // namespace HubKeyring

} // namespace mt
