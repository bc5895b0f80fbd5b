// State of one medtrackctl run: arguments, output (text or JSON), the open Workspace and the acting session.
#pragma once

#include "CtlArgs.h"
#include "common/Clock.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace mt {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

class CtlContext
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
public:
    explicit CtlContext(CtlArgs args);

    const CtlArgs &args() const { return m_args; }
    bool json() const { return m_args.flag(QStringLiteral("json")); }
    QString dataDir() const { return m_args.value(QStringLiteral("data-dir")); }

    // Exactly one line on stderr; the return value is the exit code.
    int usage(const QString &message);
    // `extra` fields are added to the JSON error document.
    int failure(const Error &e, const QJsonObject &extra = {});
    int success(QJsonObject json, const QString &text);
    // Usage error when an option outside `allowed` was given; ExitOk otherwise.
    int checkOptions(const QStringList &allowed);

    Status openWorkspace();
    Workspace &workspace() { return *m_ws; }
    void closeCore() { m_ws.reset(); }
    // --as USER: reads the password (one line from stdin) and logs in; no --as: the system session.
    Result<Session> actor(bool required);
    // Optional --as USER holding `action`; without --as (nullopt) the OS account owning the
    // data dir is trusted, as for backup and restore.
    Result<std::optional<Session>> optionalActor(Action action);
    // One line of stdin; prompts on stderr only when stdin is a terminal.
    QString readSecret(const QString &prompt);

    QTextStream &out() { return m_out; }

private:
    CtlArgs m_args;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace mt
