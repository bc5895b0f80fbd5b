// IntegrityGate: a resolved-once verdict behind a mutex and a condition variable.
#include "common/IntegrityGate.h"

#include <chrono>

namespace mt {

void IntegrityGate::resolve(bool passed)
{
    {
        std::lock_guard lock(m_mutex);
        m_verdict = passed ? Verdict::Passed : Verdict::Failed;
    }
    m_resolved.notify_all();
}

IntegrityGate::Verdict IntegrityGate::verdict() const
{
    std::lock_guard lock(m_mutex);
    return m_verdict;
}

IntegrityGate::Verdict IntegrityGate::wait(int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    m_resolved.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_verdict != Verdict::Pending; });
    return m_verdict;
}

} // namespace mt
