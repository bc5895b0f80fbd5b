// Database tests: migrations, version and integrity refusal, pragmas, transactions, disk full, backup/restore.
#include "StorageTestUtil.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/Repositories.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

namespace {

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).toString();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Appends `n` raised alerts; returns their ids.
QStringList addAlerts(Database &db, test::EventFactory &f, int n)
{
    QList<Event> events;
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        ids << f.newId();
        events << f.raiseAlert(ids.last(), AlertSeverity::Critical, Module::HR, QStringLiteral("alert %1").arg(i));
    }
    EventStore store(db);
    auto r = store.append(events);
    return r ? ids : QStringList();
}

// Writes alerts the way an app at schema v1/v2 did: only the columns those versions had
// (today's EventStore expects newer columns, so it cannot stand in for an old app).
QStringList addAlertsAsOldApp(Database &db, test::EventFactory &f, int n, qint64 *maxHlc)
{
    QStringList ids;
    QSqlQuery head(db.sql());
    if (!head.exec(QStringLiteral("SELECT count, last_hash FROM audit_head WHERE id = 1")) || !head.next())
        return {};
    qint64 count = head.value(0).toLongLong();
    QByteArray prev = head.value(1).toByteArray();
    head.finish();
    for (int i = 0; i < n; ++i) {
        const QString id = f.newId();
        const Event e = f.raiseAlert(id, AlertSeverity::Critical, Module::HR, QStringLiteral("old alert %1").arg(i));
        const QByteArray hash = QCryptographicHash::hash(prev + canonicalBytes(e), QCryptographicHash::Sha256);
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO events (id, entity_type, entity_id, type, payload, actor, site_id, hlc, "
                                 "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(e.id), QVariant(e.entityType), QVariant(e.entityId), QVariant(e.type),
                                  QVariant(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))),
                                  QVariant(e.actor), QVariant(e.siteId), QVariant(e.hlc.value), QVariant(prev),
                                  QVariant(hash)})
            q.addBindValue(v);
        if (!q.exec())
            return {};
        QSqlQuery a(db.sql());
        a.prepare(QStringLiteral("INSERT INTO alerts (id, site_id, module, severity, title, state, raised_at_ms, "
                                 "last_seen_ms, last_hlc) VALUES (?, ?, 'hr', 2, ?, 0, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(id), QVariant(e.siteId), QVariant(e.payload.value(QStringLiteral("title")).toString()),
                                  QVariant(e.occurredAtMs()), QVariant(e.occurredAtMs()), QVariant(e.hlc.value)})
            a.addBindValue(v);
        if (!a.exec())
            return {};
        prev = hash;
        ++count;
        *maxHlc = std::max(*maxHlc, e.hlc.value);
        ids << id;
    }
    QSqlQuery upd(db.sql());
    // From v3 on, an app also kept the HLC high-water mark with the head.
    if (db.schemaVersion() >= 3) {
        upd.prepare(QStringLiteral("UPDATE audit_head SET count = ?, last_hash = ?, max_hlc = ? WHERE id = 1"));
        upd.addBindValue(count);
        upd.addBindValue(prev);
        upd.addBindValue(*maxHlc);
    } else {
        upd.prepare(QStringLiteral("UPDATE audit_head SET count = ?, last_hash = ? WHERE id = 1"));
        upd.addBindValue(count);
        upd.addBindValue(prev);
    }
    return upd.exec() ? ids : QStringList();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void opensEmptyAtLatestVersion();
    void walAndForeignKeysAreOn();
    void migratesFromEachOlderVersion_data();
    void migratesFromEachOlderVersion();
    void refusesNewerSchema();
    void detectsCorruptFileAndLeavesItUntouched();
    void deferredCheckRefusesWritesUntilItPasses();
    void deferredCheckOfCorruptFileNeverWrites();
    void transactionRollsBackAndNests();
    void busyMapsToDatabaseLocked();
    void fromSqlErrorMapsNativeCodes();
    void diskFullKeepsOldDataIntact();
    void backupAndRestoreRoundTrip();
    void restoreRefusesBadBackups();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::opensEmptyAtLatestVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.db"));
    auto db = Database::open(path, QStringLiteral("c1"));
    QVERIFY2(db.ok(), qPrintable(db.error().detail));
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.value()->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(version), MAX(version) FROM schema_migrations")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
    QCOMPARE(q.value(1).toInt(), 1);
    q.finish();
    for (const char *table : {"events", "alerts", "incidents", "incident_alerts", "users", "credentials",
                              "attachments", "audit_head", "settings"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)));
    }
}

