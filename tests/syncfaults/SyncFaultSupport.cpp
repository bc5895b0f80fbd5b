// Implements the sync fault test helpers (real processes, real files; nothing mocked).
#include "SyncFaultSupport.h"

#include "common/Clock.h"
#include "services/Workspace.h"
#include "services/AlertService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QTest>
#include <QThread>

#include <httplib.h>
#include <unistd.h>

#include <atomic>

namespace mt::test {

const QRegularExpression kRetryLine(QStringLiteral(R"(^medtrackctl: sync: retry ([1-3])/3 in (\d+\.\d) s: (.+)$)"));

// ---------------------------------------------------------------- HubRunner

HubRunner::HubRunner(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

HubRunner::~HubRunner()
{
    stop();
}

bool HubRunner::start(quint16 port)
{
    QElapsedTimer t;
    t.start();
    do {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(MT_HUB_EXE),
                         {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(port)});
        QByteArray out;
        while (!out.contains('\n') && m_process->waitForReadyRead(15000))
            out += m_process->readAllStandardOutput();
        const QString line = QString::fromUtf8(out).section(QLatin1Char('\n'), 0, 0);
        if (line.startsWith(QLatin1String("listening on "))) {
            m_port = static_cast<quint16>(line.section(QLatin1Char(':'), -1).toUInt());
            m_pid = m_process->processId();
            return m_port != 0;
        }
        m_process->waitForFinished(5000);
        m_log += m_process->readAllStandardError();
        QThread::msleep(250);
    } while (port != 0 && t.elapsed() < 15000); // a killed hub's port may take a moment to be free
    return false;
}

bool HubRunner::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void HubRunner::stop()
{
    if (!running())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_log += m_process->readAllStandardError();
}

void HubRunner::kill()
{
    if (!running())
        return;
    m_process->kill(); // SIGKILL
    m_process->waitForFinished(10000);
    m_log += m_process->readAllStandardError();
}

QString HubRunner::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString HubRunner::adminSecret(const QStringList &command) const
{
    QProcess p;
    p.start(QStringLiteral(MT_HUB_EXE), QStringList{QStringLiteral("--data-dir"), m_dataDir} + command);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(QStringLiteral(": "), -1);
}

QString HubRunner::log() const
{
    QByteArray all = m_log;
    if (m_process)
        all += m_process->readAllStandardError();
    return QString::fromUtf8(all.right(4000));
}

// ---------------------------------------------------------------- medtrackctl

QJsonObject CtlRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QStringList CtlRun::errLines() const
{
    return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList CtlRun::retryLines() const
{
    QStringList out;
    for (const QString &l : errLines()) {
        if (kRetryLine.match(l).hasMatch())
            out << l;
    }
    return out;
}

QString CtlRun::describe() const
{
    return QStringLiteral("exit %1; stdout: %2; stderr: %3")
        .arg(code)
        .arg(QString::fromUtf8(out.left(600)), QString::fromUtf8(err.right(2000)));
}

CtlRun runCtl(const QString &dataDir, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(MEDTRACKCTL_PATH),
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dataDir} + args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return CtlRun{-1, p.readAllStandardOutput(), p.readAllStandardError() + "\n[test: timed out]"};
    }
    return CtlRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

CtlRun runSync(const QString &dataDir, const QString &hubUrl, const QString &enrolSite, const QString &enrolCode)
{
    QStringList args{QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--hub"), hubUrl};
    if (!enrolSite.isEmpty())
        args << QStringLiteral("--enrol-site") << enrolSite << QStringLiteral("--enrol-code") << enrolCode;
    return runCtl(dataDir, args);
}

bool prepareClient(const QString &dataDir, const QString &site)
{
    if (!QDir().mkpath(dataDir))
        return false;
    AppConfig cfg = AppConfig::load(dataDir);
    cfg.siteId = site;
    cfg.language = QStringLiteral("en");
    return cfg.save(dataDir).ok();
}

QStringList raiseAlerts(const QString &dataDir, int n, const QString &titlePrefix, int detailsChars)
{
    const SystemClock clock;
    WorkspaceOptions opts;
    opts.kdf = WorkspaceOptions::KdfStrength::FastForTests;
    opts.component = QStringLiteral("test");
    auto ws = Workspace::open(dataDir, clock, opts);
    if (!ws)
        return {};
    static const Module modules[] = {Module::Logistics, Module::Distribution, Module::HR, Module::MedicalServices};
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        RaiseAlertRequest r;
        r.severity = static_cast<AlertSeverity>(i % 3);
        r.module = modules[i % 4];
        r.title = QStringLiteral("%1 %2").arg(titlePrefix).arg(i);
        r.details = QString(detailsChars, QLatin1Char('a' + i % 26));
        r.resource = QStringLiteral("host-%1").arg(i % 17);
        auto res = ws.value()->alerts().raise(Session::system(), r);
        if (!res)
            return {};
        ids << res->alertId;
    }
    return ids;
}

// ---------------------------------------------------------------- ClientDb

namespace {

// Runs `fn` on a private read-only connection to the client's database.
template <typename Fn>
void withDb(const QString &dataDir, Fn fn)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("syncfaults-peek-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/medtrack.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            fn(db);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

qint64 ClientDb::scalar(const QString &dataDir, const QString &sql)
{
    qint64 v = -1;
    withDb(dataDir, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            v = q.value(0).toLongLong();
    });
    return v;
}

qint64 ClientDb::outbox(const QString &dataDir)
{
    // Pulled events always carry the hub's server_seq, so NULL means "made here, not on the hub yet".
    return scalar(dataDir, QStringLiteral("SELECT COUNT(*) FROM events WHERE server_seq IS NULL "
                                          "AND type NOT LIKE 'user.%'"));
}

QHash<QString, qint64> ClientDb::serverSeqs(const QString &dataDir)
{
    QHash<QString, qint64> out;
    withDb(dataDir, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, COALESCE(server_seq, 0) FROM events WHERE type NOT LIKE 'user.%'")))
            return;
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    });
    return out;
}

qint64 ClientDb::cursor(const QString &dataDir, const QString &hubUrl)
{
    qint64 v = -1;
    withDb(dataDir, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT since FROM sync_cursor WHERE hub_url = ?"));
        q.addBindValue(hubUrl);
        if (q.exec() && q.next())
            v = q.value(0).toLongLong();
    });
    return v;
}

