// Strict JSON codec of events: the hub validates pushes with it, the sync worker reads pulls.
#include "domain/EventJson.h"

#include "common/Uuid.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace mt {

namespace {

Error invalid(const QString &field, const char *detail)
{
    return Error::make(ErrorCode::Validation, field, QString::fromLatin1(detail));
}

const QStringList &knownKeys()
{
    static const QStringList keys{QStringLiteral("id"),     QStringLiteral("entity_type"),
                                  QStringLiteral("entity_id"), QStringLiteral("type"),
                                  QStringLiteral("payload"), QStringLiteral("actor"),
                                  QStringLiteral("site_id"), QStringLiteral("hlc"),
                                  QStringLiteral("server_seq")};
    return keys;
}

// Reads a required string field; empty optional = ok.
std::optional<Error> readString(const QJsonObject &o, const QString &key, int maxChars, QString &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return invalid(key, "missing");
    if (!v.isString())
        return invalid(key, "wrong_type");
    out = v.toString();
    if (out.isEmpty())
        return invalid(key, "missing");
    if (out.size() > maxChars)
        return invalid(key, "too_long");
    return std::nullopt;
}

std::optional<Error> readIds(const QJsonObject &o, Event &e)
{
    if (auto err = readString(o, QStringLiteral("id"), 36, e.id))
        return err;
    if (!isUuid(e.id) || e.id != e.id.toLower())
        return invalid(QStringLiteral("id"), "format");
    if (auto err = readString(o, QStringLiteral("entity_id"), 36, e.entityId))
        return err;
    if (!isUuid(e.entityId) || e.entityId != e.entityId.toLower())
        return invalid(QStringLiteral("entity_id"), "format");
    return std::nullopt;
}

std::optional<Error> readTypes(const QJsonObject &o, Event &e)
{
    if (auto err = readString(o, QStringLiteral("entity_type"), limits::kEntityTypeMaxChars, e.entityType))
        return err;
    if (!isKnownEntityType(e.entityType))
        return invalid(QStringLiteral("entity_type"), "unknown_value");
    if (auto err = readString(o, QStringLiteral("type"), limits::kEventTypeMaxChars, e.type))
        return err;
    if (!knownEventTypes().contains(e.type))
        return invalid(QStringLiteral("type"), "unknown_value");
    if (!e.type.startsWith(e.entityType + QLatin1Char('.')))
        return invalid(QStringLiteral("type"), "format"); // "incident.closed" on an alert
    return std::nullopt;
}

std::optional<Error> readPayload(const QJsonObject &o, Event &e)
{
    const QJsonValue v = o.value(QStringLiteral("payload"));
    if (v.isUndefined() || v.isNull())
        return invalid(QStringLiteral("payload"), "missing");
    if (!v.isObject())
        return invalid(QStringLiteral("payload"), "wrong_type");
    e.payload = v.toObject();
    if (QJsonDocument(e.payload).toJson(QJsonDocument::Compact).size() > limits::kEventPayloadMaxBytes)
        return invalid(QStringLiteral("payload"), "too_long");
    return std::nullopt;
}

std::optional<Error> readOrigin(const QJsonObject &o, Event &e)
{
    if (auto err = readString(o, QStringLiteral("actor"), limits::kActorMaxChars, e.actor))
        return err;
    if (auto err = readString(o, QStringLiteral("site_id"), limits::kSiteIdMaxChars, e.siteId))
        return err;
    if (!isValidSiteId(e.siteId))
        return invalid(QStringLiteral("site_id"), "format");
    QString hlcText;
    if (auto err = readString(o, QStringLiteral("hlc"), 19, hlcText))
        return err;
    bool ok = false;
    e.hlc = Hlc::fromString(hlcText, &ok);
    // Only the canonical text form, so the string and integer orders agree everywhere.
    if (!ok || e.hlc.toString() != hlcText || e.hlc.value <= 0)
        return invalid(QStringLiteral("hlc"), "format");
    return std::nullopt;
}

std::optional<Error> readServerSeq(const QJsonObject &o, Event &e)
{
    const QJsonValue v = o.value(QStringLiteral("server_seq"));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble())
        return invalid(QStringLiteral("server_seq"), "wrong_type");
    const double d = v.toDouble();
    // Doubles hold integers exactly up to 2^53.
    if (d < 1 || d > 9007199254740992.0 || d != static_cast<double>(static_cast<qint64>(d)))
        return invalid(QStringLiteral("server_seq"), "format");
    e.serverSeq = static_cast<qint64>(d);
    return std::nullopt;
}

} // namespace

QJsonObject toJson(const Event &event)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), event.id);
    o.insert(QStringLiteral("entity_type"), event.entityType);
    o.insert(QStringLiteral("entity_id"), event.entityId);
    o.insert(QStringLiteral("type"), event.type);
    o.insert(QStringLiteral("payload"), event.payload);
    o.insert(QStringLiteral("actor"), event.actor);
    o.insert(QStringLiteral("site_id"), event.siteId);
    o.insert(QStringLiteral("hlc"), event.hlc.toString());
    if (event.serverSeq)
        o.insert(QStringLiteral("server_seq"), static_cast<double>(*event.serverSeq));
    return o;
}

Result<Event> eventFromJson(const QJsonObject &object, UnknownFields unknown)
{
    if (unknown == UnknownFields::Reject) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!knownKeys().contains(it.key()))
                return invalid(it.key(), "unknown_field");
        }
    }
    Event e;
    if (auto err = readIds(object, e))
        return *err;
    if (auto err = readTypes(object, e))
        return *err;
    if (auto err = readPayload(object, e))
        return *err;
    if (auto err = readOrigin(object, e))
        return *err;
    if (auto err = readServerSeq(object, e))
        return *err;
    return e;
}

const QStringList &knownEventTypes()
{
    static const QStringList types{
        EventType::AlertRaised, EventType::AlertRepeated, EventType::AlertAcknowledged,
        EventType::AlertUnacknowledged, EventType::AlertShelved, EventType::AlertUnshelved,
        EventType::AlertEscalated, EventType::AlertResolved, EventType::AlertLinked,
        EventType::IncidentOpened, EventType::IncidentSeverityChanged, EventType::IncidentStatusChanged,
        EventType::IncidentAssigned, EventType::IncidentEscalated, EventType::IncidentNoteAdded,
        EventType::IncidentChecklistTicked, EventType::IncidentAlertLinked,
        EventType::IncidentModulesChanged, EventType::IncidentEvidenceAttached,
        EventType::IncidentClosed, EventType::IncidentReopened};
    return types;
}

bool isKnownEntityType(const QString &entityType)
{
    // Local-only entities (isLocalOnlyEntity) are never on the wire: a hub or bundle carrying one is refused.
    return entityType == EntityType::Alert || entityType == EntityType::Incident;
}

bool isValidSiteId(const QString &siteId)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,%1}$").arg(limits::kSiteIdMaxChars));
    return re.match(siteId).hasMatch();
}

} // namespace mt
