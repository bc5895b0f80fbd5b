// The total fold order of events and their canonical byte form.
#include "domain/Event.h"
#include "domain/EventJson.h"

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
    // The wire form without server_seq: the hub assigns that later and it must not change the
    // hash of an event that was already chained or signed. QJsonObject keeps keys sorted (nested
    // ones too), so the bytes are deterministic.
    Event unsequenced = event; // implicitly shared members: a cheap copy
    unsequenced.serverSeq.reset();
    return QJsonDocument(toJson(unsequenced)).toJson(QJsonDocument::Compact);
}

const QStringList &localOnlyEntityTypes()
{
    static const QStringList types{EntityType::User, EntityType::SisdmkQuarantine};
    return types;
}

bool isLocalOnlyEntity(const QString &entityType)
{
    return localOnlyEntityTypes().contains(entityType);
}

} // namespace mt
