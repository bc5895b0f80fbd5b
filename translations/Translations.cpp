// Loads the embedded .qm for the chosen language; English is the source language.
#include "translations/Translations.h"

#include <QLocale>
#include <QTranslator>

namespace mt {

bool installTranslator(QCoreApplication &app, const QString &lang)
{
    const QString code = lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QLocale::English : QLocale::Indonesian,
                                QLocale::Indonesia));
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/medtrack_%1.qm").arg(code))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace mt
