// Bootstrap commands of medtrack-hub (sites, hub users, tokens) run against its database.
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace mt {

class Clock;
class HubDatabase;
struct HubConfig;

class AdminCli
{
public:
    // readSecret supplies a password (stdin in production, a fixed string in tests).
    AdminCli(HubDatabase &db, const HubConfig &config, const Clock &clock, QTextStream &out, QTextStream &err,
             std::function<QString()> readSecret);
    // Returns the process exit code: 0 ok, 2 usage, 1 failure.
    int run(const QStringList &command);

private:
    int siteCommand(const QStringList &args);
    int userCommand(const QStringList &args);
    int tokenCommand(const QStringList &args);
    int eventsCommand(const QStringList &args);
    int refusalsCommand(const QStringList &args);
    int tokenList(const QStringList &args);
    int userManage(const QString &verb, const QString &name);
    int tokenRevoke(const QStringList &args);
    int fail(const QString &message, int code = 1);

    HubDatabase &m_db;
    const HubConfig &m_config;
    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    std::function<QString()> m_readSecret;
};

} // namespace mt
