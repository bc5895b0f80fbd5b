// Merge-test support: several sites (each a real Workspace with its own data dir, site id and skewed clock).
#pragma once

#include "FakeClock.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace mt {

struct MergeSite
{
    QString id;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<Database> side; // the test's own connection to the same file (read-only use)
};

// The people acting at every site; their user.created events are in the shared template log.
struct MergeCast
{
    Session admin{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin};
    Session l1{QStringLiteral("operator1"), QStringLiteral("Operator Satu"), Role::L1Operator};
    Session l2{QStringLiteral("operator2"), QStringLiteral("Operator Dua"), Role::L2Operator};
    Session ic{QStringLiteral("commander"), QStringLiteral("Komandan"), Role::IncidentCommander};
    QList<Session> all() const { return {admin, l1, l2, ic}; }
};

class MergeSites
{
public:
    // A migrated database holding the cast's users, copied into each new site (fast set-up).
    static bool makeTemplate(const QString &dir, const MergeCast &cast);
    // Opens `count` sites from the template; site i's wall clock is skewed by a random few minutes.
    bool open(const QString &templateDir, int count, QRandomGenerator &rng);
    int count() const { return int(m_sites.size()); }
    const QString &siteId(int i) const { return m_sites[size_t(i)].id; }
    Workspace &ws(int i) { return *m_sites[size_t(i)].ws; }
    FakeClock &clock(int i) { return *m_sites[size_t(i)].clock; }

    // Every stored event of site i in local arrival order.
    QList<Event> events(int i) const;
    // What must be identical everywhere: projection rows (every column, conflicts included) and event ids.
    QString stateDump(int i) const;
    QStringList eventIds(int i) const;
    qint64 rowCount(int i) const;

private:
    std::vector<MergeSite> m_sites; // unique_ptr members: not copyable, so not a QList
};

} // namespace mt
