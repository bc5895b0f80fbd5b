// Hybrid logical clock (Kulkarni et al.): orders events across offline sites without trusting wall clocks.
#pragma once

#include <QString>
#include <compare>

namespace mt {

class Clock;

// Packed as (physical milliseconds << 16) | logical counter, so it sorts as one integer.
struct Hlc
{
    qint64 value = 0;

    static Hlc fromParts(qint64 physicalMs, quint16 logical);
    qint64 physicalMs() const { return value >> 16; }
    quint16 logical() const { return static_cast<quint16>(value & 0xFFFF); }
    // Text form "<13-digit ms>.<5-digit counter>", sortable as a string too.
    QString toString() const;
    static Hlc fromString(const QString &text, bool *ok = nullptr);

    auto operator<=>(const Hlc &) const = default;
};

class HlcClock
{
public:
    explicit HlcClock(const Clock &clock);
    // A new timestamp for a local event: strictly greater than every one issued or observed.
    Hlc now();
    // Merge a timestamp received from another site (on pull/import).
    void observe(Hlc remote);
    Hlc last() const { return m_last; }

private:
    const Clock &m_clock;
    Hlc m_last;
};

} // namespace mt
