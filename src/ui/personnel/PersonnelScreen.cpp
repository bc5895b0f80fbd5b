// PersonnelScreen: filters -> PersonnelQueries (query thread) -> models; the GUI thread only paints.
#include "personnel/PersonnelScreen.h"

#include "base/UiContext.h"
#include "base/UiText.h"
#include "personnel/PersonJobsModel.h"
#include "personnel/PersonnelTableModel.h"
#include "services/ErrorText.h"
#include "services/SisdmkService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mt {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setMinimumWidth(200);
    return view;
}

} // namespace

PersonnelScreen::PersonnelScreen(UiContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("personnelScreen"));
    m_model = new PersonnelTableModel(ctx.ws.config().calendar.zone, this);
    m_jobs = new PersonJobsModel(PersonJobsModel::Kind::Jobs, this);
    m_registrations = new PersonJobsModel(PersonJobsModel::Kind::Registrations, this);
    m_debounce = new QTimer(this); // before the filter bar, which connects to it
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &PersonnelScreen::refresh);
    m_view = makeTable(m_model, this);
    m_view->setObjectName(QStringLiteral("personnelTable"));
    m_view->horizontalHeader()->resizeSection(PersonnelTableModel::NikCol, 150);
    m_view->horizontalHeader()->resizeSection(PersonnelTableModel::NameCol, 200);
    m_view->horizontalHeader()->resizeSection(PersonnelTableModel::CategoryCol, 170);
    m_view->horizontalHeader()->resizeSection(PersonnelTableModel::FacilityCol, 200);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("personnelStatus"));
    m_status->setWordWrap(true);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("personnelPage"));
    m_prev = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_next->setObjectName(QStringLiteral("personnelNext"));
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_status, 1);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_prev);
    pager->addWidget(m_next);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterBar());
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(pager);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(buildDetailPane());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 520});
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Health workers (SISDMK)</h2>"), this);
    layout->addWidget(title);
    layout->addWidget(split, 1);

    PersonnelQueries &q = ctx.sisdmk->queries();
    connect(&q, &PersonnelQueries::searchReady, this, &PersonnelScreen::onPage);
    connect(&q, &PersonnelQueries::countReady, this, &PersonnelScreen::onCount);
    connect(&q, &PersonnelQueries::detailReady, this, &PersonnelScreen::onDetail);
    connect(ctx.sisdmk, &SisdmkService::finished, this, [this] {
        // New data: recount and re-read the page shown (same filter, same place).
        m_total = -1;
        m_ctx.sisdmk->queries().count(m_ctx.session, currentFilter());
        requestPage(m_offset);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PersonnelScreen::onSelection);
    connect(m_prev, &QPushButton::clicked, this, [this] { requestPage(std::max<qint64>(0, m_offset - kPageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { requestPage(m_offset + kPageSize); });
    refresh();
}

QWidget *PersonnelScreen::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("personnelSearch"));
    m_search->setPlaceholderText(PersonnelQueries::maySeeNik(m_ctx.session)
                                     ? tr("Name or NIK (start of the number)")
                                     : tr("Name or full 16-digit NIK"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_province = new QComboBox(bar);
    m_province->setObjectName(QStringLiteral("personnelProvince"));
    m_province->addItem(tr("All provinces"), QString());
    for (const auto &[code, name] : m_ctx.sisdmk->queries().provinces())
        m_province->addItem(QStringLiteral("%1 %2").arg(code, name), code);
    m_regency = new QComboBox(bar);
    m_regency->setObjectName(QStringLiteral("personnelRegency"));
    // Long names (e.g. "Tenaga Promosi Kesehatan dan Ilmu Perilaku") must not widen the window.
    for (QComboBox *c : {m_province, m_regency}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
    }
    fillRegencies();
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("personnelCategory"));
    m_category->addItem(tr("All professions"), 0);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(16);
    for (int id = 1; id <= kSdmkCategoryCount; ++id)
        m_category->addItem(PersonnelText::categoryName(id), id);
    m_facility = new QLineEdit(bar);
    m_facility->setObjectName(QStringLiteral("personnelFacility"));
    m_facility->setPlaceholderText(tr("Facility code"));
    m_facility->setMaximumWidth(120);
    m_active = new QComboBox(bar);
    m_active->setObjectName(QStringLiteral("personnelActive"));
    m_active->addItem(tr("Active and inactive"), -1);
    m_active->addItem(tr("Active"), 1);
    m_active->addItem(tr("Inactive"), 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_province, m_regency, m_category, m_facility, m_active})
        row->addWidget(w, w == m_search ? 2 : 0);

    connect(m_search, &QLineEdit::textChanged, m_debounce, [this] { m_debounce->start(); });
    connect(m_facility, &QLineEdit::textChanged, m_debounce, [this] { m_debounce->start(); });
    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        fillRegencies();
        refresh();
    });
    for (QComboBox *c : {m_regency, m_category, m_active})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    return bar;
}

