// medtrackctl entry point: global options, language, and dispatch to the commands (docs/cli.md).
#include "CtlCommands.h"

#ifdef MT_HAVE_TRANSLATIONS
#include "translations/Translations.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

namespace mt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
public:
    static QString help();
};

QString Text::help()
{
    return tr("Usage: medtrackctl --data-dir DIR [--json] [--lang id|en] COMMAND\n"
              "\n"
              "Commands:\n"
              "  version\n"
              "  user add --name N --role l1|l2|ic|steward|admin [--display-name D] [--as ADMIN]\n"
              "  user list\n"
              "  alert raise --severity info|warning|critical --module M --title T [--details D]\n"
              "              [--dedup-key K] [--resource R] [--as USER]\n"
              "  alert list [--state open|new|acked|resolved|all] [--severity S] [--module M] [--limit N]\n"
              "  alert ack ID --as USER\n"
              "  incident open --severity 1..4 --title T [--description D] [--alert ID]... [--module M]...\n"
              "                [--assignee U] [--as USER]\n"
              "  incident list [--all]\n"
              "  incident show ID|NUMBER\n"
              "  incident close ID|NUMBER --as USER --resolution T [--evidence FILE]... [--note T]\n"
              "                 (--kb REF | --no-kb-reason T)\n"
              "  db check\n"
              "  backup FILE [--as USER]\n"
              "  restore FILE [--as USER]\n"
              "  audit verify [--as USER]\n"
              "  demo seed\n"
              "  bundle export FILE [--to SITE] [--all] [--as USER] | bundle import FILE [--as USER]\n"
              "  bundle key show | bundle trust --site S --public-key KEY [--as ADMIN] | bundle peers\n"
              "  sisdmk sync [--base-url URL] [--region CODE]... [--since TIME] [--username U]\n"
              "  sisdmk credentials set --base-url URL --username U\n"
              "  sisdmk runs [--limit N]\n"
              "  personnel list [--region CODE] [--search T] [--limit N] [--as USER]\n"
              "  sync --hub URL [--enrol-site S --enrol-code C]\n"
              "\n"
              "With --as, the user's password is read as the first line of standard input.\n"
              "user add then reads the new password twice (two more lines).\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.");
}

int dispatch(CtlContext &ctx)
{
    const QString cmd = ctx.args().word(0);
    if (cmd == QLatin1String("version")) {
        const QString v = QStringLiteral(MT_VERSION);
        return ctx.success({{QStringLiteral("version"), v}}, QStringLiteral("medtrackctl ") + v);
    }
    if (ctx.dataDir().isEmpty())
        return ctx.usage(Text::tr("--data-dir DIR is required."));
    using Runner = int (*)(CtlContext &);
    static const QList<QPair<QString, Runner>> commands{
        {QStringLiteral("alert"), &runAlert},   {QStringLiteral("incident"), &runIncident},
        {QStringLiteral("user"), &runUser},     {QStringLiteral("db"), &runDb},
        {QStringLiteral("backup"), &runBackup}, {QStringLiteral("restore"), &runRestore},
        {QStringLiteral("audit"), &runAudit},   {QStringLiteral("demo"), &runDemo},
        {QStringLiteral("bundle"), &runBundle},
        {QStringLiteral("sisdmk"), &runSisdmk}, {QStringLiteral("personnel"), &runPersonnel},
        {QStringLiteral("sync"), &runHubSync}};
    for (const auto &[name, run] : commands) {
        if (name == cmd)
            return run(ctx);
    }
    return ctx.usage(cmd.isEmpty() ? Text::tr("No command given.") : Text::tr("Unknown command \"%1\".").arg(cmd));
}

} // namespace
} // namespace mt

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("medtrackctl"));
    mt::CtlArgs args;
    QString error;
    const bool parsed = args.parse(app.arguments().mid(1), &error);
#ifdef MT_HAVE_TRANSLATIONS
    QString lang = args.value(QStringLiteral("lang"));
    if (lang.isEmpty() && args.has(QStringLiteral("data-dir")))
        lang = mt::AppConfig::load(args.value(QStringLiteral("data-dir"))).language;
    mt::installTranslator(app, lang.isEmpty() ? QStringLiteral("id") : lang);
#endif
    mt::CtlContext ctx(args);
    if (!parsed)
        return ctx.usage(error);
    const QString lang2 = args.value(QStringLiteral("lang"));
    if (!lang2.isEmpty() && lang2 != QLatin1String("id") && lang2 != QLatin1String("en"))
        return ctx.usage(mt::Text::tr("--lang must be id or en."));
    if (args.flag(QStringLiteral("help")) || args.words().value(0) == QLatin1String("help")) {
        QTextStream(stdout) << mt::Text::help() << Qt::endl;
        return mt::ExitOk;
    }
    return mt::dispatch(ctx);
}
