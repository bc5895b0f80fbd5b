// TimelineView: pages of TimelineService::page, oldest at the top, the newest in view on first show.
#include "base/TimelineView.h"

#include "base/UiContext.h"
#include "base/UiText.h"
#include "services/TimelineService.h"

#include <QColor>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mt {

TimelineView::TimelineView(UiContext &ctx, const QString &listName, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_older = new QPushButton(this);
    m_older->setObjectName(listName + QStringLiteral("Older"));
    m_list = new QListWidget(this);
    m_list->setObjectName(listName);
    m_list->setWordWrap(true);
    layout->addWidget(m_older);
    layout->addWidget(m_list, 1);
    connect(m_older, &QPushButton::clicked, this, &TimelineView::showOlder);
    updateOlderButton();
}

void TimelineView::showEntity(const QString &entityType, const QString &id)
{
    const bool refresh = entityType == m_entityType && id == m_id && !id.isEmpty();
    const int limit = refresh ? std::max(kPageSize, m_list->count()) : kPageSize;
    m_list->clear();
    m_oldest.reset();
    m_olderCount = 0;
    m_entityType = entityType;
    m_id = id;
    if (!id.isEmpty()) {
        const auto page = m_ctx.ws.timelines().page(entityType, id, limit);
        if (page.ok()) {
            addEntries(page->entries, 0);
            m_olderCount = page->olderCount;
            if (!page->entries.isEmpty())
                m_oldest = page->entries.first();
            m_list->scrollToBottom();
        }
    }
    updateOlderButton();
}

void TimelineView::showOlder()
{
    if (!m_oldest)
        return;
    const auto page = m_ctx.ws.timelines().page(m_entityType, m_id, kPageSize, m_oldest);
    if (!page.ok())
        return;
    addEntries(page->entries, 0);
    m_olderCount = page->olderCount;
    if (!page->entries.isEmpty())
        m_oldest = page->entries.first();
    m_list->scrollToTop();
    updateOlderButton();
}

void TimelineView::addEntries(const QList<TimelineEntry> &entries, int row)
{
    const SiteZone zone = m_ctx.ws.config().calendar.zone;
    for (const TimelineEntry &e : entries) {
        const QString text = QStringLiteral("%1  %2").arg(UiText::localTime(e.atMs, zone), e.summary);
        auto *item = new QListWidgetItem(e.conflict ? tr("Conflict: %1").arg(text) : text);
        if (e.conflict) {
            item->setForeground(QColor(0xB2, 0x6A, 0x00));
            item->setToolTip(tr("A concurrent change from another site that lost; nothing was overwritten silently."));
        }
        m_list->insertItem(row++, item);
    }
}

void TimelineView::updateOlderButton()
{
    m_older->setVisible(m_olderCount > 0);
    m_older->setText(tr("Show older entries (%1 more)").arg(QLocale().toString(m_olderCount)));
}

} // namespace mt
