// Fails when translations/medtrack_id.ts has an unfinished, empty or vanished message, or misses a source string.
#include "SkipOrFail.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString type;         // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList texts;    // the translation, or each numerus form
};

// Key: context + '\x1f' + source (+ '\x1f' + comment).
QMap<QString, Message> readTs(const QString &path, QString *error)
{
    QMap<QString, Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                current = {};
            } else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.texts << text;
            } else if (name == QLatin1String("numerusform"))
                current.texts << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            QString key = context + QChar(0x1f) + source;
            if (!comment.isEmpty())
                key += QChar(0x1f) + comment;
            out.insert(key, current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString describe(const QString &key)
{
    QString k = key;
    return k.replace(QChar(0x1f), QStringLiteral(" | "));
}

QStringList sourceFiles(const QString &root)
{
    QStringList files;
    for (const QString &dir : {QStringLiteral("src"), QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QStringList includeArgs(const QString &root)
{
    QStringList args{QStringLiteral("-I"), root + QStringLiteral("/src/ui"), QStringLiteral("-I"), root + QStringLiteral("/src")};
    QDirIterator it(root + QStringLiteral("/src"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString inc = it.next() + QStringLiteral("/include");
        if (QFileInfo::exists(inc))
            args << QStringLiteral("-I") << inc;
    }
    return args;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void indonesianIsComplete();
    void indonesianIsUpToDate();
};

void TestI18n::indonesianIsComplete()
{
    QString error;
    const auto messages = readTs(QStringLiteral(MT_SOURCE_DIR "/translations/medtrack_id.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList bad;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        const Message &m = it.value();
        const bool empty = m.texts.isEmpty() || std::any_of(m.texts.cbegin(), m.texts.cend(),
                                                             [](const QString &t) { return t.trimmed().isEmpty(); });
        if (!m.type.isEmpty() || empty)
            bad << QStringLiteral("%1 [%2]").arg(describe(it.key()), m.type.isEmpty() ? QStringLiteral("empty") : m.type);
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("Untranslated in medtrack_id.ts:\n") + bad.join(QLatin1Char('\n'))));
}

void TestI18n::indonesianIsUpToDate()
{
    const QString root = QStringLiteral(MT_SOURCE_DIR);
    QString lupdate = QStringLiteral(MT_LUPDATE);
    if (!QFileInfo::exists(lupdate))
        lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    if (!QFileInfo::exists(lupdate))
        MT_SKIP_OR_FAIL("lupdate not found");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString fresh = tmp.filePath(QStringLiteral("fresh_id.ts"));
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-silent")};
    args << includeArgs(root) << sourceFiles(root) << QStringLiteral("-ts") << fresh;
    QProcess proc;
    proc.start(lupdate, args);
    QVERIFY(proc.waitForFinished(120'000));
    QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());

    QString error;
    const auto extracted = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(extracted.size() > 100, "lupdate extracted too few messages; check the include paths");
    const auto committed = readTs(root + QStringLiteral("/translations/medtrack_id.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (auto it = extracted.cbegin(); it != extracted.cend(); ++it)
        if (!committed.contains(it.key()))
            missing << describe(it.key());
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("medtrack_id.ts is out of date (run the update_translations target and "
                                       "translate):\n") + missing.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
