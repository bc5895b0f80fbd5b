// Measures opening the timeline of one alert that repeated 10,000 times (issue 9 part 8).
#pragma once

#include <QJsonObject>
#include <QString>

namespace mt::bench {

// Builds <dataDir> (once) with one alert raised and repeated `repeats` times through AlertService,
// then times selecting it in the console's AlertDetailsPane (fields + timeline + repaint).
QJsonObject measureTimeline(const QString &dataDir, int repeats);

} // namespace mt::bench
