// Alert details: fields as a small table, then the event timeline with conflicts marked.
#include "alerts/AlertDetailsPane.h"

#include "base/TimelineView.h"
#include "base/UiContext.h"
#include "base/UiText.h"
#include "base/SeverityStyle.h"
#include "services/ErrorText.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"
#include "services/TimelineService.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mt {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

AlertDetailsPane::AlertDetailsPane(UiContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    auto *title = new QLabel(tr("Alert details"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14px;"));
    m_fields = new QLabel(this);
    m_fields->setObjectName(QStringLiteral("alertFields"));
    m_fields->setWordWrap(true);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_timeline = new TimelineView(ctx, QStringLiteral("alertTimeline"), this);
    layout->addWidget(title);
    layout->addWidget(m_fields);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timeline, 1);
    showAlert({});
}

void AlertDetailsPane::showAlert(const QString &alertId)
{
    if (alertId.isEmpty()) {
        m_timeline->showEntity(EntityType::Alert, {});
        m_fields->setText(tr("Select an alert to see its details."));
        return;
    }
    auto found = m_ctx.ws.alerts().find(alertId);
    if (!found.ok() || !found->has_value()) {
        m_timeline->showEntity(EntityType::Alert, {});
        m_fields->setText(found.ok() ? tr("The alert no longer exists.") : ErrorText::message(found.error()));
        return;
    }
    const Alert &a = *found.value();
    const SiteZone zone = m_ctx.ws.config().calendar.zone;
    QString html = QStringLiteral("<p style='font-size:13px'><b>%1</b></p><table>").arg(a.title.toHtmlEscaped());
    html += QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td style='color:%2'><b>%3</b></td></tr>")
                .arg(tr("Severity").toHtmlEscaped(), SeverityStyle::textColour(a.severity).name(),
                     UiText::severity(a.severity).toHtmlEscaped());
    html += row(tr("State"), UiText::alertState(a.state));
    html += row(tr("Module"), UiText::module(a.module));
    html += row(tr("Resource"), a.resource);
    html += row(tr("Occurrences"), QString::number(a.count));
    html += row(tr("Raised"), UiText::localTime(a.raisedAtMs, zone));
    html += row(tr("Last seen"), UiText::localTime(a.lastSeenAtMs, zone));
    if (a.ackedAtMs > 0)
        html += row(tr("Acknowledged"), tr("%1 by %2").arg(UiText::localTime(a.ackedAtMs, zone), a.ackedBy));
    if (a.escalationLevel > 0)
        html += row(tr("Escalated"), UiText::localTime(a.escalatedAtMs, zone));
    if (a.shelvedUntilMs > m_ctx.ws.clock().nowMs())
        html += row(tr("Shelved until"), UiText::localTime(a.shelvedUntilMs, zone));
    if (!a.incidentId.isEmpty()) {
        const auto numbers = m_ctx.ws.incidents().numbers({a.incidentId});
        const QString number = numbers.ok() ? numbers->value(a.incidentId) : QString();
        html += row(tr("Incident"), number.isEmpty() ? a.incidentId : number);
    }
    html += QStringLiteral("</table><p>%1</p>").arg(a.details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_fields->setText(html);

    m_timeline->showEntity(EntityType::Alert, alertId);
}

} // namespace mt