QWidget *PersonnelScreen::buildDetailPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_detailHeader = new QLabel(tr("Select a health worker to see the details."), pane);
    m_detailHeader->setObjectName(QStringLiteral("personnelDetailHeader"));
    m_detailHeader->setWordWrap(true);
    auto *fields = new QWidget(pane);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<const char *, QString>> rows{
        {"nik", tr("NIK")},          {"sex", tr("Sex")},       {"born", tr("Born")},
        {"region", tr("Region")},    {"address", tr("Address")}, {"status", tr("Status")},
        {"updated", tr("Updated in SISDMK")},
    };
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(fields);
        value->setObjectName(QStringLiteral("personnelDetail_") + QLatin1String(key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        m_detailValues.append(value);
    }
    auto *jobsBox = new QGroupBox(tr("Jobs"), pane);
    auto *jobsLayout = new QVBoxLayout(jobsBox);
    auto *jobsView = makeTable(m_jobs, jobsBox);
    jobsView->setObjectName(QStringLiteral("personnelJobs"));
    jobsLayout->addWidget(jobsView);
    auto *regBox = new QGroupBox(tr("Registrations (STR) and practice licences (SIP)"), pane);
    auto *regLayout = new QVBoxLayout(regBox);
    auto *regView = makeTable(m_registrations, regBox);
    regView->setObjectName(QStringLiteral("personnelRegistrations"));
    regLayout->addWidget(regView);
    layout->addWidget(m_detailHeader);
    layout->addWidget(fields);
    layout->addWidget(jobsBox, 1);
    layout->addWidget(regBox, 1);
    return pane;
}

void PersonnelScreen::fillRegencies()
{
    const QSignalBlocker block(m_regency);
    m_regency->clear();
    const QString province = m_province->currentData().toString();
    m_regency->addItem(province.isEmpty() ? tr("(choose a province)") : tr("All regencies / cities"), QString());
    for (const auto &[code, name] : m_ctx.sisdmk->queries().regencies(province))
        m_regency->addItem(QStringLiteral("%1 %2").arg(code, name), code);
    m_regency->setEnabled(!province.isEmpty());
}

PersonnelFilter PersonnelScreen::currentFilter() const
{
    PersonnelFilter f;
    f.search = m_search->text().trimmed();
    const QString regency = m_regency->currentData().toString();
    f.regionPrefix = regency.isEmpty() ? m_province->currentData().toString() : regency;
    f.category = m_category->currentData().toInt();
    f.facilityCode = m_facility->text().trimmed();
    const int active = m_active->currentData().toInt();
    if (active >= 0)
        f.active = active == 1;
    return f;
}

void PersonnelScreen::refresh()
{
    m_debounce->stop();
    m_total = -1;
    m_ctx.sisdmk->queries().count(m_ctx.session, currentFilter());
    requestPage(0);
}

