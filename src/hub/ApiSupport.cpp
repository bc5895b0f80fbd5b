// Error taxonomy, JSON body parsing and token extraction for the API handlers.
#include "ApiSupport.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>

namespace mt {

namespace {

ApiError make(int status, const char *code, QString message, QString field = {})
{
    return ApiError{status, QString::fromLatin1(code), std::move(message), std::move(field)};
}

} // namespace

ApiError ApiError::malformedJson(const QString &why)
{
    return make(400, "malformed_json", QStringLiteral("The body is not valid JSON: %1").arg(why));
}

ApiError ApiError::wrongType(const QString &field)
{
    return make(400, "wrong_type", QStringLiteral("Field has the wrong JSON type."), field);
}

ApiError ApiError::unknownField(const QString &field)
{
    return make(400, "unknown_field", QStringLiteral("Field is not part of API v1."), field);
}

ApiError ApiError::missingField(const QString &field)
{
    return make(400, "missing_field", QStringLiteral("Required field is missing or empty."), field);
}

ApiError ApiError::invalidValue(const QString &field, const QString &why)
{
    return make(400, "invalid_value", QStringLiteral("Field value is not allowed: %1").arg(why), field);
}

ApiError ApiError::tooLarge(const QString &why)
{
    return make(413, "too_large", why);
}

ApiError ApiError::forbidden(const QString &why)
{
    return make(403, "forbidden", why);
}

ApiError ApiError::notFound(const QString &why)
{
    return make(404, "not_found", why);
}

ApiError ApiError::internal()
{
    return make(500, "internal", QStringLiteral("Internal error; quote the request id when reporting it."));
}

ApiError ApiError::unavailable()
{
    ApiError e = make(503, "unavailable", QStringLiteral("The database cannot be written now (unreachable, full or read-only); "
                                                         "retry with backoff."));
    e.retryAfterS = 10;
    return e;
}

ApiError ApiError::busy()
{
    ApiError e = make(503, "busy", QStringLiteral("The database is busy; retry in a moment."));
    e.retryAfterS = 1;
    return e;
}

namespace {
thread_local QString t_failureCause;
} // namespace

QString takeFailureCause()
{
    return std::exchange(t_failureCause, QString());
}

ApiError ApiError::fromDatabase(const Error &e)
{
    t_failureCause = e.detail;
    switch (e.code) {
    case ErrorCode::DatabaseLocked: return busy();
    case ErrorCode::DiskFull:
    case ErrorCode::DatabaseReadOnly:
    case ErrorCode::Io: return unavailable();
    default: return internal();
    }
}

ApiError ApiError::fromValidation(const Error &e, const QString &prefix)
{
    const QString field = prefix + e.field;
    if (e.detail == QLatin1String("wrong_type"))
        return wrongType(field);
    if (e.detail == QLatin1String("unknown_field"))
        return unknownField(field);
    if (e.detail == QLatin1String("missing"))
        return missingField(field);
    return invalidValue(field, e.detail);
}

ApiError ApiError::fromAuth(const Error &e)
{
    if (e.detail == QLatin1String("token_expired"))
        return make(401, "token_expired", QStringLiteral("The token has expired; log in or enrol again."));
    if (e.detail == QLatin1String("token_revoked"))
        return make(401, "token_revoked", QStringLiteral("The token was revoked; log in or enrol again."));
    if (e.code == ErrorCode::AuthFailed)
        return make(401, "unauthenticated", QStringLiteral("Missing or unknown credentials."));
    return internal();
}

QString requestId(const httplib::Response &res)
{
    return QString::fromStdString(res.get_header_value("X-Request-ID"));
}

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void sendError(httplib::Response &res, const ApiError &error)
{
    QJsonObject e{{QStringLiteral("code"), error.code},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("request_id"), requestId(res)}};
    if (!error.field.isEmpty())
        e.insert(QStringLiteral("field"), error.field);
    for (auto it = error.extra.begin(); it != error.extra.end(); ++it)
        e.insert(it.key(), it.value());
    if (error.retryAfterS > 0)
        res.set_header("Retry-After", std::to_string(error.retryAfterS));
    if (error.status == 401)
        res.set_header("WWW-Authenticate", "Bearer realm=\"medtrack-hub\"");
    sendJson(res, error.status, QJsonObject{{QStringLiteral("error"), e}});
}

std::optional<ApiError> parseAnyObject(const httplib::Request &req, QJsonObject &out)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &perr);
    if (perr.error != QJsonParseError::NoError)
        return ApiError::malformedJson(perr.errorString());
    if (!doc.isObject())
        return ApiError::wrongType(QStringLiteral("(body)"));
    out = doc.object();
    return std::nullopt;
}

std::optional<ApiError> parseObject(const httplib::Request &req, const QStringList &allowed, QJsonObject &out)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &perr);
    if (perr.error != QJsonParseError::NoError)
        return ApiError::malformedJson(perr.errorString());
    if (!doc.isObject())
        return ApiError::wrongType(QStringLiteral("(body)"));
    out = doc.object();
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (!allowed.contains(it.key()))
            return ApiError::unknownField(it.key());
    }
    return std::nullopt;
}

QString Fields::string(const QString &key, bool required, int maxChars)
{
    const QJsonValue v = m_o.value(key);
    if (m_error)
        return {};
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (required)
            m_error = ApiError::missingField(key);
        return {};
    }
    if (!v.isString()) {
        m_error = ApiError::wrongType(key);
        return {};
    }
    if (v.toString().size() > maxChars)
        m_error = ApiError::invalidValue(key, QStringLiteral("longer than %1 characters").arg(maxChars));
    return v.toString();
}

qint64 Fields::integer(const QString &key, bool required, qint64 min, qint64 max, qint64 fallback)
{
    const QJsonValue v = m_o.value(key);
    if (m_error)
        return fallback;
    if (v.isUndefined() || v.isNull()) {
        if (required)
            m_error = ApiError::missingField(key);
        return fallback;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
        m_error = ApiError::wrongType(key);
        return fallback;
    }
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        m_error = ApiError::invalidValue(key, QStringLiteral("outside %1..%2").arg(min).arg(max));
        return fallback;
    }
    return static_cast<qint64>(d);
}

std::optional<QString> bearerToken(const httplib::Request &req)
{
    const QString auth = QString::fromStdString(req.get_header_value("Authorization"));
    if (auth.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return auth.mid(7).trimmed();
    if (auth.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive)) {
        const QString userPass = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed().toLatin1()));
        const int colon = userPass.indexOf(QLatin1Char(':'));
        if (colon >= 0)
            return userPass.mid(colon + 1);
    }
    return std::nullopt;
}

} // namespace mt
