// medtrackctl alert raise | list | ack | show.
#include "CtlCommands.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"

#include <QJsonArray>

namespace mt {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};

std::optional<AlertFilter::StateSet> stateSetFromKey(const QString &key)
{
    if (key.isEmpty() || key == QLatin1String("open"))
        return AlertFilter::StateSet::Open;
    if (key == QLatin1String("new"))
        return AlertFilter::StateSet::New;
    if (key == QLatin1String("acked") || key == QLatin1String("acknowledged"))
        return AlertFilter::StateSet::Acknowledged;
    if (key == QLatin1String("resolved"))
        return AlertFilter::StateSet::Resolved;
    if (key == QLatin1String("all"))
        return AlertFilter::StateSet::All;
    return std::nullopt;
}

int raise(CtlContext &ctx)
{
    const CtlArgs &a = ctx.args();
    if (int rc = ctx.checkOptions({QStringLiteral("severity"), QStringLiteral("module"), QStringLiteral("title"),
                                   QStringLiteral("details"), QStringLiteral("dedup-key"), QStringLiteral("resource"),
                                   QStringLiteral("as")}))
        return rc;
    const auto severity = alertSeverityFromKey(a.value(QStringLiteral("severity")));
    const auto module = moduleFromKey(a.value(QStringLiteral("module")));
    if (!severity)
        return ctx.usage(Text::tr("--severity must be info, warning or critical."));
    if (!module)
        return ctx.usage(Text::tr("--module must be one of: %1.").arg(allModuleKeys().join(QStringLiteral(", "))));
    if (!a.has(QStringLiteral("title")))
        return ctx.usage(Text::tr("--title is required."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto session = ctx.actor(false);
    if (!session)
        return ctx.failure(session.error());
    RaiseAlertRequest r{*severity, *module, a.value(QStringLiteral("title")), a.value(QStringLiteral("details")),
                        a.value(QStringLiteral("dedup-key")), a.value(QStringLiteral("resource"))};
    const auto raised = ctx.workspace().alerts().raise(session.value(), r);
    if (!raised)
        return ctx.failure(raised.error());
    const QString text = raised->deduplicated ? Text::tr("Alert %1 repeated (deduplicated).").arg(raised->alertId)
                                              : Text::tr("Alert %1 raised.").arg(raised->alertId);
    return ctx.success({{QStringLiteral("alert_id"), raised->alertId}, {QStringLiteral("deduplicated"), raised->deduplicated}},
                       text);
}

int list(CtlContext &ctx)
{
    const CtlArgs &a = ctx.args();
    if (int rc = ctx.checkOptions({QStringLiteral("state"), QStringLiteral("severity"), QStringLiteral("module"),
                                   QStringLiteral("limit"), QStringLiteral("search")}))
        return rc;
    AlertFilter f;
    const auto states = stateSetFromKey(a.value(QStringLiteral("state")));
    if (!states)
        return ctx.usage(Text::tr("--state must be open, new, acked, resolved or all."));
    f.states = *states;
    if (a.has(QStringLiteral("severity")) && !(f.severity = alertSeverityFromKey(a.value(QStringLiteral("severity")))))
        return ctx.usage(Text::tr("--severity must be info, warning or critical."));
    if (a.has(QStringLiteral("module")) && !(f.module = moduleFromKey(a.value(QStringLiteral("module")))))
        return ctx.usage(Text::tr("--module must be one of: %1.").arg(allModuleKeys().join(QStringLiteral(", "))));
    f.search = a.value(QStringLiteral("search"));
    bool ok = true;
    const int limit = a.has(QStringLiteral("limit")) ? a.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit < 1 || limit > 10000)
        return ctx.usage(Text::tr("--limit must be a number from 1 to 10000."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto total = ctx.workspace().alerts().count(f);
    const auto page = ctx.workspace().alerts().page(f, AlertSortColumn::RaisedAt, true, 0, limit);
    if (!total || !page)
        return ctx.failure(!total ? total.error() : page.error());
    QStringList incidentIds;
    for (const Alert &al : page.value())
        incidentIds << al.incidentId;
    const auto numbers = ctx.workspace().incidents().numbers(incidentIds);
    if (!numbers)
        return ctx.failure(numbers.error());
    QJsonArray rows;
    QStringList lines;
    for (const Alert &al : page.value()) {
        rows.append(alertJson(al, numbers->value(al.incidentId)));
        lines << QStringLiteral("%1  %2  %3  %4  x%5  %6")
                     .arg(al.id, toKey(al.severity).leftJustified(8), toKey(al.state).leftJustified(12),
                          toKey(al.module).leftJustified(16))
                     .arg(al.count)
                     .arg(al.title);
    }
    if (lines.isEmpty())
        lines << Text::tr("No alerts.");
    return ctx.success({{QStringLiteral("alerts"), rows}, {QStringLiteral("total"), total.value()}},
                       lines.join(QLatin1Char('\n')));
}

int ack(CtlContext &ctx)
{
    if (int rc = ctx.checkOptions({QStringLiteral("as")}))
        return rc;
    const QString id = ctx.args().word(2);
    if (id.isEmpty())
        return ctx.usage(Text::tr("alert ack needs an alert id."));
    if (!ctx.args().has(QStringLiteral("as")))
        return ctx.usage(Text::tr("--as USER is required."));
    if (const Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto session = ctx.actor(true);
    if (!session)
        return ctx.failure(session.error());
    if (const Status st = ctx.workspace().alerts().acknowledge(session.value(), id); !st.ok())
        return ctx.failure(st);
    return ctx.success({{QStringLiteral("alert_id"), id}}, Text::tr("Alert %1 acknowledged.").arg(id));
}

} // namespace

QString isoUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonObject alertJson(const Alert &a, const QString &incidentNumber)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("severity"), toKey(a.severity)},
            {QStringLiteral("module"), toKey(a.module)},
            {QStringLiteral("state"), toKey(a.state)},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("details"), a.details},
            {QStringLiteral("dedup_key"), a.dedupKey},
            {QStringLiteral("resource"), a.resource},
            {QStringLiteral("count"), a.count},
            {QStringLiteral("raised_at"), isoUtc(a.raisedAtMs)},
            {QStringLiteral("last_seen_at"), isoUtc(a.lastSeenAtMs)},
            {QStringLiteral("raised_by"), a.raisedBy},
            {QStringLiteral("acked_by"), a.ackedBy},
            {QStringLiteral("acked_at"), isoUtc(a.ackedAtMs)},
            {QStringLiteral("escalation_level"), a.escalationLevel},
            {QStringLiteral("incident_id"), a.incidentId},
            {QStringLiteral("incident_number"), incidentNumber}};
}

int runAlert(CtlContext &ctx)
{
    const QString sub = ctx.args().word(1);
    if (sub == QLatin1String("raise"))
        return raise(ctx);
    if (sub == QLatin1String("list"))
        return list(ctx);
    if (sub == QLatin1String("ack"))
        return ack(ctx);
    return ctx.usage(Text::tr("Unknown alert command \"%1\": use raise, list or ack.").arg(sub));
}

} // namespace mt
