// Incidents screen: the list on the left, the selected incident's detail on the right.
#pragma once

#include <QWidget>

namespace mt {

struct UiContext;
class IncidentList;
class IncidentDetail;

class IncidentsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentsScreen(UiContext &ctx, QWidget *parent = nullptr);
    void showIncident(const QString &incidentId);
    IncidentList *list() const { return m_list; }
    IncidentDetail *detail() const { return m_detail; }

private:
    IncidentList *m_list = nullptr;
    IncidentDetail *m_detail = nullptr;
};

} // namespace mt
