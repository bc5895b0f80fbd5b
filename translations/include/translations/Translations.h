// Installs the compiled MedTrack translation (":/i18n/medtrack_<lang>.qm") into the application.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace mt {

// `lang` is "id" (default) or "en". The translator is parented to `app`. Returns false if the
// catalogue is missing (the English source strings are shown then).
bool installTranslator(QCoreApplication &app, const QString &lang);

} // namespace mt
