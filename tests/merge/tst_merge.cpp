// Randomized multi-site merge test: 2-3 sites edit the same alerts and incidents offline, then
// exchange events in random orders (in-memory hub, direct delivery or signed bundles) → identical state.
#include "MergeSites.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"
#include "services/Workspace.h"
#include "services/EventLogService.h"
#include "services/BundleService.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mt;

namespace {

constexpr int kCases = 520;

struct World
{
    MergeSites sites;
    QStringList alerts;
    QStringList incidents;
    MergeCast cast;
    int refused = 0;
    int applied = 0;
};

template<class T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(rng.bounded(int(list.size())));
}

// Shared start: alerts and incidents made at site 0 and delivered everywhere.
bool seedShared(World &w, QRandomGenerator &rng)
{
    Workspace &origin = w.sites.ws(0);
    const int alertCount = 1 + rng.bounded(3);
    for (int i = 0; i < alertCount; ++i) {
        RaiseAlertRequest r;
        r.severity = AlertSeverity(rng.bounded(3));
        r.module = Module(rng.bounded(7));
        r.title = QStringLiteral("alert %1").arg(i);
        const auto res = origin.alerts().raise(w.cast.l1, r);
        if (!res)
            return false;
        w.alerts << res->alertId;
    }
    const int incidentCount = 1 + rng.bounded(2);
    for (int i = 0; i < incidentCount; ++i) {
        OpenIncidentRequest r;
        r.title = QStringLiteral("incident %1").arg(i);
        r.severity = 1 + rng.bounded(4);
        r.alertIds = {pick(rng, w.alerts)};
        r.assignee = w.cast.l1.user;
        const auto id = origin.incidents().open(w.cast.ic, r);
        if (!id)
            return false;
        w.incidents << id.value();
    }
    const QList<Event> all = w.sites.events(0);
    for (int s = 1; s < w.sites.count(); ++s) {
        if (!w.sites.ws(s).events().importEvents(all).ok())
            return false;
    }
    return true;
}

Status incidentOp(Workspace &c, const Session &who, const QString &id, QRandomGenerator &rng)
{
    static const QStringList assignees{QStringLiteral("operator1"), QStringLiteral("operator2"),
                                       QStringLiteral("commander")};
    switch (rng.bounded(10)) {
    case 0: return c.incidents().assign(who, id, pick(rng, assignees));
    case 1: return c.incidents().changeSeverity(who, id, 1 + rng.bounded(4));
    case 2: return c.incidents().setStatus(who, id, rng.bounded(2) ? IncidentStatus::InProgress : IncidentStatus::Resolved);
    case 3: return c.incidents().escalate(who, id, QStringLiteral("manual"));
    case 4: return c.incidents().addNote(who, id, QStringLiteral("note from %1").arg(c.config().siteId));
    case 5: return c.incidents().tickChecklist(who, id, pick(rng, TriageStep::all()), rng.bounded(2) == 0);
    case 6: {
        CloseIncidentRequest r;
        r.resolution = QStringLiteral("fixed the upstream feed");
        r.evidenceNote = QStringLiteral("checked dashboard");
        r.kbRef = QStringLiteral("KB-1");
        return c.incidents().close(who, id, r);
    }
    case 7: return c.incidents().reopen(who, id, QStringLiteral("came back"));
    case 8: return c.incidents().setStatus(who, id, IncidentStatus::Open);
    default: return c.incidents().addNote(who, id, QStringLiteral("second note"));
    }
}

Status alertOp(Workspace &c, const Session &who, const QString &id, QRandomGenerator &rng)
{
    switch (rng.bounded(5)) {
    case 0: return c.alerts().acknowledge(who, id);
    case 1: return c.alerts().unacknowledge(who, id, QStringLiteral("not mine"));
    case 2: return c.alerts().resolve(who, id);
    case 3: return c.alerts().escalate(who, id);
    default: return c.alerts().shelve(who, id, c.clock().nowUtc().addSecs(600));
    }
}

// One real command at site s; refusals by the local rules are expected and counted.
void offlineOp(World &w, int s, QRandomGenerator &rng)
{
    Workspace &c = w.sites.ws(s);
    w.sites.clock(s).advanceMs(1000 * rng.bounded(3)); // whole seconds: equal HLCs across sites happen
    const Session who = pick(rng, w.cast.all());
    const bool onIncident = rng.bounded(3) != 0;
    const Status st = onIncident ? incidentOp(c, who, pick(rng, w.incidents), rng)
                                 : alertOp(c, who, pick(rng, w.alerts), rng);
    ++(st.ok() ? w.applied : w.refused);
}

