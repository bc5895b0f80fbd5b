// Hybrid logical clock implementation.
#include "common/Hlc.h"

#include "common/Clock.h"

#include <algorithm>

namespace mt {

Hlc Hlc::fromParts(qint64 physicalMs, quint16 logical)
{
    return Hlc{(physicalMs << 16) | logical};
}

QString Hlc::toString() const
{
    return QStringLiteral("%1.%2")
        .arg(physicalMs(), 13, 10, QLatin1Char('0'))
        .arg(logical(), 5, 10, QLatin1Char('0'));
}

Hlc Hlc::fromString(const QString &text, bool *ok)
{
    const auto parts = text.split(QLatin1Char('.'));
    bool okMs = false;
    bool okLog = false;
    if (parts.size() == 2) {
        const qint64 ms = parts[0].toLongLong(&okMs);
        const uint logical = parts[1].toUInt(&okLog);
        if (okMs && okLog && logical <= 0xFFFF && ms >= 0) {
            if (ok)
                *ok = true;
            return fromParts(ms, static_cast<quint16>(logical));
        }
    }
    if (ok)
        *ok = false;
    return {};
}

HlcClock::HlcClock(const Clock &clock)
    : m_clock(clock)
{
}

Hlc HlcClock::now()
{
    const qint64 wall = m_clock.nowMs();
    if (wall > m_last.physicalMs())
        m_last = Hlc::fromParts(wall, 0);
    else
        m_last = Hlc{m_last.value + 1}; // same or older wall time: bump the counter
    return m_last;
}

void HlcClock::observe(Hlc remote)
{
    const qint64 wall = m_clock.nowMs();
    const Hlc local = m_last;
    qint64 phys = std::max({wall, local.physicalMs(), remote.physicalMs()});
    int logical = 0; // int: the +1 below may pass 65535
    if (phys == local.physicalMs() && phys == remote.physicalMs())
        logical = std::max(local.logical(), remote.logical()) + 1;
    else if (phys == local.physicalMs())
        logical = local.logical() + 1;
    else if (phys == remote.physicalMs())
        logical = remote.logical() + 1;
    if (logical > 0xFFFF) {
        // Counter exhausted within one millisecond: move to the next millisecond rather than wrap
        // (wrapping would issue a timestamp smaller than one already seen).
        ++phys;
        logical = 0;
    }
    m_last = Hlc::fromParts(phys, static_cast<quint16>(logical));
}

} // namespace mt
