// medtrackctl incident open | list | close | show.
#include "CtlCommands.h"
#include "services/IncidentService.h"
#include "services/TimelineService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace mt {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};

int open(CtlContext &ctx)
{
    const CtlArgs &a = ctx.args();
    if (int rc = ctx.checkOptions({QStringLiteral("severity"), QStringLiteral("title"), QStringLiteral("description"),
                                   QStringLiteral("alert"), QStringLiteral("module"), QStringLiteral("assignee"),
                                   QStringLiteral("as")}))
        return rc;
    bool ok = false;
    const int severity = a.value(QStringLiteral("severity")).toInt(&ok);
    if (!ok || severity < kMinIncidentSeverity || severity > kMaxIncidentSeverity)
        return ctx.usage(Text::tr("--severity must be 1, 2, 3 or 4."));
    if (!a.has(QStringLiteral("title")))
        return ctx.usage(Text::tr("--title is required."));
    OpenIncidentRequest r{a.value(QStringLiteral("title")), a.value(QStringLiteral("description")), severity, {},
                          a.values(QStringLiteral("alert")), a.value(QStringLiteral("assignee"))};
    for (const QString &m : a.values(QStringLiteral("module"))) {
        const auto module = moduleFromKey(m);
        if (!module)
            return ctx.usage(Text::tr("--module must be one of: %1.").arg(allModuleKeys().join(QStringLiteral(", "))));
        r.modules << *module;
    }
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto session = ctx.actor(false);
    if (!session)
        return ctx.failure(session.error());
    const auto id = ctx.workspace().incidents().open(session.value(), r);
    if (!id)
        return ctx.failure(id.error());
    const auto created = ctx.workspace().incidents().find(id.value());
    QJsonObject json{{QStringLiteral("incident_id"), id.value()}};
    QString number = id.value();
    if (created && created.value()) {
        number = created.value()->number;
        json.insert(QStringLiteral("number"), number);
        json.insert(QStringLiteral("sla_due_at"), isoUtc(created.value()->slaDueAtMs));
    }
    return ctx.success(json, Text::tr("Incident %1 opened.").arg(number));
}

