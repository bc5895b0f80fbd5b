// spdlog JSON-lines rotating log in <dataDir>/logs; never logs secrets (see redact()).
#pragma once

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
    // Removes token=, password=, secret= values from text/URLs before they are logged.
    static QString redact(const QString &text);
    // JSON-escapes a message into a log line (exposed for tests).
    static void info(spdlog::logger &log, const QString &msg, const QString &traceId = {});
    static void warn(spdlog::logger &log, const QString &msg, const QString &traceId = {});
    static void error(spdlog::logger &log, const QString &msg, const QString &traceId = {});
};

} // namespace mt