QStringList ClientDb::alertRows(const QString &dataDir)
{
    QStringList rows;
    withDb(dataDir, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM alerts ORDER BY id")))
            return;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.record().fieldName(i) + QLatin1Char('=') + q.value(i).toString();
            rows << cols.join(QLatin1Char('|'));
        }
    });
    return rows;
}

// ---------------------------------------------------------------- hub

HubCensus HubCensus::take(quint16 hubPort, const QString &token)
{
    HubCensus c;
    httplib::Client cli("127.0.0.1", hubPort);
    cli.set_read_timeout(60, 0);
    const httplib::Headers headers{{"Authorization", "Bearer " + token.toStdString()}};
    qint64 since = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        auto res = cli.Get(QStringLiteral("/api/v1/events?since=%1&limit=1000").arg(since).toStdString(), headers);
        if (!res || res->status != 200) {
            c.error = res ? QStringLiteral("HTTP %1: %2").arg(res->status).arg(QString::fromStdString(res->body))
                          : QStringLiteral("no answer");
            return c;
        }
        const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
        for (const QJsonValue &v : page.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString id = e.value(QStringLiteral("id")).toString();
            c.events.append({id, static_cast<qint64>(e.value(QStringLiteral("server_seq")).toDouble())});
            c.entities.insert(e.value(QStringLiteral("entity_id")).toString());
            ++c.timesSeen[id];
        }
        since = static_cast<qint64>(page.value(QStringLiteral("next_since")).toDouble());
        if (!page.value(QStringLiteral("more")).toBool()) {
            c.ok = true;
            return c;
        }
    }
    c.error = QStringLiteral("too many pages");
    return c;
}

