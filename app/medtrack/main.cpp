// medtrack [--data-dir DIR] [--demo] [--lang id|en] [--hub URL [--enrol-site S --enrol-code C]]: parses the command line and hands over to AppController.
#include "services/AppConfig.h"
#include "translations/Translations.h"
#include "ui/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

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
    const QCommandLineOption hub(QStringLiteral("hub"), QStringLiteral("Hub to sync with (instead of hub/url of medtrack.ini)."),
                                 QStringLiteral("URL"));
    const QCommandLineOption enrolSite(QStringLiteral("enrol-site"), QStringLiteral("Enrol with the hub as this site (with --enrol-code)."),
                                       QStringLiteral("SITE"));
    const QCommandLineOption enrolCode(QStringLiteral("enrol-code"), QStringLiteral("One-off enrolment code from the hub's administrator."),
                                       QStringLiteral("CODE"));
    parser.addOptions({dataDir, demo, lang, hub, enrolSite, enrolCode});
    parser.process(app);
    if (parser.isSet(enrolSite) != parser.isSet(enrolCode)) {
        std::fputs("medtrack: --enrol-site and --enrol-code go together.\n", stderr);
        return 2;
    }

    mt::LaunchOptions options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(hub))
        options.hubUrl = parser.value(hub);
    options.enrolSite = parser.value(enrolSite);
    options.enrolCode = parser.value(enrolCode);
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