QList<Event> shuffled(QList<Event> events, QRandomGenerator &rng)
{
    for (qsizetype i = events.size() - 1; i > 0; --i)
        events.swapItemsAt(i, rng.bounded(int(i + 1)));
    return events;
}

// Direct delivery: a random subset of one site's log, in random order, to another (may repeat).
bool directExchange(World &w, QRandomGenerator &rng, bool complete)
{
    const int n = w.sites.count();
    const int from = rng.bounded(n);
    const int to = (from + 1 + rng.bounded(n - 1)) % n;
    QList<Event> events = shuffled(w.sites.events(from), rng);
    if (!complete)
        events = events.mid(0, rng.bounded(int(events.size()) + 1));
    return w.sites.ws(to).events().importEvents(events).ok();
}

// A hub: union log in arrival order (its index is the server_seq), one pull cursor per site.
struct Hub
{
    QList<Event> log;
    QSet<QString> ids;
    QList<qsizetype> cursor;

    void push(const QList<Event> &events)
    {
        for (const Event &e : events) {
            if (!ids.contains(e.id)) {
                ids.insert(e.id);
                log.append(e);
            }
        }
    }
};

bool hubStep(World &w, Hub &hub, int s, QRandomGenerator &rng, bool complete)
{
    QList<Event> mine = shuffled(w.sites.events(s), rng);
    hub.push(complete ? mine : mine.mid(0, rng.bounded(int(mine.size()) + 1)));
    qsizetype &cur = hub.cursor[s];
    if (!complete && rng.bounded(5) == 0)
        cur = rng.bounded(int(cur) + 1); // a lost cursor: pages arrive twice
    const qsizetype page = complete ? hub.log.size() : 1 + rng.bounded(int(hub.log.size()) + 1);
    const QList<Event> got = hub.log.mid(cur, page);
    cur += got.size();
    return w.sites.ws(s).events().importEvents(got).ok();
}

} // namespace

namespace {

// Every site holds a trusted key of every other and ships bundles made for one peer (or anyone).
struct BundleNet
{
    QList<BundleSigningKey> keys;
    QTemporaryDir files;
    int count = 0;
};

bool trustAll(World &w, BundleNet &net)
{
    const int n = w.sites.count();
    for (int i = 0; i < n; ++i)
        net.keys.append(BundleSigningKey::generate());
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i != j && !w.sites.ws(i).bundles().trustPeer(&w.cast.admin, w.sites.siteId(j), net.keys[j].publicKey()).ok())
                return false;
        }
    }
    return true;
}

bool bundleTransfer(World &w, BundleNet &net, int from, int to, bool forAnyone, bool twice)
{
    const QString file = net.files.filePath(QStringLiteral("b%1.mtb").arg(++net.count));
    BundleExportOptions o;
    o.toSite = forAnyone ? QString() : w.sites.siteId(to);
    if (const auto made = w.sites.ws(from).bundles().exportBundle(&w.cast.l2, file, net.keys[from], o); !made) {
        qWarning() << "export failed:" << made.error().field << made.error().detail;
        return false;
    }
    for (int k = 0; k < (twice ? 2 : 1); ++k) {
        const auto r = w.sites.ws(to).bundles().importBundle(&w.cast.ic, file);
        if (!r || (k == 1 && r->newEvents != 0)) {
            qWarning() << "import failed:" << (r ? QStringLiteral("second import added events") : r.error().detail);
            return false;
        }
    }
    return true;
}

enum class Mode { Hub, Direct, Bundles };

bool exchange(World &w, Mode mode, QRandomGenerator &rng, Hub &hub, BundleNet &net)
{
    const int n = w.sites.count();
    const int steps = 2 + rng.bounded(6);
    for (int i = 0; i < steps; ++i) {
        bool ok = true;
        const int from = rng.bounded(n);
        const int to = (from + 1 + rng.bounded(n - 1)) % n;
        if (mode == Mode::Hub)
            ok = hubStep(w, hub, from, rng, false);
        else if (mode == Mode::Direct)
            ok = directExchange(w, rng, false);
        else
            ok = bundleTransfer(w, net, from, to, rng.bounded(4) == 0, rng.bounded(4) == 0);
        if (!ok)
            return false;
        if (rng.bounded(3) == 0)
            offlineOp(w, rng.bounded(n), rng); // edits keep happening between exchanges
    }
    return true;
}