QStringList HubCensus::doubled() const
{
    QStringList out;
    for (auto it = timesSeen.cbegin(); it != timesSeen.cend(); ++it) {
        if (it.value() != 1)
            out << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    }
    return out;
}

QString enrolToken(quint16 hubPort, const QString &site, const QString &code, const QString &device)
{
    httplib::Client cli("127.0.0.1", hubPort);
    const QJsonObject body{{QStringLiteral("site_id"), site}, {QStringLiteral("enrolment_code"), code},
                           {QStringLiteral("device_name"), device}};
    auto res = cli.Post("/api/v1/enrol", QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                        "application/json");
    if (!res || res->status / 100 != 2) {
        qWarning("enrol %s on port %d: %s", qPrintable(device), hubPort,
                 res ? (std::to_string(res->status) + " " + res->body).c_str() : httplib::to_string(res.error()).c_str());
        return {};
    }
    return QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object().value(QStringLiteral("token")).toString();
}

// ---------------------------------------------------------------- tmpfs

namespace {

int runPrivileged(bool sudo, const QString &program, const QStringList &args, QString *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (sudo)
        p.start(QStringLiteral("sudo"), QStringList{QStringLiteral("-n"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(30000))
        return -1;
    if (out)
        *out = QString::fromLocal8Bit(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

TmpfsMount::~TmpfsMount()
{
    unmount();
}

bool TmpfsMount::mount(const QString &dir, qint64 bytes, QString *why)
{
    m_dir = dir;
    m_sudo = ::geteuid() != 0;
    const QStringList args{QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=%1,mode=0777").arg(bytes), QStringLiteral("tmpfs"), dir};
    if (runPrivileged(m_sudo, QStringLiteral("mount"), args, why) != 0)
        return false;
    m_mounted = true;
    return true;
}

void TmpfsMount::unmount()
{
    if (!m_mounted)
        return;
    if (runPrivileged(m_sudo, QStringLiteral("umount"), {m_dir}, nullptr) != 0)
        runPrivileged(m_sudo, QStringLiteral("umount"), {QStringLiteral("-l"), m_dir}, nullptr);
    m_mounted = false;
}

qint64 TmpfsMount::freeBytes() const
{
    QStorageInfo info(m_dir);
    info.refresh();
    return info.bytesAvailable();
}

bool TmpfsMount::fillLeaving(qint64 leaveFree, QString *why)
{
    QFile f(m_dir + QStringLiteral("/filler.bin"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return *why = f.errorString(), false;
    const QByteArray chunk(64 * 1024, '\xAA');
    for (qint64 left = freeBytes() - leaveFree; left > 0; left -= chunk.size()) {
        const qint64 n = std::min<qint64>(left, chunk.size());
        if (f.write(chunk.constData(), n) != n)
            return *why = f.errorString(), false;
    }
    if (!f.flush())
        return *why = f.errorString(), false;
    f.close();
    return true;
}

bool TmpfsMount::removeFiller()
{
    return QFile::remove(m_dir + QStringLiteral("/filler.bin"));
}

} // namespace mt::test

// ---------------------------------------------------------------- SyncWorld

namespace mt::test {

bool SyncWorld::setUp(QString *why, bool *noKeychain, const QString &clientB)
{
    *noKeychain = false;
    if (!m_root.isValid())
        return *why = QStringLiteral("no temp dir"), false;
    m_hub = std::make_unique<HubRunner>(m_root.filePath(QStringLiteral("hub")));
    const QString code = m_hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"),
                                             site(), QStringLiteral("--name"), QStringLiteral("Fault site"),
                                             QStringLiteral("--uses"), QStringLiteral("50")});
    if (code.isEmpty())
        return *why = QStringLiteral("hub admin site add failed"), false;
    if (!m_hub->start())
        return *why = QStringLiteral("hub did not start: ") + m_hub->log(), false;
    m_proxy = std::make_unique<FaultProxy>(m_hub->port());
    if (!m_proxy->start())
        return *why = QStringLiteral("proxy did not start"), false;
    m_censusToken = enrolToken(m_hub->port(), site(), code, QStringLiteral("census"));
    if (m_censusToken.isEmpty())
        return *why = QStringLiteral("census enrolment failed"), false;
    m_a = m_root.filePath(QStringLiteral("client-a"));
    m_b = clientB.isEmpty() ? m_root.filePath(QStringLiteral("client-b")) : clientB;
    for (const QString &dir : {m_a, m_b}) {
        if (!prepareClient(dir, site()))
            return *why = QStringLiteral("cannot prepare ") + dir, false;
        const CtlRun r = runSync(dir, url(), site(), code);
        if (r.code != 0) {
            *noKeychain = r.err.contains("keychain") || r.err.contains("secret service");
            return *why = QStringLiteral("enrolment of %1 failed: %2").arg(dir, r.describe()), false;
        }
    }
    return true;
}

void checkNothingLostNothingDoubled(SyncWorld &w, const QStringList &expectedAlertIds)
{
    const HubCensus census = HubCensus::take(w.hub().port(), w.censusToken());
    QVERIFY2(census.ok, qPrintable(census.error));
    QVERIFY2(census.doubled().isEmpty(), qPrintable(QStringLiteral("doubled at the hub: ") + census.doubled().join(u' ')));
    QHash<QString, qint64> hubSeq;
    for (const auto &[id, seq] : census.events)
        hubSeq.insert(id, seq);
    for (const QString &id : expectedAlertIds)
        QVERIFY2(census.entities.contains(id), qPrintable(QStringLiteral("lost: alert %1 is not on the hub").arg(id)));

    const QHash<QString, qint64> a = w.sync(w.a()).code == 0 ? ClientDb::serverSeqs(w.a()) : QHash<QString, qint64>{};
    QVERIFY2(!a.isEmpty(), "clean sync of A failed or A holds no events");
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        QVERIFY2(hubSeq.contains(it.key()), qPrintable(QStringLiteral("A's event %1 never reached the hub").arg(it.key())));
        QVERIFY2(it.value() == hubSeq.value(it.key()),
                 qPrintable(QStringLiteral("A's event %1 has server_seq %2, the hub says %3")
                                .arg(it.key()).arg(it.value()).arg(hubSeq.value(it.key()))));
    }
    QCOMPARE(ClientDb::outbox(w.a()), qint64(0));

    const CtlRun syncB = w.sync(w.b());
    QVERIFY2(syncB.code == 0, qPrintable(syncB.describe()));
    const QHash<QString, qint64> b = ClientDb::serverSeqs(w.b());
    QCOMPARE(b.size(), hubSeq.size());
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        QVERIFY2(hubSeq.value(it.key(), -1) == it.value(), qPrintable(QStringLiteral("B: %1").arg(it.key())));
    QCOMPARE(ClientDb::outbox(w.b()), qint64(0));
    QCOMPARE(ClientDb::cursor(w.b(), w.url()), census.events.isEmpty() ? 0 : census.events.last().second);
    const QStringList rowsA = ClientDb::alertRows(w.a());
    const QStringList rowsB = ClientDb::alertRows(w.b());
    QVERIFY(!rowsA.isEmpty());
    QCOMPARE(rowsB.size(), rowsA.size());
    QCOMPARE(rowsB, rowsA);
}

qint64 sumOf(const QList<CtlRun> &runs, const char *key)
{
    qint64 n = 0;
    for (const CtlRun &r : runs)
        n += r.json().value(QLatin1String(key)).toInteger();
    return n;
}

} // namespace mt::test
