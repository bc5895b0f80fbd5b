// The verdict of a process's one integrity check of its database file, shared with every other connection.
#pragma once

#include <condition_variable>
#include <mutex>

namespace mt {

// One owner (the Workspace) runs PRAGMA quick_check once per run, at open or on a background thread,
// and resolves the gate. Every other connection of the process to the same file (hub-sync worker,
// SISDMK worker, personnel queries, the bundle runner) asks the gate instead of reading the whole file
// again: passed -> open as verified; pending -> wait on its own worker thread (a "Sync now" clicked
// while the check still runs waits for it, it never writes before it); failed -> refuse.
// Thread-safe. Never wait() on the GUI thread.
class IntegrityGate
{
public:
    enum class Verdict { Pending, Passed, Failed };

    void resolve(bool passed);
    Verdict verdict() const;
    // Blocks until resolved or `timeoutMs` has passed (then Pending).
    Verdict wait(int timeoutMs) const;

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_resolved;
    Verdict m_verdict = Verdict::Pending;
};

} // namespace mt
