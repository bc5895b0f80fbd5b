// The clean-shutdown marker that lets medtrackctl skip a full integrity check of a file closed cleanly.
#pragma once

#include <QString>

#include <optional>

namespace mt {

// <db>.clean, written when the last workspace of a run closes the file after its integrity verdict
// passed, deleted when the next run opens it (so a crash leaves none). It records the file's size and
// modification time at close and when a full PRAGMA quick_check last passed. Policy (docs/cli.md,
// "Integrity check"): medtrackctl trusts it only if the file is unchanged since (size, mtime, no WAL
// left over) and the last full check is younger than kFullCheckEveryMs; otherwise it checks in full.
// The GUI always checks (in the background) and refreshes the marker on close.
struct CleanShutdownMarker
{
    qint64 size = 0;
    qint64 mtimeMs = 0;
    qint64 checkedAtMs = 0; // when a full check of this file last passed
};

namespace CleanShutdown {
inline constexpr qint64 kFullCheckEveryMs = 24LL * 3600 * 1000;

// Reads and deletes the marker of `dbPath`; nothing when there is none or it is unreadable.
std::optional<CleanShutdownMarker> take(const QString &dbPath);
// True when `dbPath` is exactly as the marker saw it and its last full check is recent enough.
bool trustworthy(const CleanShutdownMarker &marker, const QString &dbPath, qint64 nowMs);
// After the file was closed: records its size and mtime now, with `checkedAtMs`.
void write(const QString &dbPath, qint64 checkedAtMs);
} // namespace CleanShutdown

} // namespace mt
