// medtrack [--data-dir DIR] [--demo] [--lang id|en]: parses the command line and hands over to AppController.
#include "services/Core.h"
#include "translations/Translations.h"
#include "ui/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MedTrack"));
    QApplication::setApplicationName(QStringLiteral("MedTrack"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MedTrack Command Center"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Demo mode: seeded data and a live alert feed."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: id (default) or en."), QStringLiteral("id|en"));
    parser.addOptions({dataDir, demo, lang});
    parser.process(app);

    mt::LaunchOptions options;
    options.demo = parser.isSet(demo);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.dataDir = parser.isSet(dataDir) ? QDir(parser.value(dataDir)).absolutePath()
                      : options.demo       ? base + QStringLiteral("/demo")
                                           : base;
    const QString language = parser.isSet(lang) ? parser.value(lang) : mt::AppConfig::load(options.dataDir).language;
    mt::installTranslator(app, language);

    mt::AppController controller(options);
    QTimer::singleShot(0, &controller, &mt::AppController::start);
    return QApplication::exec();
}
