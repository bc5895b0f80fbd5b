// Wire form of an Event (hub API v1 and the client sync worker): strict JSON codec.
#pragma once

#include "common/Error.h"
#include "domain/Event.h"
#include "domain/FieldLimits.h"

#include <QJsonObject>
#include <QStringList>

namespace mt {

// Keys: id, entity_type, entity_id, type, payload, actor, site_id, hlc ("<13 digits>.<5 digits>"),
// server_seq (only when set). See docs/api/openapi.yaml, schema Event.
QJsonObject toJson(const Event &event);

enum class UnknownFields { Reject, Ignore };

// Validates every field; on failure Error{Validation, field, detail} where detail is one of
// "missing", "wrong_type", "unknown_field", "format", "too_long", "unknown_value".
// Ignore is for readers that must accept fields added by a newer hub (minor API versions).
Result<Event> eventFromJson(const QJsonObject &object, UnknownFields unknown = UnknownFields::Reject);

// Every event type that travels (docs/events.md), and the entity types that do: local-only ones
// (isLocalOnlyEntity in domain/Event.h) are refused with entity_type "unknown_value".
const QStringList &knownEventTypes();
bool isKnownEntityType(const QString &entityType);
bool isValidSiteId(const QString &siteId); // 1..limits::kSiteIdMaxChars of [A-Za-z0-9._-]

} // namespace mt
