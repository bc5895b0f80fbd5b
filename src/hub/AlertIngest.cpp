// Alert ingestion rules: dedup on an open alert with the same key, Alertmanager label mapping.
#include "AlertIngest.h"

#include "common/Uuid.h"
#include "domain/FieldLimits.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace mt {

namespace {

Event makeEvent(HubContext &ctx, const AlertInput &in, const QString &type, const QString &alertId)
{
    Event e;
    e.id = newUuidV7(ctx.clock);
    e.entityType = EntityType::Alert;
    e.entityId = alertId;
    e.type = type;
    e.actor = in.actor;
    e.siteId = in.siteId;
    e.hlc = ctx.hlc.now();
    return e;
}

QString labelsFingerprint(const QJsonObject &labels)
{
    // Same idea as Alertmanager's own fingerprint: a hash of the sorted label set.
    QByteArray bytes;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        bytes += it.key().toUtf8() + '\x1f' + it.value().toString().toUtf8() + '\x1e';
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
}

Error bad(const QString &field, const char *detail)
{
    return Error::make(ErrorCode::Validation, field, QString::fromLatin1(detail));
}

} // namespace

Result<QList<IngestResult>> ingestAlerts(HubContext &ctx, EventLog &log, const QList<AlertInput> &inputs)
{
    // Inputs of one call share a site (one webhook or one native alert).
    const QString site = inputs.isEmpty() ? QString() : inputs.first().siteId;
    QStringList keys;
    for (const AlertInput &in : inputs) {
        if (!in.dedupKey.isEmpty())
            keys.append(in.dedupKey);
    }
    auto found = log.openAlerts(site, keys);
    if (!found)
        return found.error();
    QHash<QString, QString> open = found.value(); // dedup key -> open alert, as the batch changes it
    QList<IngestResult> results;
    QList<Event> events;
    for (const AlertInput &in : inputs) {
        const auto it = in.dedupKey.isEmpty() ? open.constEnd() : open.constFind(in.dedupKey);
        const bool isOpen = it != open.constEnd();
        Event e;
        IngestResult r;
        if (in.resolved) {
            if (!isOpen) { // nothing open: resolved twice or never seen
                results.append(IngestResult{QStringLiteral("ignored"), {}, {}, 0});
                continue;
            }
            e = makeEvent(ctx, in, EventType::AlertResolved, *it);
            e.payload.insert(QStringLiteral("reason"), QStringLiteral("source_resolved"));
            r.outcome = QStringLiteral("resolved");
            open.remove(in.dedupKey);
        } else if (isOpen) {
            e = makeEvent(ctx, in, EventType::AlertRepeated, *it);
            r.outcome = QStringLiteral("repeated");
        } else {
            e = makeEvent(ctx, in, EventType::AlertRaised, newUuidV7(ctx.clock));
            e.payload = QJsonObject{{QStringLiteral("module"), toKey(in.module)},
                                    {QStringLiteral("severity"), toKey(in.severity)},
                                    {QStringLiteral("title"), in.title},
                                    {QStringLiteral("details"), in.details},
                                    {QStringLiteral("dedup_key"), in.dedupKey},
                                    {QStringLiteral("resource"), in.resource}};
            r.outcome = QStringLiteral("raised");
            if (!in.dedupKey.isEmpty())
                open.insert(in.dedupKey, e.entityId);
        }
        r.alertId = e.entityId;
        r.eventId = e.id;
        results.append(r);
        events.append(std::move(e));
    }
    auto seqs = log.appendMany(events, ctx.clock.nowMs());
    if (!seqs)
        return seqs.error();
    for (IngestResult &r : results) {
        if (!r.eventId.isEmpty()) // "ignored" made no event
            r.serverSeq = seqs->value(r.eventId);
    }
    return results;
}

Result<AlertInput> alertFromAlertmanager(const QJsonObject &alert, const QString &siteId)
{
    const QJsonValue status = alert.value(QStringLiteral("status"));
    if (!status.isString())
        return bad(QStringLiteral("status"), status.isUndefined() ? "missing" : "wrong_type");
    if (status.toString() != QLatin1String("firing") && status.toString() != QLatin1String("resolved"))
        return bad(QStringLiteral("status"), "firing_or_resolved");
    const QJsonValue labelsValue = alert.value(QStringLiteral("labels"));
    if (!labelsValue.isObject())
        return bad(QStringLiteral("labels"), labelsValue.isUndefined() ? "missing" : "wrong_type");
    const QJsonValue annotationsValue = alert.value(QStringLiteral("annotations"));
    if (!annotationsValue.isUndefined() && !annotationsValue.isNull() && !annotationsValue.isObject())
        return bad(QStringLiteral("annotations"), "wrong_type");
    const QJsonValue fp = alert.value(QStringLiteral("fingerprint"));
    if (!fp.isUndefined() && !fp.isString())
        return bad(QStringLiteral("fingerprint"), "wrong_type");
    const QJsonObject labels = labelsValue.toObject();
    const QJsonObject annotations = annotationsValue.toObject();
    auto label = [&labels](const char *key) { return labels.value(QLatin1String(key)).toString(); };

    AlertInput in;
    in.siteId = siteId;
    in.actor = QStringLiteral("alertmanager");
    in.resolved = status.toString() == QLatin1String("resolved");
    in.severity = alertSeverityFromKey(label("severity").toLower()).value_or(AlertSeverity::Warning);
    const QString moduleKey = label("module").isEmpty() ? label("job") : label("module");
    in.module = moduleFromKey(moduleKey).value_or(Module::Dashboard);
    in.title = label("alertname").isEmpty() ? QStringLiteral("(unnamed alert)") : label("alertname").left(limits::kTitleMaxChars);
    in.resource = label("instance").left(limits::kResourceMaxChars);
    const QString summary = annotations.value(QStringLiteral("summary")).toString();
    const QString description = annotations.value(QStringLiteral("description")).toString();
    in.details = (summary.isEmpty() || description.isEmpty() ? summary + description
                                                             : summary + QLatin1Char('\n') + description)
                     .left(limits::kAlertDetailsMaxChars);
    in.dedupKey = (fp.toString().isEmpty() ? labelsFingerprint(labels) : fp.toString()).left(limits::kDedupKeyMaxChars);
    return in;
}

} // namespace mt
