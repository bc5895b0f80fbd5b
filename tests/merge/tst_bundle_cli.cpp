// medtrackctl bundle as real processes under the OS keychain: export, import, twice, tampered, foreign, truncated.
#include "services/AppConfig.h"
#include "SkipOrFail.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TstBundleCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QString m_prefix; // unique site ids per run: keychain entries outlive the test

    QString dir(const QString &site) const { return m_root.filePath(site); }
    QString site(const char *name) const { return m_prefix + QLatin1String(name); }

    Run ctl(const QString &siteName, const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MEDTRACKCTL_PATH),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json"),
                            QStringLiteral("--data-dir"), dir(siteName)} + args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                   p.readAllStandardError()};
    }
    qint64 alertCount(const QString &siteName)
    {
        return ctl(siteName, {QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--state"),
                              QStringLiteral("all")}).json().value(QLatin1String("total")).toInteger(-1);
    }
    QString publicKey(const QString &siteName)
    {
        return ctl(siteName, {QStringLiteral("bundle"), QStringLiteral("key"), QStringLiteral("show")})
            .json().value(QLatin1String("public_key")).toString();
    }
    Run trust(const QString &at, const QString &peer, const QString &key)
    {
        return ctl(at, {QStringLiteral("bundle"), QStringLiteral("trust"), QStringLiteral("--site"), peer,
                        QStringLiteral("--public-key"), key});
    }
    void raise(const QString &siteName, const QString &title)
    {
        const Run r = ctl(siteName, {QStringLiteral("alert"), QStringLiteral("raise"), QStringLiteral("--severity"),
                                     QStringLiteral("warning"), QStringLiteral("--module"), QStringLiteral("logistics"),
                                     QStringLiteral("--title"), title});
        QCOMPARE(r.code, 0);
    }

private slots:
    void initTestCase();
    void exportAndImport();
    void importTwiceAddsNothing();
    void tamperedTruncatedAndForeignAreRefused();
};

void TstBundleCli::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_prefix = QStringLiteral("t%1-").arg(QRandomGenerator::global()->bounded(1'000'000));
    for (const char *name : {"a", "b", "c"}) {
        mt::AppConfig config;
        config.siteId = site(name);
        QVERIFY(config.save(dir(site(name))).ok());
    }
    const Run probe = ctl(site("a"), {QStringLiteral("bundle"), QStringLiteral("key"), QStringLiteral("show")});
    if (probe.code != 0 && probe.json().value(QLatin1String("error")).toObject().value(QLatin1String("field")) == QLatin1String("keychain"))
        MT_SKIP_OR_FAIL(qPrintable(QStringLiteral("no secret service reachable (run inside dbus-run-session with an unlocked "
                                        "gnome-keyring-daemon, see packaging/run-tests.sh): ") + QString::fromUtf8(probe.err)));
    QCOMPARE(probe.code, 0);
    QCOMPARE(publicKey(site("a")), probe.json().value(QLatin1String("public_key")).toString()); // same key on re-read
    QCOMPARE(trust(site("b"), site("a"), publicKey(site("a"))).code, 0);
    QCOMPARE(trust(site("a"), site("b"), publicKey(site("b"))).code, 0);
    const Run bad = trust(site("b"), site("x"), QStringLiteral("not-base64!"));
    QCOMPARE(bad.code, 1);
}

