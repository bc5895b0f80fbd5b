// addSisdmkScreens: the only place MainWindow learns about the SISDMK screens.
#include "sisdmkintegration/SisdmkScreens.h"

#include "base/UiContext.h"
#include "domain/Permissions.h"
#include "sisdmkintegration/IntegrationScreen.h"
#include "personnel/PersonnelScreen.h"
#include "quarantine/QuarantineScreen.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QStackedWidget>

namespace mt {

namespace {
class SisdmkScreensText
{
    Q_DECLARE_TR_FUNCTIONS(SisdmkScreens)
public:
    static QString personnel() { return tr("Health workers"); }
    static QString integration() { return tr("SISDMK integration"); }
    static QString quarantine() { return tr("Quarantine"); }
    static QString quarantineDenied() { return tr("For data stewards and administrators only."); }
};
} // namespace

void addSisdmkScreens(UiContext &ctx, QListWidget *nav, QStackedWidget *stack)
{
    if (!ctx.sisdmk)
        return;
    nav->addItem(SisdmkScreensText::personnel());
    stack->addWidget(new PersonnelScreen(ctx, stack));
    nav->addItem(SisdmkScreensText::integration());
    stack->addWidget(new IntegrationScreen(ctx, stack));
    auto *item = new QListWidgetItem(SisdmkScreensText::quarantine(), nav);
    if (!PermissionPolicy::allows(ctx.session.role, Action::QuarantineReview)) {
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(SisdmkScreensText::quarantineDenied());
    }
    stack->addWidget(new QuarantineScreen(ctx, stack));
}

} // namespace mt
