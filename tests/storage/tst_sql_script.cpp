// The migration runner shared by the app and the hub: statements split where the server splits them (never
// on a ';' inside a literal), a file that cannot be read is an error, and the version is recorded with it.
#include "storage/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;

namespace {

const QString kLiteralMigration = QStringLiteral(
    "-- a comment; with a semicolon\n"
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);\n"
    "INSERT INTO notes (text) VALUES ('one; two');\n"
    "INSERT INTO notes (text) VALUES ('it''s; quoted');\n"
    "/* block; comment */ INSERT INTO \"notes\" (text) VALUES ('three;');\n"
    "CREATE TRIGGER notes_upper AFTER INSERT ON notes WHEN NEW.text = 'shout' BEGIN\n"
    "  UPDATE notes SET text = 'SHOUT;' WHERE id = NEW.id;\n"
    "END;\n");

// QT_NO_CAST_FROM_ASCII: lists of expected statements spelled as plain literals.
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void splitsOnlyOutsideLiteralsAndComments_data();
    void splitsOnlyOutsideLiteralsAndComments();
    void migrationKeepsSemicolonsInsideStringLiterals();
    void migrationThatCannotBeReadFails();
    void failingStatementRollsBackWithItsContext();
    void migrationFilesAreNumberedWithoutGapsOrTwins();
    void embeddedAppMigrationsAreWellNumbered();

private:
    QSqlDatabase openMemory(const QString &name);
};

QSqlDatabase TestSqlScript::openMemory(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.open();
    return db;
}

void TestSqlScript::splitsOnlyOutsideLiteralsAndComments_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("plain") << QStringLiteral("SELECT 1; SELECT 2;") << list({"SELECT 1", "SELECT 2"});
    QTest::newRow("no final semicolon") << QStringLiteral("SELECT 1;\nSELECT 2\n") << list({"SELECT 1", "SELECT 2"});
    QTest::newRow("string") << QStringLiteral("INSERT INTO t VALUES ('a;b'); SELECT 1")
                            << list({"INSERT INTO t VALUES ('a;b')", "SELECT 1"});
    QTest::newRow("doubled quote") << QStringLiteral("SELECT 'it''s; ok'; SELECT 2")
                                   << list({"SELECT 'it''s; ok'", "SELECT 2"});
    QTest::newRow("escape string") << QStringLiteral("SELECT E'a\\'; b'; SELECT 2")
                                   << list({"SELECT E'a\\'; b'", "SELECT 2"});
    QTest::newRow("identifier") << QStringLiteral("CREATE TABLE \"a;b\" (x INT); SELECT 1")
                                << list({"CREATE TABLE \"a;b\" (x INT)", "SELECT 1"});
    QTest::newRow("line comment") << QStringLiteral("-- one; two\nSELECT 1; -- three;\n")
                                  << list({"-- one; two\nSELECT 1"});
    QTest::newRow("block comment") << QStringLiteral("SELECT /* ; */ 1; /* only; a comment */")
                                   << list({"SELECT /* ; */ 1"});
    QTest::newRow("dollar body") << QStringLiteral("CREATE FUNCTION f() RETURNS INT AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2")
                                 << list({"CREATE FUNCTION f() RETURNS INT AS $$ SELECT 1; $$ LANGUAGE sql", "SELECT 2"});
    QTest::newRow("tagged dollar body") << QStringLiteral("DO $x$ BEGIN PERFORM 1; END $x$; SELECT $1")
                                        << list({"DO $x$ BEGIN PERFORM 1; END $x$", "SELECT $1"});
    QTest::newRow("empty statements") << QStringLiteral(";;  ;\n") << QStringList();
}

void TestSqlScript::splitsOnlyOutsideLiteralsAndComments()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(sqlStatements(script), statements);
}