void TstBundleCli::exportAndImport()
{
    raise(site("a"), QStringLiteral("from site a 1"));
    raise(site("a"), QStringLiteral("from site a 2"));
    const QString file = m_root.filePath(QStringLiteral("a-to-b.mtb"));
    const Run ex = ctl(site("a"), {QStringLiteral("bundle"), QStringLiteral("export"), file, QStringLiteral("--to"), site("b")});
    QVERIFY2(ex.code == 0, ex.err.constData());
    QCOMPARE(ex.json().value(QLatin1String("events")).toInteger(), 2);
    const Run im = ctl(site("b"), {QStringLiteral("bundle"), QStringLiteral("import"), file});
    QVERIFY2(im.code == 0, im.err.constData());
    QCOMPARE(im.json().value(QLatin1String("new")).toInteger(), 2);
    QCOMPARE(alertCount(site("b")), 2);
    // B answers with its own bundle, carrying its acknowledgement: A's next export omits what B has.
    raise(site("b"), QStringLiteral("from site b"));
    const QString back = m_root.filePath(QStringLiteral("b-to-a.mtb"));
    QCOMPARE(ctl(site("b"), {QStringLiteral("bundle"), QStringLiteral("export"), back, QStringLiteral("--to"), site("a")}).code, 0);
    QCOMPARE(ctl(site("a"), {QStringLiteral("bundle"), QStringLiteral("import"), back}).json().value(QLatin1String("new")).toInteger(), 1);
    QCOMPARE(alertCount(site("a")), 3);
    const Run next = ctl(site("a"), {QStringLiteral("bundle"), QStringLiteral("export"), m_root.filePath(QStringLiteral("next.mtb")),
                                     QStringLiteral("--to"), site("b")});
    QCOMPARE(next.json().value(QLatin1String("events")).toInteger(), 0);
}

void TstBundleCli::importTwiceAddsNothing()
{
    const QString file = m_root.filePath(QStringLiteral("a-to-b.mtb"));
    const Run again = ctl(site("b"), {QStringLiteral("bundle"), QStringLiteral("import"), file});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.json().value(QLatin1String("new")).toInteger(), 0);
    QCOMPARE(again.json().value(QLatin1String("duplicates")).toInteger(), 2);
    QCOMPARE(alertCount(site("b")), 3);
}

void TstBundleCli::tamperedTruncatedAndForeignAreRefused()
{
    raise(site("a"), QStringLiteral("only in the fresh bundle"));
    const QString file = m_root.filePath(QStringLiteral("full.mtb"));
    QCOMPARE(ctl(site("a"), {QStringLiteral("bundle"), QStringLiteral("export"), file, QStringLiteral("--all")}).code, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();
    const auto refused = [&](const QByteArray &bytes, const char *expect) {
        const QString bad = m_root.filePath(QStringLiteral("bad.mtb"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        const qint64 before = alertCount(site("b"));
        const Run r = ctl(site("b"), {QStringLiteral("bundle"), QStringLiteral("import"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(expect), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QCOMPARE(alertCount(site("b")), before); // nothing applied
    };
    QByteArray flipped = good;
    const qsizetype at = flipped.indexOf("only in the fresh bundle");
    QVERIFY(at > 0);
    flipped[at] = 'O';
    refused(flipped, "signature does not match");
    refused(good.left(good.size() / 2), "incomplete");
    refused(good.left(good.size() - 10), "incomplete");
    refused(QByteArrayLiteral("hello\n"), "not a MedTrack bundle");
    // Site C's bundle: its key is not trusted at B.
    raise(site("c"), QStringLiteral("from site c"));
    const QString foreign = m_root.filePath(QStringLiteral("c.mtb"));
    QCOMPARE(ctl(site("c"), {QStringLiteral("bundle"), QStringLiteral("export"), foreign}).code, 0);
    QFile fc(foreign);
    QVERIFY(fc.open(QIODevice::ReadOnly));
    refused(fc.readAll(), "not a trusted peer");
    // C's file relabelled as A's: the key id and signature give it away.
    QFile fc2(foreign);
    QVERIFY(fc2.open(QIODevice::ReadOnly));
    QByteArray relabelled = fc2.readAll();
    const auto siteField = [](const QString &id) { return QByteArrayLiteral("\"site_id\":\"") + id.toUtf8() + '"'; };
    relabelled.replace(siteField(site("c")), siteField(site("a")));
    refused(relabelled, "not trusted for it");
    // And the untouched file still imports.
    const Run ok = ctl(site("b"), {QStringLiteral("bundle"), QStringLiteral("import"), file});
    QCOMPARE(ok.code, 0);
    QCOMPARE(ok.json().value(QLatin1String("new")).toInteger(), 1);
}

QTEST_GUILESS_MAIN(TstBundleCli)
#include "tst_bundle_cli.moc"
