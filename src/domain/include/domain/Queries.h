// What the console and the CLI may ask of the alert and incident projections (filters and sort orders).
#pragma once

#include "domain/Alert.h"

#include <QString>

#include <optional>

namespace mt {

struct AlertFilter
{
    std::optional<AlertSeverity> severity;
    std::optional<Module> module;
    enum class StateSet { Open, New, Acknowledged, Resolved, All } states = StateSet::Open;
    QString search; // substring of title/details/resource/dedup key, case-insensitive (ASCII letters)
    // When set, the Open view hides alerts shelved past this instant (shelved_until_ms > nowMs);
    // the other views always show them. Unset: Open shows shelved alerts too. Pass clock.nowMs().
    std::optional<qint64> nowMs;
};

enum class AlertSortColumn { Severity, RaisedAt, LastSeen, Module, State, Title, Count };

struct IncidentFilter
{
    bool openOnly = true; // every status but closed (a resolved incident still awaits its close)
    std::optional<int> severity;
    QString search;
};

} // namespace mt