void PersonnelScreen::requestPage(qint64 offset)
{
    m_offset = offset;
    m_loading = true;
    m_status->setText(tr("Searching…"));
    updatePager();
    m_ctx.sisdmk->queries().search(m_ctx.session, PersonnelQuery{currentFilter(), offset, kPageSize});
}

void PersonnelScreen::onPage(const PersonnelPageResult &r)
{
    m_loading = false;
    m_offset = r.query.offset;
    m_model->setRows(r.rows);
    m_rowsShown = int(r.rows.size());
    if (r.error && r.error->detail == QLatin1String("nik_full_required"))
        m_status->setText(tr("Enter all 16 digits to search by NIK: only data stewards may search by part of a NIK."));
    else if (r.error)
        m_status->setText(tr("The search failed: %1").arg(ErrorText::message(*r.error)));
    else if (r.rows.isEmpty())
        m_status->setText(tr("No health worker matches. Data arrives with the SISDMK sync (Integration screen)."));
    else
        m_status->clear();
    updatePager();
    emit pageShown();
}

void PersonnelScreen::onCount(const PersonnelCountResult &r)
{
    m_total = r.total;
    updatePager();
}

void PersonnelScreen::updatePager()
{
    const QLocale locale;
    const QString total = m_total < 0 ? tr("counting…") : locale.toString(m_total);
    m_pageLabel->setText(m_rowsShown == 0 ? tr("0 of %1").arg(total)
                                          : tr("%1–%2 of %3")
                                                .arg(locale.toString(m_offset + 1), locale.toString(m_offset + m_rowsShown), total));
    m_prev->setEnabled(!m_loading && m_offset > 0);
    m_next->setEnabled(!m_loading && m_rowsShown == kPageSize && (m_total < 0 || m_offset + kPageSize < m_total));
}

void PersonnelScreen::onSelection()
{
    const PersonSummary *p = m_model->personAt(m_view->currentIndex().row());
    if (!p) {
        m_detailTicket = 0;
        m_jobs->setJobs({});
        m_registrations->setJobs({});
        m_detailHeader->setText(tr("Select a health worker to see the details."));
        for (QLabel *l : std::as_const(m_detailValues))
            l->clear();
        return;
    }
    m_detailHeader->setText(tr("<b>%1</b> — loading…").arg(p->name.toHtmlEscaped()));
    m_detailTicket = m_ctx.sisdmk->queries().detail(m_ctx.session, p->handle);
}

void PersonnelScreen::onDetail(quint64 ticket, const PersonDetail &d, const QString &error)
{
    if (ticket != m_detailTicket)
        return; // the selection moved on
    if (!error.isEmpty()) {
        m_detailHeader->setText(error);
        for (QLabel *l : std::as_const(m_detailValues))
            l->clear();
        m_jobs->setJobs({});
        m_registrations->setJobs({});
        emit detailShown();
        return;
    }
    const PersonSummary &s = d.summary;
    m_detailHeader->setText(QStringLiteral("<h3>%1</h3>").arg(s.name.toHtmlEscaped()));
    const QString sex = s.sex == QLatin1String("L") ? tr("Male") : s.sex == QLatin1String("P") ? tr("Female") : QString();
    const QStringList values{
        s.nikMasked ? tr("%1 (masked)").arg(s.nik) : s.nik,
        sex,
        QStringLiteral("%1 %2").arg(d.birthPlace, d.birthDate ? d.birthDate->toString(Qt::ISODate) : QString()).trimmed(),
        QStringLiteral("%1 (%2)").arg(s.regencyName, s.regencyCode),
        d.address,
        s.active ? tr("Active") : tr("Inactive"),
        UiText::localTime(s.lastUpdatedMs, m_ctx.ws.config().calendar.zone),
    };
    for (int i = 0; i < values.size() && i < m_detailValues.size(); ++i)
        m_detailValues.at(i)->setText(values.at(i));
    m_jobs->setJobs(d.jobs);
    m_registrations->setJobs(d.jobs);
    emit detailShown();
}

} // namespace mt
