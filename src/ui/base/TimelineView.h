// A timeline in pages: the newest entries first shown, "Show older" loads the page before; conflicts marked.
#pragma once

#include "services/TimelineService.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QPushButton;

namespace mt {

struct UiContext;

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    // `listName`: object name of the list (tests find it by that name).
    TimelineView(UiContext &ctx, const QString &listName, QWidget *parent = nullptr);
    // Shows the newest page of an entity's timeline; the same entity again (a refresh) keeps as many
    // entries as were shown. Empty id clears.
    void showEntity(const QString &entityType, const QString &id);
    void showOlder();
    QListWidget *list() const { return m_list; }
    QPushButton *olderButton() const { return m_older; }

private:
    void addEntries(const QList<TimelineEntry> &entries, int row);
    void updateOlderButton();

    UiContext &m_ctx;
    QListWidget *m_list = nullptr;
    QPushButton *m_older = nullptr;
    QString m_entityType;
    QString m_id;
    std::optional<TimelineEntry> m_oldest;
    qint64 m_olderCount = 0;
};

} // namespace mt
