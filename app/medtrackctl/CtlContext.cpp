// CtlContext: uniform exit codes and messages (one line on stderr, optional JSON on stdout).
#include "CtlContext.h"

#include "security/PasswordHasher.h" // readSecretLine: no echo on a terminal
#include "services/ErrorText.h"
#include "services/AccountService.h"
#include "services/Workspace.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace mt {

CtlContext::CtlContext(CtlArgs args)
    : m_args(std::move(args))
    , m_out(stdout)
    , m_err(stderr)
{
}

int CtlContext::usage(const QString &message)
{
    m_err << "medtrackctl: " << message << ' ' << tr("(see medtrackctl --help)") << Qt::endl;
    return ExitUsage;
}

int CtlContext::failure(const Error &e, const QJsonObject &extra)
{
    const QString text = ErrorText::message(e);
    if (json()) {
        QJsonObject err{{QStringLiteral("code"), QString::fromLatin1(errorCodeName(e.code))},
                        {QStringLiteral("message"), text}};
        if (!e.field.isEmpty())
            err.insert(QStringLiteral("field"), e.field);
        QJsonObject doc = extra;
        doc.insert(QStringLiteral("ok"), false);
        doc.insert(QStringLiteral("error"), err);
        m_out << QJsonDocument(doc).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    m_err << "medtrackctl: " << text << Qt::endl;
    return ExitFailure;
}

int CtlContext::success(QJsonObject json, const QString &text)
{
    if (this->json()) {
        json.insert(QStringLiteral("ok"), true);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!text.isEmpty()) {
        m_out << text << Qt::endl;
    }
    return ExitOk;
}

int CtlContext::checkOptions(const QStringList &allowed)
{
    const QStringList bad = m_args.unknown(allowed);
    if (!bad.isEmpty())
        return usage(tr("Unknown option --%1 for this command.").arg(bad.first()));
    return ExitOk;
}

Status CtlContext::openWorkspace()
{
    WorkspaceOptions options{WorkspaceOptions::KdfStrength::Interactive, QStringLiteral("cli")};
    options.trustCleanShutdown = true; // docs/cli.md, "Integrity check"
    auto ws = Workspace::open(dataDir(), m_clock, options);
    if (!ws)
        return ws.error();
    m_ws = std::move(ws).value();
    return {};
}

QString CtlContext::readSecret(const QString &prompt)
{
    if (isatty(STDIN_FILENO) == 1) {
        m_err << prompt << Qt::flush;
    }
    return readSecretLine(true);
}

Result<Session> CtlContext::actor(bool required)
{
    const QString user = m_args.value(QStringLiteral("as"));
    if (user.isEmpty()) {
        if (required)
            return Error::make(ErrorCode::Validation, QStringLiteral("as"), QStringLiteral("required"));
        return Session::system();
    }
    const QString password = readSecret(tr("Password for %1: ").arg(user));
    return m_ws->accounts().login(user, password);
}

Result<std::optional<Session>> CtlContext::optionalActor(Action action)
{
    if (!args().has(QStringLiteral("as")))
        return std::optional<Session>();
    const auto s = actor(true);
    if (!s)
        return s.error();
    if (const Status st = PermissionPolicy::check(s->role, action); !st.ok())
        return st;
    return std::optional<Session>(s.value());
}

} // namespace mt
