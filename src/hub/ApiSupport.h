// Shared plumbing of the API handlers: the error taxonomy, JSON bodies, the caller's token.
#pragma once

#include "AccountStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <httplib.h>

#include <optional>

namespace mt {

// One entry of the documented error taxonomy (docs/api/openapi.yaml, components/schemas/Error).
struct ApiError
{
    ApiError() = default;
    ApiError(int s, QString c, QString m, QString f = {})
        : status(s), code(std::move(c)), message(std::move(m)), field(std::move(f))
    {
    }

    int status = 400;
    QString code;
    QString message;
    QString field;
    int retryAfterS = 0;  // sent as Retry-After (503: busy 1 s, unavailable 10 s)
    QJsonObject extra;    // more machine-readable fields of the error (e.g. the limit a 413 broke)

    static ApiError malformedJson(const QString &why);
    static ApiError wrongType(const QString &field);
    static ApiError unknownField(const QString &field);
    static ApiError missingField(const QString &field);
    static ApiError invalidValue(const QString &field, const QString &why);
    static ApiError tooLarge(const QString &why);
    static ApiError forbidden(const QString &why);
    static ApiError notFound(const QString &why);
    static ApiError internal();
    static ApiError unavailable();
    // The database answered "busy" (SQLite lock, PostgreSQL lock timeout): 503 busy, retry in a second.
    static ApiError busy();
    // A failed database step: busy -> 503 busy; disk full, read-only, lost link -> 503 unavailable;
    // anything else -> 500 internal.
    static ApiError fromDatabase(const Error &e);
    // Maps an Error{Validation, field, detail} (EventJson, field readers) onto the taxonomy.
    static ApiError fromValidation(const Error &e, const QString &prefix = {});
    // AuthFailed detail unauthenticated | token_expired | token_revoked -> 401.
    static ApiError fromAuth(const Error &e);
};

// The database's own text of the failure behind a 5xx answered on this thread, for the request's log line
// (never for the client); taken by the request logger.
QString takeFailureCause();

QString requestId(const httplib::Response &res);
void sendJson(httplib::Response &res, int status, const QJsonObject &body);
void sendError(httplib::Response &res, const ApiError &error);

// Body must be a JSON object whose keys are all in `allowed`.
std::optional<ApiError> parseObject(const httplib::Request &req, const QStringList &allowed, QJsonObject &out);
// Any JSON object (for senders we do not control, such as Alertmanager).
std::optional<ApiError> parseAnyObject(const httplib::Request &req, QJsonObject &out);

// Typed field readers: they return the first problem found.
class Fields
{
public:
    explicit Fields(const QJsonObject &o) : m_o(o) {}
    QString string(const QString &key, bool required, int maxChars);
    qint64 integer(const QString &key, bool required, qint64 min, qint64 max, qint64 fallback);
    const std::optional<ApiError> &error() const { return m_error; }

private:
    const QJsonObject &m_o;
    std::optional<ApiError> m_error;
};

// Bearer token (or Basic with the token as password, for webhook senders that only do Basic).
std::optional<QString> bearerToken(const httplib::Request &req);

} // namespace mt