int list(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("all"), QStringLiteral("severity"), QStringLiteral("limit")}))
        return rc;
    IncidentFilter f;
    f.openOnly = !ctx.args().flag(QStringLiteral("all"));
    if (ctx.args().has(QStringLiteral("severity")))
        f.severity = ctx.args().value(QStringLiteral("severity")).toInt();
    bool ok = true;
    const int limit = ctx.args().has(QStringLiteral("limit")) ? ctx.args().value(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit < 1)
        return ctx.usage(Text::tr("--limit must be a positive number."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto page = ctx.workspace().incidents().page(f, 0, limit);
    if (!page)
        return ctx.failure(page.error());
    QJsonArray rows;
    QStringList lines;
    for (const Incident &i : page.value()) {
        const SlaState sla = ctx.workspace().incidents().slaState(i);
        rows.append(incidentJson(i, sla));
        lines << QStringLiteral("%1  Sev-%2  %3  %4  %5")
                     .arg(i.number.leftJustified(10))
                     .arg(i.severity)
                     .arg(toKey(i.status).leftJustified(11), toKey(sla).leftJustified(9), i.title);
    }
    if (lines.isEmpty())
        lines << Text::tr("No incidents.");
    return ctx.success({{QStringLiteral("incidents"), rows}}, lines.join(QLatin1Char('\n')));
}

// Reads every --evidence FILE; a missing or unreadable file is an Io failure naming it.
Result<QList<EvidenceFile>> readEvidence(const QStringList &paths)
{
    QList<EvidenceFile> files;
    for (const QString &path : paths) {
        QFile f(path);
        if (!QFileInfo(path).isFile())
            return Error::make(ErrorCode::NotFound, QStringLiteral("file"), path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Io, QStringLiteral("file"), path);
        files << EvidenceFile{QFileInfo(path).fileName(), f.readAll()};
    }
    return files;
}

int close(CtlContext &ctx)
{
    const CtlArgs &a = ctx.args();
    if (int rc = ctx.checkOptions({QStringLiteral("as"), QStringLiteral("resolution"), QStringLiteral("evidence"),
                                   QStringLiteral("note"), QStringLiteral("kb"), QStringLiteral("no-kb-reason")}))
        return rc;
    const QString typed = a.word(2);
    if (typed.isEmpty())
        return ctx.usage(Text::tr("incident close needs an incident id."));
    if (!a.has(QStringLiteral("as")))
        return ctx.usage(Text::tr("--as USER is required."));
    if (a.has(QStringLiteral("kb")) && a.has(QStringLiteral("no-kb-reason")))
        return ctx.usage(Text::tr("Give either --kb or --no-kb-reason, not both."));
    const auto files = readEvidence(a.values(QStringLiteral("evidence")));
    if (!files)
        return ctx.failure(files.error());
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto session = ctx.actor(true);
    if (!session)
        return ctx.failure(session.error());
    const auto resolved = ctx.workspace().incidents().resolveId(typed);
    if (!resolved)
        return ctx.failure(resolved.error());
    const QString id = resolved.value();
    const auto incident = ctx.workspace().incidents().find(id);
    const QString number = incident && incident.value() ? incident.value()->number : id;
    const CloseIncidentRequest r{a.value(QStringLiteral("resolution")), a.value(QStringLiteral("kb")),
                                 a.value(QStringLiteral("no-kb-reason")), a.value(QStringLiteral("note")), files.value()};
    if (const Status st = ctx.workspace().incidents().close(session.value(), id, r); !st.ok())
        return ctx.failure(st);
    return ctx.success({{QStringLiteral("incident_id"), id}, {QStringLiteral("number"), number},
                        {QStringLiteral("attachments"), int(files->size())}},
                       Text::tr("Incident %1 closed.").arg(number));
}

int show(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({}))
        return rc;
    const QString typed = ctx.args().word(2);
    if (typed.isEmpty())
        return ctx.usage(Text::tr("incident show needs an incident id."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto resolved = ctx.workspace().incidents().resolveId(typed);
    if (!resolved)
        return ctx.failure(resolved.error());
    const QString id = resolved.value();
    const auto inc = ctx.workspace().incidents().find(id);
    if (inc && !inc.value())
        return ctx.failure(Error::make(ErrorCode::NotFound, QStringLiteral("incident"), id));
    const auto timeline = ctx.workspace().timelines().timeline(EntityType::Incident, id);
    if (!inc || !timeline)
        return ctx.failure(!inc ? inc.error() : timeline.error());
    QJsonArray entries;
    QStringList lines{QStringLiteral("%1  Sev-%2  %3  %4").arg(inc.value()->number).arg(inc.value()->severity).arg(toKey(inc.value()->status), inc.value()->title)};
    for (const TimelineEntry &e : timeline.value()) {
        entries.append(QJsonObject{{QStringLiteral("event_id"), e.eventId}, {QStringLiteral("type"), e.type},
                                   {QStringLiteral("actor"), e.actor}, {QStringLiteral("at"), isoUtc(e.atMs)},
                                   {QStringLiteral("summary"), e.summary}, {QStringLiteral("conflict"), e.conflict}});
        lines << QStringLiteral("  %1  %2").arg(isoUtc(e.atMs), e.summary);
    }
    QJsonObject json = incidentJson(*inc.value(), ctx.workspace().incidents().slaState(*inc.value()));
    json.insert(QStringLiteral("timeline"), entries);
    return ctx.success({{QStringLiteral("incident"), json}}, lines.join(QLatin1Char('\n')));
}

} // namespace

QJsonObject incidentJson(const Incident &i, SlaState sla)
{
    QJsonArray modules;
    for (Module m : i.modules)
        modules.append(toKey(m));
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("number"), i.number},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("severity"), i.severity},
            {QStringLiteral("status"), toKey(i.status)},
            {QStringLiteral("modules"), modules},
            {QStringLiteral("assignee"), i.assignee},
            {QStringLiteral("opened_by"), i.openedBy},
            {QStringLiteral("opened_at"), isoUtc(i.openedAtMs)},
            {QStringLiteral("sla_due_at"), isoUtc(i.slaDueAtMs)},
            {QStringLiteral("sla_state"), toKey(sla)},
            {QStringLiteral("escalation_level"), i.escalationLevel},
            {QStringLiteral("alert_ids"), QJsonArray::fromStringList(i.alertIds)},
            {QStringLiteral("closed_at"), isoUtc(i.closedAtMs)},
            {QStringLiteral("closed_by"), i.closedBy}};
}

int runIncident(CtlContext &ctx)
{
    const QString sub = ctx.args().word(1);
    if (sub == QLatin1String("open"))
        return open(ctx);
    if (sub == QLatin1String("list"))
        return list(ctx);
    if (sub == QLatin1String("close"))
        return close(ctx);
    if (sub == QLatin1String("show"))
        return show(ctx);
    return ctx.usage(Text::tr("Unknown incident command \"%1\": use open, list, close or show.").arg(sub));
}

} // namespace mt
