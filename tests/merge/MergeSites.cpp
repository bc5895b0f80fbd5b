// MergeSites: copies a template database per site, writes its site id, opens a Workspace, and dumps state.
#include "MergeSites.h"

#include "SideDatabase.h"
#include "storage/Database.h"
#include "services/AdminService.h"
#include "services/EventLogService.h"
#include "services/Workspace.h"
#include "services/AccountService.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mt {

namespace {

const WorkspaceOptions kOptions{WorkspaceOptions::KdfStrength::FastForTests, QStringLiteral("merge-test")};

QString dumpTable(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return QStringLiteral("<query failed: %1>").arg(sql);
    QString out;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        for (int c = 0; c < rec.count(); ++c)
            out += rec.fieldName(c) + QLatin1Char('=') + q.value(c).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

bool MergeSites::makeTemplate(const QString &dir, const MergeCast &cast)
{
    AppConfig config;
    config.siteId = QStringLiteral("seed");
    if (!config.save(dir).ok())
        return false;
    FakeClock clock;
    auto ws = Workspace::open(dir, clock, kOptions);
    if (!ws)
        return false;
    Workspace &c = *ws.value();
    if (!c.accounts().addUser(nullptr, cast.admin.user, cast.admin.displayName, cast.admin.role, QStringLiteral("admin-pass-2026")).ok())
        return false;
    for (const Session &s : {cast.l1, cast.l2, cast.ic}) {
        if (!c.accounts().addUser(&cast.admin, s.user, s.displayName, s.role, s.user + QStringLiteral("-pass-2026")).ok())
            return false;
    }
    return true;
}

bool MergeSites::open(const QString &templateDir, int count, QRandomGenerator &rng)
{
    const bool sameClocks = rng.bounded(3) == 0;
    static const char *ids[] = {"site-a", "site-b", "site-c"};
    for (int i = 0; i < count; ++i) {
        MergeSite s;
        s.id = QString::fromLatin1(ids[i]);
        s.dir = std::make_unique<QTemporaryDir>();
        const QString path = s.dir->path();
        if (!QFile::copy(AdminService::databasePath(templateDir), AdminService::databasePath(path)))
            return false;
        const QString wal = AdminService::databasePath(templateDir) + QStringLiteral("-wal");
        if (QFile::exists(wal) && !QFile::copy(wal, AdminService::databasePath(path) + QStringLiteral("-wal")))
            return false;
        AppConfig config;
        config.siteId = s.id;
        if (!config.save(path).ok())
            return false;
        // Skew of up to ±2 minutes: the sites' wall clocks disagree, as in the field, but stay inside the
        // 5 minutes a receiver accepts (limits::kMaxClockAheadMs); sites further apart hold events back
        // until their clocks agree (tst_bundle_clock, tst_hubsync_worker, tst_hub_clock). One case in
        // three keeps them equal, so events at different sites get equal HLCs and the site-id
        // tie-break has to decide.
        s.clock = std::make_unique<FakeClock>();
        if (!sameClocks)
            s.clock->advanceMs(rng.bounded(240'000) - 120'000);
        auto ws = Workspace::open(path, *s.clock, kOptions);
        if (!ws)
            return false;
        s.ws = std::move(ws).value();
        s.side = test::sideDatabase(path);
        if (!s.side)
            return false;
        m_sites.push_back(std::move(s));
    }
    return true;
}

QList<Event> MergeSites::events(int i) const
{
    const auto r = m_sites[size_t(i)].ws->events().loggedEvents(0, 1'000'000);
    QList<Event> out;
    if (r) {
        for (const LoggedEvent &le : r.value())
            out.append(le.event);
    }
    return out;
}

QString MergeSites::stateDump(int i) const
{
    QSqlDatabase &db = m_sites[size_t(i)].side->sql();
    return dumpTable(db, QStringLiteral("SELECT * FROM alerts ORDER BY id"))
        + dumpTable(db, QStringLiteral("SELECT * FROM incidents ORDER BY id"))
        + dumpTable(db, QStringLiteral("SELECT * FROM incident_alerts ORDER BY incident_id, alert_id"))
        + dumpTable(db, QStringLiteral("SELECT * FROM users ORDER BY name"));
}

QStringList MergeSites::eventIds(int i) const
{
    QSqlQuery q(m_sites[size_t(i)].side->sql());
    q.exec(QStringLiteral("SELECT id FROM events ORDER BY id"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 MergeSites::rowCount(int i) const
{
    QSqlQuery q(m_sites[size_t(i)].side->sql());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM events"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace mt
