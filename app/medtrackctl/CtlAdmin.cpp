// medtrackctl user add | list, db check, backup, restore, audit verify, demo seed.
#include "CtlCommands.h"

#include "services/DemoData.h"
#include "services/AccountService.h"
#include "services/AdminService.h"
#include "services/EventLogService.h"

#include <QJsonArray>

namespace mt {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};


int userAdd(CtlContext &ctx)
{
    const CtlArgs &a = ctx.args();
    if (int rc = ctx.checkOptions({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("display-name"),
                                   QStringLiteral("as")}))
        return rc;
    const auto role = roleFromKey(a.value(QStringLiteral("role")));
    if (!a.has(QStringLiteral("name")))
        return ctx.usage(Text::tr("--name is required."));
    if (!role)
        return ctx.usage(Text::tr("--role must be l1, l2, ic, steward or admin."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    std::optional<Session> actor;
    if (a.has(QStringLiteral("as"))) {
        const auto s = ctx.actor(true);
        if (!s)
            return ctx.failure(s.error());
        actor = s.value();
    }
    const QString name = a.value(QStringLiteral("name"));
    const QString first = ctx.readSecret(Text::tr("New password for %1: ").arg(name));
    const QString second = ctx.readSecret(Text::tr("Repeat the password: "));
    if (first != second)
        return ctx.failure(Error::make(ErrorCode::Validation, QStringLiteral("password"), QStringLiteral("mismatch")));
    const QString display = a.value(QStringLiteral("display-name"));
    if (const Status st = ctx.workspace().accounts().addUser(actor ? &*actor : nullptr, name, display, *role, first); !st.ok())
        return ctx.failure(st);
    return ctx.success({{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), name},
                                                             {QStringLiteral("display_name"), display.isEmpty() ? name : display},
                                                             {QStringLiteral("role"), toKey(*role)}}}},
                       Text::tr("User %1 added with role %2.").arg(name, toKey(*role)));
}

int userList(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({}))
        return rc;
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto users = ctx.workspace().accounts().users();
    if (!users)
        return ctx.failure(users.error());
    QJsonArray rows;
    QStringList lines;
    for (const UserRecord &u : users.value()) {
        rows.append(QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("display_name"), u.displayName},
                                {QStringLiteral("role"), toKey(u.role)}, {QStringLiteral("disabled"), u.disabled}});
        lines << QStringLiteral("%1  %2  %3").arg(u.name.leftJustified(16), toKey(u.role).leftJustified(8), u.displayName);
    }
    return ctx.success({{QStringLiteral("users"), rows}}, lines.join(QLatin1Char('\n')));
}

int auditVerify(CtlContext &ctx)
{
    if (ctx.args().word(1) != QLatin1String("verify"))
        return ctx.usage(Text::tr("Unknown audit command \"%1\": use verify.").arg(ctx.args().word(1)));
    if (int rc = ctx.checkOptions({QStringLiteral("as")}))
        return rc;
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    if (const auto who = ctx.optionalActor(Action::AuditVerify); !who)
        return ctx.failure(who.error());
    const auto report = ctx.workspace().events().verifyAudit();
    if (!report)
        return ctx.failure(report.error());
    const QJsonObject json{{QStringLiteral("intact"), report->intact}, {QStringLiteral("checked"), report->checked},
                           {QStringLiteral("first_bad_seq"), report->firstBadSeq}, {QStringLiteral("reason"), report->reason}};
    if (report->intact)
        return ctx.success(json, Text::tr("Audit trail intact: %1 events checked.").arg(report->checked));
    return ctx.failure(
        Error::make(ErrorCode::DatabaseCorrupt, QStringLiteral("audit"), QString::number(report->firstBadSeq)), json);
}

} // namespace

int runUser(CtlContext &ctx)
{
    const QString sub = ctx.args().word(1);
    if (sub == QLatin1String("add"))
        return userAdd(ctx);
    if (sub == QLatin1String("list"))
        return userList(ctx);
    return ctx.usage(Text::tr("Unknown user command \"%1\": use add or list.").arg(sub));
}

int runDb(CtlContext &ctx)
{
    if (ctx.args().word(1) != QLatin1String("check"))
        return ctx.usage(Text::tr("Unknown db command \"%1\": use check.").arg(ctx.args().word(1)));
    if (int rc = ctx.checkOptions({}))
        return rc;
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    if (const Status st = ctx.workspace().admin().checkDatabase(); !st.ok())
        return ctx.failure(st);
    return ctx.success({{QStringLiteral("schema_version"), ctx.workspace().admin().schemaVersion()}},
                       Text::tr("Database OK (schema version %1).").arg(ctx.workspace().admin().schemaVersion()));
}

int runBackup(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("as")}))
        return rc;
    const QString file = ctx.args().word(1);
    if (file.isEmpty())
        return ctx.usage(Text::tr("backup needs a target file."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto who = ctx.optionalActor(Action::BackupRestore);
    if (!who)
        return ctx.failure(who.error());
    if (const Status st = ctx.workspace().admin().backup(who.value() ? &*who.value() : nullptr, file); !st.ok())
        return ctx.failure(st);
    return ctx.success({{QStringLiteral("file"), file}}, Text::tr("Backup written to %1.").arg(file));
}

int runRestore(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("as")}))
        return rc;
    const QString file = ctx.args().word(1);
    if (file.isEmpty())
        return ctx.usage(Text::tr("restore needs a backup file."));
    if (ctx.args().has(QStringLiteral("as"))) {
        if (const Status st = ctx.openWorkspace(); !st.ok())
            return ctx.failure(st);
        if (const auto who = ctx.optionalActor(Action::BackupRestore); !who)
            return ctx.failure(who.error());
        ctx.closeCore(); // the database must not be open while it is replaced
    }
    if (const Status st = AdminService::restore(ctx.dataDir(), file); !st.ok())
        return ctx.failure(st);
    return ctx.success({{QStringLiteral("file"), file}}, Text::tr("Database restored from %1.").arg(file));
}

int runAudit(CtlContext &ctx)
{
    return auditVerify(ctx);
}

int runDemo(CtlContext &ctx)
{
    if (ctx.args().word(1) != QLatin1String("seed"))
        return ctx.usage(Text::tr("Unknown demo command \"%1\": use seed.").arg(ctx.args().word(1)));
    if (int rc = ctx.checkOptions({}))
        return rc;
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    if (const Status st = DemoData::seed(ctx.workspace()); !st.ok())
        return ctx.failure(st);
    QJsonArray users;
    for (const DemoUser &u : DemoData::users())
        users.append(u.name);
    return ctx.success({{QStringLiteral("users"), users}}, Text::tr("Demo data ready in %1.").arg(ctx.dataDir()));
}

} // namespace mt
