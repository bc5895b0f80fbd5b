// Incidents screen: wires list selection to the detail pane.
#include "incidents/IncidentsScreen.h"

#include "incidents/IncidentDetail.h"
#include "incidents/IncidentList.h"
#include "incidents/IncidentTableModel.h"

#include <QHBoxLayout>
#include <QSplitter>

namespace mt {

IncidentsScreen::IncidentsScreen(UiContext &ctx, QWidget *parent) : QWidget(parent)
{
    m_list = new IncidentList(ctx, this);
    m_detail = new IncidentDetail(ctx, this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_list, &IncidentList::currentIncidentChanged, m_detail, &IncidentDetail::showIncident);
}

void IncidentsScreen::showIncident(const QString &incidentId)
{
    m_list->model()->refresh();
    m_list->select(incidentId);
    m_detail->showIncident(incidentId);
}

} // namespace mt
