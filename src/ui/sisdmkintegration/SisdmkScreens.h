// Puts the SISDMK screens (personnel, integration, quarantine) into the main window's navigation.
#pragma once

class QListWidget;
class QStackedWidget;

namespace mt {

struct UiContext;

// Appends one navigation item and one stacked page per screen, in the same order. Does nothing
// without ctx.sisdmk. A screen the role may not use gets a disabled item that says why.
void addSisdmkScreens(UiContext &ctx, QListWidget *nav, QStackedWidget *stack);

} // namespace mt