void TestDatabase::walAndForeignKeysAreOn()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("pragmas.db")), QStringLiteral("c2"));
    QVERIFY(db.ok());
    QCOMPARE(pragma(*db.value(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(*db.value(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(*db.value(), QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
    QCOMPARE(pragma(*db.value(), QStringLiteral("busy_timeout")), QStringLiteral("5000"));
    // Foreign keys are enforced: an attachment of an unknown incident fails.
    const Status st = AttachmentRepository::insert(db.value()->sql(), AttachmentInfo{QStringLiteral("a"),
                                                       QStringLiteral("nope"), QStringLiteral("f"), 1,
                                                       QStringLiteral("x"), 1, QStringLiteral("u")},
                                                   QByteArray("x"));
    QVERIFY(!st.ok());
}

void TestDatabase::migratesFromEachOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < Database::latestSchemaVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestDatabase::migratesFromEachOlderVersion()
{
    QFETCH(int, from);
    const QString path = m_dir.filePath(QStringLiteral("old%1.db").arg(from));
    test::EventFactory f;
    QStringList ids;
    qint64 oldMaxHlc = 0;
    {
        auto old = Database::openMigratedTo(path, QStringLiteral("old"), from);
        QVERIFY2(old.ok(), qPrintable(old.error().detail));
        QCOMPARE(old.value()->schemaVersion(), from);
        ids = addAlertsAsOldApp(*old.value(), f, 5, &oldMaxHlc);
        QCOMPARE(ids.size(), 5);
    }
    auto db = Database::open(path, QStringLiteral("new"));
    QVERIFY2(db.ok(), qPrintable(db.error().detail));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    AlertRepository alerts(*db.value());
    for (const QString &id : ids) {
        auto a = alerts.find(id);
        QVERIFY(a.ok() && a.value().has_value());
    }
    auto chain = EventStore(*db.value()).verifyChain();
    QVERIFY(chain.ok() && chain->intact);
    // 003 back-fills the HLC high-water mark from the events already stored.
    QCOMPARE(EventStore(*db.value()).maxHlc().value().value, oldMaxHlc);
    // And the migrated database takes new events through today's code.
    QCOMPARE(addAlerts(*db.value(), f, 2).size(), 2);
    QCOMPARE(chain->checked, qint64(5));
}

void TestDatabase::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = Database::open(path, QStringLiteral("n1"));
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future')")
                           .arg(Database::latestSchemaVersion() + 5)));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, QStringLiteral("n2"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::DatabaseTooNew);
    QVERIFY2(db.error().detail.contains(QString::number(Database::latestSchemaVersion() + 5)) &&
                 db.error().detail.contains(QString::number(Database::latestSchemaVersion())),
             qPrintable(db.error().detail));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::detectsCorruptFileAndLeavesItUntouched()
{
    const QString good = m_dir.filePath(QStringLiteral("good.db"));
    {
        auto db = Database::open(good, QStringLiteral("g"));
        QVERIFY(db.ok());
        test::EventFactory f;
        QCOMPARE(addAlerts(*db.value(), f, 300).size(), 300);
    }
    QVERIFY(!QFile::exists(good + QStringLiteral("-wal"))); // a clean close checkpoints the WAL
    const QString bad = m_dir.filePath(QStringLiteral("bad.db"));
    QVERIFY(QFile::copy(good, bad));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(f.size() > 8 * pageSize);
        for (qint64 page = 2; page < f.size() / pageSize; page += 2) { // every other page after the first
            f.seek(page * pageSize + 100);
            f.write(QByteArray(1000, '\xA5'));
        }
    }
    const QByteArray before = fileHash(bad);
    auto db = Database::open(bad, QStringLiteral("b"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::DatabaseCorrupt);
    QCOMPARE(fileHash(bad), before);
}

void TestDatabase::deferredCheckRefusesWritesUntilItPasses()
{
    const QString path = m_dir.filePath(QStringLiteral("deferred.db"));
    test::EventFactory f;
    {
        auto db = Database::open(path, QStringLiteral("d0"));
        QVERIFY(db.ok());
        QCOMPARE(addAlerts(*db.value(), f, 10).size(), 10);
    }
    auto db = Database::open(path, QStringLiteral("d1"), Database::Mode::ReadWrite, Database::IntegrityCheck::Deferred);
    QVERIFY(db.ok());
    Database &d = *db.value();
    QVERIFY(!d.integrityVerified());
    // Reads work at once (the console can paint) ...
    QCOMPARE(AlertRepository(d).count(AlertFilter{}).value(), 10);
    // ... but every write is refused, by our code and by SQLite itself (query_only).
    auto appended = EventStore(d).append({f.raiseAlert(f.newId(), AlertSeverity::Info, Module::HR, QStringLiteral("x"))});
    QVERIFY(!appended.ok());
    QCOMPARE(appended.error().code, ErrorCode::DatabaseReadOnly);
    const Status raw = SettingsRepository::set(d.sql(), QStringLiteral("k"), QStringLiteral("v"));
    QCOMPARE(raw.code, ErrorCode::DatabaseReadOnly);
    const Status check = Database::quickCheckFile(path);
    QVERIFY2(check.ok(), qPrintable(check.detail));
    d.completeDeferredCheck(check);
    QVERIFY(d.integrityVerified());
    QCOMPARE(addAlerts(d, f, 1).size(), 1);
}

void TestDatabase::deferredCheckOfCorruptFileNeverWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("deferred-bad.db"));
    {
        auto db = Database::open(path, QStringLiteral("db0"));
        QVERIFY(db.ok());
        test::EventFactory f;
        QCOMPARE(addAlerts(*db.value(), f, 300).size(), 300);
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page = 3; page < file.size() / 4096; page += 2) {
            file.seek(page * 4096 + 100);
            file.write(QByteArray(1000, '\xA5'));
        }
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, QStringLiteral("db1"), Database::Mode::ReadWrite, Database::IntegrityCheck::Deferred);
    if (db.ok()) { // the header survived: the open is quick, the background check must catch it
        const Status check = Database::quickCheckFile(path);
        QCOMPARE(check.code, ErrorCode::DatabaseCorrupt);
        db.value()->completeDeferredCheck(check);
        QVERIFY(!db.value()->integrityVerified());
        test::EventFactory f;
        QVERIFY(addAlerts(*db.value(), f, 1).isEmpty());
        db.value().reset(); // close before comparing bytes
    }
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::transactionRollsBackAndNests()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("tx.db")), QStringLiteral("tx"));
    QVERIFY(db.ok());
    Database &d = *db.value();
    auto put = [&](const QString &k) { return SettingsRepository::set(d.sql(), k, QStringLiteral("v")); };
    Status st = d.transaction([&] {
        if (Status s = put(QStringLiteral("a")); !s.ok())
            return s;
        return d.transaction([&] { // joins the outer one
            if (!d.inTransaction())
                return Error::make(ErrorCode::Internal);
            return put(QStringLiteral("b"));
        });
    });
    QVERIFY(st.ok());
    st = d.transaction([&] {
        put(QStringLiteral("c"));
        return d.transaction([&] { return Error::make(ErrorCode::Validation, QStringLiteral("inner")); });
    });
    QCOMPARE(st.code, ErrorCode::Validation);
    QVERIFY(!d.inTransaction());
    QVERIFY(SettingsRepository::get(d.sql(), QStringLiteral("b")).value().has_value());
    QVERIFY(!SettingsRepository::get(d.sql(), QStringLiteral("c")).value().has_value());
}

