// The total fold order of events and their canonical byte form.
#include "domain/Event.h"

#include <QJsonDocument>

#include <algorithm>

namespace mt {

bool foldsBefore(const Event &a, const Event &b)
{
    if (a.hlc != b.hlc)
        return a.hlc < b.hlc;
    if (a.siteId != b.siteId)
        return a.siteId < b.siteId;
    return a.id < b.id;
}

void sortForFold(QList<Event> &events)
{
    std::sort(events.begin(), events.end(), foldsBefore);
}

QByteArray canonicalBytes(const Event &event)
{
    // server_seq is left out on purpose: it is assigned later by the hub and must not change
    // the hash of an event that was already chained or signed.
    QJsonObject o;
    o.insert(QStringLiteral("id"), event.id);
    o.insert(QStringLiteral("entity_type"), event.entityType);
    o.insert(QStringLiteral("entity_id"), event.entityId);
    o.insert(QStringLiteral("type"), event.type);
    o.insert(QStringLiteral("payload"), event.payload);
    o.insert(QStringLiteral("actor"), event.actor);
    o.insert(QStringLiteral("site_id"), event.siteId);
    o.insert(QStringLiteral("hlc"), event.hlc.toString());
    // QJsonObject keeps keys sorted (nested ones too), so the bytes are deterministic.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace mt