// Until everyone has everything: full pushes then full pulls, all pairs, or bundles both ways.
bool complete(World &w, Mode mode, QRandomGenerator &rng, Hub &hub, BundleNet &net)
{
    const int n = w.sites.count();
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                if (mode == Mode::Hub && j == 0 && !hubStep(w, hub, i, rng, true))
                    return false;
                if (mode == Mode::Direct && i != j && !w.sites.ws(j).events().importEvents(shuffled(w.sites.events(i), rng)).ok())
                    return false;
                if (mode == Mode::Bundles && i != j && !bundleTransfer(w, net, i, j, false, false))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

class TstMerge : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_template;
    int m_applied = 0;
    int m_refused = 0;
    int m_conflicts = 0;

    QString runCase(int seed);
    QString check(World &w, Mode mode, const Hub &hub);

private slots:
    void initTestCase();
    void randomizedSites();
};

void TstMerge::initTestCase()
{
    QVERIFY(m_template.isValid());
    QVERIFY(MergeSites::makeTemplate(m_template.path(), MergeCast{}));
}

QString TstMerge::check(World &w, Mode mode, const Hub &hub)
{
    const QStringList ids = w.sites.eventIds(0);
    const QString state = w.sites.stateDump(0);
    for (int s = 0; s < w.sites.count(); ++s) {
        if (w.sites.eventIds(s) != ids)
            return QStringLiteral("site %1 has a different set of events (%2 vs %3)")
                .arg(s).arg(w.sites.eventIds(s).size()).arg(ids.size());
        if (w.sites.rowCount(s) != ids.size())
            return QStringLiteral("site %1 stores an event twice").arg(s);
        if (w.sites.stateDump(s) != state)
            return QStringLiteral("site %1 differs:\n%2\nvs site 0:\n%3").arg(s).arg(w.sites.stateDump(s), state);
        const auto chain = w.sites.ws(s).events().verifyAudit();
        if (!chain || !chain->intact)
            return QStringLiteral("site %1 hash chain broken").arg(s);
    }
    if (mode == Mode::Hub && QSet<QString>(ids.cbegin(), ids.cend()) != hub.ids)
        return QStringLiteral("the hub's log differs from the sites'");
    m_conflicts += int(state.count(QLatin1String("\"conflicts\":[{")));
    return {};
}

QString TstMerge::runCase(int seed)
{
    QRandomGenerator rng(quint32(seed) * 2654435761u + 17u);
    World w;
    const int n = 2 + rng.bounded(2);
    if (!w.sites.open(m_template.path(), n, rng) || !seedShared(w, rng))
        return QStringLiteral("set-up failed");
    const Mode mode = seed % 5 == 0 ? Mode::Bundles : seed % 2 ? Mode::Hub : Mode::Direct;
    Hub hub;
    hub.cursor.fill(0, n);
    BundleNet net;
    if (mode == Mode::Bundles && !trustAll(w, net))
        return QStringLiteral("trust failed");
    for (int s = 0; s < n; ++s) {
        const int ops = 2 + rng.bounded(5);
        for (int k = 0; k < ops; ++k)
            offlineOp(w, s, rng);
    }
    if (!exchange(w, mode, rng, hub, net) || !complete(w, mode, rng, hub, net))
        return QStringLiteral("an exchange failed");
    m_applied += w.applied;
    m_refused += w.refused;
    return check(w, mode, hub);
}

void TstMerge::randomizedSites()
{
    for (int seed = 1; seed <= kCases; ++seed) {
        const QString failure = runCase(seed);
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(failure)));
    }
    qInfo("%d cases: %d commands applied, %d refused by local rules, %d projections with conflicts",
          kCases, m_applied, m_refused, m_conflicts);
    QVERIFY(m_applied > kCases * 3);
    QVERIFY(m_refused > 0);
    QVERIFY(m_conflicts > 0);
}

QTEST_GUILESS_MAIN(TstMerge)
#include "tst_merge.moc"
