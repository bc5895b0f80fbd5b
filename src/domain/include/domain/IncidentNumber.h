// Human incident numbers, e.g. JKT-0042: the opening site's code and that site's own sequence (docs/events.md).
#pragma once

#include "domain/Event.h"

#include <QString>

#include <optional>

namespace mt {

class IncidentNumber
{
public:
    struct Parts
    {
        QString siteCode;
        qint64 sequence = 0;
    };
    struct Given
    {
        QString number;
        qint64 sequence = 0; // 0: the fallback
    };

    // The site code is the whole site id in ASCII capitals ("jkt" -> "JKT", "lanud-halim" ->
    // "LANUD-HALIM"): distinct site ids give distinct codes, so no two sites ever mint the same number.
    static QString siteCode(const QString &siteId);
    // "<code>-<sequence>", the sequence at least four digits: JKT-0042, JKT-12345.
    static QString format(const QString &siteCode, qint64 sequence);
    // The parts of a number in exactly the form format() writes; nullopt for anything else.
    static std::optional<Parts> parse(const QString &number);
    // Shown for an incident whose incident.opened carries no valid number (opened before numbers
    // existed): the opening site's code and the last 8 hex digits of the incident id, in capitals.
    static QString fallback(const QString &incidentId, const QString &siteId);
    // The number an incident.opened event gives its incident: the payload's `number` when it is well
    // formed and carries the code of the event's own site; otherwise the fallback (sequence 0).
    static Given ofOpened(const Event &opened);
    // Text a person typed: trimmed and in capitals, for lookups.
    static QString normalised(const QString &typed);
};

} // namespace mt