void TestSqlScript::migrationKeepsSemicolonsInsideStringLiterals()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("001_notes.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kLiteralMigration.toUtf8());
    file.close();
    {
        QSqlDatabase db = openMemory(QStringLiteral("literal"));
        int recorded = 0;
        const Status s = applyMigrationFile(db, file.fileName(), [&] {
            ++recorded;
            return Status{};
        });
        QVERIFY2(s.ok(), qPrintable(s.detail));
        QCOMPARE(recorded, 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('shout')")));
        QVERIFY(q.exec(QStringLiteral("SELECT text FROM notes ORDER BY id")));
        QStringList texts;
        while (q.next())
            texts << q.value(0).toString();
        QCOMPARE(texts, list({"one; two", "it's; quoted", "three;", "SHOUT;"}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("literal"));
    // The other dialect's path (the hub on PostgreSQL) splits the same file the same way.
    QCOMPARE(sqlStatements(kLiteralMigration).mid(0, 4),
             list({"-- a comment; with a semicolon\nCREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
                   "INSERT INTO notes (text) VALUES ('one; two')",
                   "INSERT INTO notes (text) VALUES ('it''s; quoted')",
                   "/* block; comment */ INSERT INTO \"notes\" (text) VALUES ('three;')"}));
}

void TestSqlScript::migrationThatCannotBeReadFails()
{
    {
        QSqlDatabase db = openMemory(QStringLiteral("missing"));
        bool recorded = false;
        const Status s = applyMigrationFile(db, QStringLiteral(":/no/such/001_x.sql"), [&] {
            recorded = true;
            return Status{};
        });
        QVERIFY(!s.ok());
        QVERIFY2(s.detail.contains(QLatin1String("cannot read migration")), qPrintable(s.detail));
        QVERIFY(!recorded); // no version row for a file that never ran
    }
    QSqlDatabase::removeDatabase(QStringLiteral("missing"));
}

void TestSqlScript::failingStatementRollsBackWithItsContext()
{
    {
        QSqlDatabase db = openMemory(QStringLiteral("failing"));
        QVERIFY(db.transaction());
        const Status s = execSqlScript(db, QStringLiteral("CREATE TABLE a (x INT);\nINSERT INTO nowhere VALUES (1);"),
                                       QStringLiteral("migration 009_x.sql"));
        QVERIFY(!s.ok());
        QVERIFY2(s.detail.startsWith(QLatin1String("migration 009_x.sql: no such table: nowhere")), qPrintable(s.detail));
        QVERIFY2(s.detail.contains(QLatin1String("INSERT INTO nowhere")), qPrintable(s.detail));
        QVERIFY(db.rollback());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM a"))); // the whole step is gone
    }
    QSqlDatabase::removeDatabase(QStringLiteral("failing"));
}

void TestSqlScript::migrationFilesAreNumberedWithoutGapsOrTwins()
{
    QTemporaryDir dir;
    auto touch = [&](const QString &name) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly);
    };
    QVERIFY(touch(QStringLiteral("001_a.sql")) && touch(QStringLiteral("002_b.sql")) && touch(QStringLiteral("notes.txt")));
    auto found = migrationFiles(dir.path());
    QVERIFY(found.ok());
    QCOMPARE(found.value().keys(), (QList<int>{1, 2}));
    QCOMPARE(found.value().value(2), dir.filePath(QStringLiteral("002_b.sql")));
    QVERIFY(touch(QStringLiteral("004_d.sql")));
    QVERIFY(!migrationFiles(dir.path()).ok()); // 003 is missing
    QVERIFY(touch(QStringLiteral("003_c.sql")) && touch(QStringLiteral("003_c_again.sql")));
    QVERIFY(!migrationFiles(dir.path()).ok()); // two 003s
}

void TestSqlScript::embeddedAppMigrationsAreWellNumbered()
{
    Q_INIT_RESOURCE(migrations);
    const auto found = migrationFiles(QStringLiteral(":/sql"));
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail));
    QVERIFY(found.value().size() >= 7);
}

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sql_script.moc"
