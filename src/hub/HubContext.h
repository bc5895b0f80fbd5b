// What every API handler shares: config, database, clock, metrics, the hub's HLC, password hasher.
#pragma once

#include "AccountStore.h"
#include "ApiSupport.h"
#include "HubMetrics.h"

#include "common/Clock.h"
#include "common/Hlc.h"
#include "hub/HubConfig.h"
#include "hub/HubDatabase.h"
#include "security/PasswordHasher.h"

#include <mutex>

namespace mt {

// HlcClock is single-threaded; handler threads share this one under a mutex.
class SharedHlc
{
public:
    explicit SharedHlc(const Clock &clock) : m_clock(clock) {}
    Hlc now();
    void observe(Hlc remote);
    Hlc last();

private:
    std::mutex m_mutex;
    HlcClock m_clock;
};

struct HubContext
{
    const HubConfig &config;
    HubDatabase &db;
    const Clock &clock;
    MetricsRegistry &metrics;
    SharedHlc &hlc;
    PasswordHasher hasher;
};

// Who the request on this handler thread acts as (a token's subject, or the name a login tried), for the
// request's log line; set by the handlers, taken by the request logger (same thread).
void notePrincipal(const QString &subject);
QString takePrincipal();
// Forgets what an earlier request on this thread noted (principal, refusals, the resolved token).
void beginRequest();

// Refusals inside an answered request (events of a push refused as forbidden, conflict, clock_ahead), for the
// refusal records an administrator queries; taken by the request logger like the principal.
struct NotedRefusal
{
    QString code;
    QString detail; // e.g. the first refused event id
    int count = 0;
};
void noteRefusal(const QString &code, const QString &detail);
QList<NotedRefusal> takeRefusals();

// The client's address: the peer, or the last X-Forwarded-For entry when the peer is a trusted proxy.
QString clientAddress(const HubConfig &config, const httplib::Request &req);

// Resolves the caller from the Authorization header; nullopt error = ok.
std::optional<ApiError> authenticateRequest(HubContext &ctx, const httplib::Request &req, Principal &out);

} // namespace mt
