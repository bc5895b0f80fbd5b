// spdlog JSON lines, in a rotating file under <dataDir>/logs (app, CLI) or on stderr (medtrack-hub); never
// logs secrets (see redact()). The one structured logger of the app and the hub.
#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

namespace spdlog { class logger; }

namespace mt {

class Logging
{
public:
    // Creates <dataDir>/logs/medtrack.jsonl, 5 MiB x 5 files, JSON lines:
    // {"ts":"...Z","level":"info","component":"...","msg":"...","trace_id":"..."}
    static std::shared_ptr<spdlog::logger> create(const QString &dataDir, const QString &component);
    // The same lines on standard error, for a server whose supervisor (systemd, docker) keeps its output.
    static std::shared_ptr<spdlog::logger> createStderr(const QString &component);
    // Removes token=, password=, secret= values from text/URLs before they are logged.
    static QString redact(const QString &text);
    // A URL or request target with the value of every query parameter whose name says token, password,
    // secret or code (enrolment codes) replaced by REDACTED.
    static QString redactUrl(const QString &target);
    // JSON-escapes a message into a log line (exposed for tests).
    static void info(spdlog::logger &log, const QString &msg, const QString &traceId = {});
    static void warn(spdlog::logger &log, const QString &msg, const QString &traceId = {});
    static void error(spdlog::logger &log, const QString &msg, const QString &traceId = {});
    // One line with extra top-level fields (strings are redacted like the message; numbers, bools as they are).
    enum class Level { Info, Warning, Error };
    static void write(spdlog::logger &log, Level level, const QString &msg, const QJsonObject &fields,
                      const QString &traceId = {});
};

} // namespace mt
