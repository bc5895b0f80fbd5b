// Blocking HTTP client for hub API v1 and the device token in the OS keychain (medtrackctl sync only).
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

namespace mt {

class SyncHubClient
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
public:
    explicit SyncHubClient(QString hubUrl) : m_hub(std::move(hubUrl)) {}
    void setToken(const QString &token) { m_token = token; }
    // One request, waited for in a local event loop. Non-2xx / no answer → Error whose detail is
    // the one-line, translated explanation (hub error code included).
    Result<QJsonObject> call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {});

private:
    QString m_hub;
    QString m_token;
    QNetworkAccessManager m_nam;
};

// QtKeychain entry: service "MedTrack hub", key = hub URL; no insecure fallback.
namespace HubKeyring {
Result<QString> readToken(const QString &hubUrl); // NotFound when never enrolled
Status writeToken(const QString &hubUrl, const QString &token);
} // namespace HubKeyring

} // namespace mt