void TestDatabase::busyMapsToDatabaseLocked()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.db"));
    auto a = Database::open(path, QStringLiteral("busyA"));
    auto b = Database::open(path, QStringLiteral("busyB"));
    QVERIFY(a.ok() && b.ok());
    QSqlQuery q(b.value()->sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    const Status st = a.value()->transaction([&] {
        return b.value()->transaction([] { return Status{}; }); // the other connection must wait
    });
    QCOMPARE(st.code, ErrorCode::DatabaseLocked);
}

void TestDatabase::fromSqlErrorMapsNativeCodes()
{
    auto code = [](const char *native) {
        return Database::fromSqlError(QSqlError(QStringLiteral("d"), QStringLiteral("t"), QSqlError::StatementError,
                                                QString::fromLatin1(native)),
                                      QStringLiteral("ctx"))
            .code;
    };
    QCOMPARE(code("13"), ErrorCode::DiskFull);
    QCOMPARE(code("5"), ErrorCode::DatabaseLocked);
    QCOMPARE(code("6"), ErrorCode::DatabaseLocked);
    QCOMPARE(code("517"), ErrorCode::DatabaseLocked); // SQLITE_BUSY_SNAPSHOT (extended)
    QCOMPARE(code("11"), ErrorCode::DatabaseCorrupt);
    QCOMPARE(code("1"), ErrorCode::Internal);
    QCOMPARE(code(""), ErrorCode::Internal);
}

