// JSON-lines logging on spdlog: rotating files per data dir, unregistered loggers, secret redaction.
#include "observability/Logging.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <spdlog/logger.h>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

namespace mt {

namespace {

constexpr size_t kMaxFileBytes = 5 * 1024 * 1024;
constexpr size_t kMaxFiles = 5;

QString jsonEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

// The component is the logger name up to '#': the suffix only keeps names unique per Core.
QString componentOf(const spdlog::logger &log)
{
    const QString name = QString::fromStdString(log.name());
    const qsizetype hash = name.indexOf(QLatin1Char('#'));
    return hash < 0 ? name : name.left(hash);
}

void writeLine(spdlog::logger &log, spdlog::level::level_enum level, const QString &msg, const QString &traceId,
           const QJsonObject &fields = {})
{
    if (!log.should_log(level))
        return;
    QString body = QStringLiteral("\"component\":\"%1\",\"msg\":\"%2\"")
                       .arg(jsonEscape(componentOf(log)), jsonEscape(Logging::redact(msg)));
    if (!traceId.isEmpty())
        body += QStringLiteral(",\"trace_id\":\"%1\"").arg(jsonEscape(traceId));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        static const QStringList reserved{QStringLiteral("ts"), QStringLiteral("level"), QStringLiteral("component"),
                                          QStringLiteral("msg"), QStringLiteral("trace_id")};
        if (reserved.contains(it.key()))
            continue;
        QJsonValue v = it.value();
        if (v.isString())
            v = Logging::redact(v.toString());
        const QByteArray pair = QJsonDocument(QJsonObject{{it.key(), v}}).toJson(QJsonDocument::Compact);
        body += QLatin1Char(',') + QString::fromUtf8(pair.mid(1, pair.size() - 2));
    }
    const QByteArray utf8 = body.toUtf8();
    log.log(level, spdlog::string_view_t(utf8.constData(), static_cast<size_t>(utf8.size())));
}

std::shared_ptr<spdlog::logger> makeLogger(const QString &component, std::shared_ptr<spdlog::sinks::sink> sink)
{
    // Deliberately not registered in spdlog's global registry: each owner (a Core, a worker, the hub) has its
    // logger, so two of them (tests, GUI + worker) never clash on a name and nothing outlives its owner.
    const QString name = component + QLatin1Char('#') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto logger = sink ? std::make_shared<spdlog::logger>(name.toStdString(), std::move(sink))
                       : std::make_shared<spdlog::logger>(name.toStdString());
    logger->set_formatter(std::make_unique<spdlog::pattern_formatter>(
        R"({"ts":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l",%v})", spdlog::pattern_time_type::utc));
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    return logger;
}

} // namespace

std::shared_ptr<spdlog::logger> Logging::create(const QString &dataDir, const QString &component)
{
    const QString dir = QDir(dataDir).filePath(QStringLiteral("logs"));
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(QStringLiteral("medtrack.jsonl"));
    std::shared_ptr<spdlog::sinks::sink> sink;
    try {
        sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), kMaxFileBytes, kMaxFiles);
    } catch (const spdlog::spdlog_ex &) {
        sink.reset(); // unwritable log dir: keep running with a logger that drops lines
    }
    return makeLogger(component, std::move(sink));
}

std::shared_ptr<spdlog::logger> Logging::createStderr(const QString &component)
{
    return makeLogger(component, std::make_shared<spdlog::sinks::stderr_sink_mt>());
}

QString Logging::redact(const QString &text)
{
    static const QRegularExpression keyValue(
        // A value redactUrl() already replaced (REDACTED) stays as it is.
        QStringLiteral(R"re(((?:access_|refresh_|api_|auth_)?(?:token|password|passwd|secret|api_?key)s?)(\s*[=:]\s*)(?!REDACTED(?:[\s&;,"]|$))("[^"]*"|[^\s&;,"]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonField(
        QStringLiteral(R"re(("(?:[a-z_]*)(?:token|password|secret)"\s*:\s*)"(?:[^"\\]|\\.)*")re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authHeader(
        QStringLiteral(R"re(((?:proxy-)?authorization\s*[:=]\s*)[^\r\n,;]+)re"), QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(authHeader, QStringLiteral("\\1[redacted]"));
    out.replace(jsonField, QStringLiteral("\\1\"[redacted]\""));
    out.replace(keyValue, QStringLiteral("\\1\\2[redacted]"));
    return out;
}

QString Logging::redactUrl(const QString &target)
{
    const qsizetype q = target.indexOf(QLatin1Char('?'));
    if (q < 0)
        return target;
    QStringList pairs = target.mid(q + 1).split(QLatin1Char('&'));
    for (QString &pair : pairs) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString lower = key.toLower();
        for (const char *secret : {"token", "password", "secret", "code"}) {
            if (lower.contains(QLatin1String(secret))) {
                pair = key + QStringLiteral("=REDACTED");
                break;
            }
        }
    }
    return target.left(q + 1) + pairs.join(QLatin1Char('&'));
}

void Logging::write(spdlog::logger &log, Level level, const QString &msg, const QJsonObject &fields,
                    const QString &traceId)
{
    const auto spd = level == Level::Error ? spdlog::level::err
                   : level == Level::Warning ? spdlog::level::warn : spdlog::level::info;
    writeLine(log, spd, msg, traceId, fields);
}

void Logging::info(spdlog::logger &log, const QString &msg, const QString &traceId)
{
    writeLine(log, spdlog::level::info, msg, traceId);
}

void Logging::warn(spdlog::logger &log, const QString &msg, const QString &traceId)
{
    writeLine(log, spdlog::level::warn, msg, traceId);
}

void Logging::error(spdlog::logger &log, const QString &msg, const QString &traceId)
{
    writeLine(log, spdlog::level::err, msg, traceId);
}

} // namespace mt