void TestDatabase::diskFullKeepsOldDataIntact()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("full.db")), QStringLiteral("full"));
    QVERIFY(db.ok());
    test::EventFactory f;
    QCOMPARE(addAlerts(*db.value(), f, 20).size(), 20);
    const QString pages = pragma(*db.value(), QStringLiteral("page_count"));
    QCOMPARE(pragma(*db.value(), QStringLiteral("max_page_count = ") + pages), pages);
    QList<Event> big;
    for (int i = 0; i < 2000; ++i)
        big << f.raiseAlert(f.newId(), AlertSeverity::Info, Module::Reports, QString(200, QLatin1Char('x')));
    EventStore store(*db.value());
    auto r = store.append(big);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::DiskFull);
    QVERIFY(db.value()->quickCheck().ok());
    QCOMPARE(store.count().value(), qint64(20));
    QVERIFY(store.verifyChain()->intact);
    QCOMPARE(AlertRepository(*db.value()).count(AlertFilter{}).value(), qint64(20));
}

void TestDatabase::backupAndRestoreRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("live/medtrack.db"));
    const QString backup = m_dir.filePath(QStringLiteral("live/backups/medtrack-20261124-0100.db"));
    test::EventFactory f;
    QStringList first;
    {
        auto db = Database::open(path, QStringLiteral("live"));
        QVERIFY(db.ok());
        first = addAlerts(*db.value(), f, 10);
        QVERIFY(db.value()->backupTo(backup).ok());
        QCOMPARE(addAlerts(*db.value(), f, 5).size(), 5);
    }
    QCOMPARE(Database::newestBackup(path), QFileInfo(backup).absoluteFilePath());
    const Status st = Database::restore(backup, path);
    QVERIFY2(st.ok(), qPrintable(st.detail));
    QVERIFY(QFile::exists(path + QStringLiteral(".before-restore")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    auto db = Database::open(path, QStringLiteral("restored"));
    QVERIFY(db.ok());
    EventStore store(*db.value());
    QCOMPARE(store.count().value(), qint64(10));
    QVERIFY(store.verifyChain()->intact);
    QVERIFY(AlertRepository(*db.value()).find(first.last()).value().has_value());
    auto old = Database::open(path + QStringLiteral(".before-restore"), QStringLiteral("old"), Database::Mode::ReadOnly);
    QVERIFY(old.ok());
    QCOMPARE(EventStore(*old.value()).count().value(), qint64(15));
}

void TestDatabase::restoreRefusesBadBackups()
{
    const QString path = m_dir.filePath(QStringLiteral("target.db"));
    {
        auto db = Database::open(path, QStringLiteral("target"));
        QVERIFY(db.ok());
    }
    const QByteArray before = fileHash(path);
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.db"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(8192, 'z'));
    g.close();
    QCOMPARE(Database::restore(garbage, path).code, ErrorCode::DatabaseCorrupt);
    QCOMPARE(Database::restore(m_dir.filePath(QStringLiteral("missing.db")), path).code, ErrorCode::NotFound);
    const QString future = m_dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(future, QStringLiteral("future"));
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'x')")));
        QVERIFY(db.value()->backupTo(future + QStringLiteral(".bak")).ok());
    }
    QCOMPARE(Database::restore(future + QStringLiteral(".bak"), path).code, ErrorCode::DatabaseTooNew);
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
