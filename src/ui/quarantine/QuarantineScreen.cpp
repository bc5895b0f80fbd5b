// QuarantineScreen: pages from PersonnelQueries (query thread); the review goes through Workspace::reviewQuarantine.
#include "quarantine/QuarantineScreen.h"

#include "base/UiContext.h"
#include "domain/Permissions.h"
#include "quarantine/QuarantineTableModel.h"
#include "services/ErrorText.h"
#include "services/SisdmkService.h"
#include "services/QuarantineService.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mt {

QuarantineScreen::QuarantineScreen(UiContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("quarantineScreen"));
    if (!PermissionPolicy::allows(ctx.session.role, Action::QuarantineReview)) {
        buildDenied();
        return;
    }
    m_model = new QuarantineTableModel(ctx.ws.config().calendar.zone, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("quarantineTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(QuarantineTableModel::NikCol, 150);
    m_view->horizontalHeader()->resizeSection(QuarantineTableModel::ReasonsCol, 320);
    m_openOnly = new QCheckBox(tr("Not yet reviewed only"), this);
    m_openOnly->setObjectName(QStringLiteral("quarantineOpenOnly"));
    m_openOnly->setChecked(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("quarantineCount"));
    m_prev = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_openOnly);
    top->addStretch(1);
    top->addWidget(m_count);
    top->addWidget(m_prev);
    top->addWidget(m_next);

    QWidget *detail = buildDetailPane();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Quarantine: rejected SISDMK records</h2>"), this));
    layout->addWidget(split, 1);

    connect(&ctx.sisdmk->queries(), &PersonnelQueries::quarantineReady, this, &QuarantineScreen::onPage);
    connect(ctx.sisdmk, &SisdmkService::finished, this, &QuarantineScreen::refresh);
    connect(m_openOnly, &QCheckBox::toggled, this, [this] {
        m_offset = 0;
        refresh();
    });
    connect(m_prev, &QPushButton::clicked, this, [this] {
        m_offset = std::max<qint64>(0, m_offset - kPageSize);
        refresh();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_offset += kPageSize;
        refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuarantineScreen::onSelection);
    connect(m_mark, &QPushButton::clicked, this, &QuarantineScreen::markSelectedReviewed);
    refresh();
}

QWidget *QuarantineScreen::buildDetailPane()
{
    m_reasons = new QLabel(tr("Select a record."), this);
    m_reasons->setObjectName(QStringLiteral("quarantineReasons"));
    m_reasons->setWordWrap(true);
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("quarantineRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFont(QStringLiteral("monospace")));
    m_mark = new QPushButton(tr("Mark reviewed"), this);
    m_mark->setObjectName(QStringLiteral("quarantineMarkReviewed"));
    m_mark->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("quarantineMessage"));
    m_message->setWordWrap(true);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *reasonsBox = new QGroupBox(tr("Why it was rejected"), detail);
    (new QVBoxLayout(reasonsBox))->addWidget(m_reasons);
    auto *rawBox = new QGroupBox(tr("Record as received from SISDMK"), detail);
    (new QVBoxLayout(rawBox))->addWidget(m_raw);
    detailLayout->addWidget(reasonsBox);
    detailLayout->addWidget(rawBox, 1);
    detailLayout->addWidget(m_mark);
    detailLayout->addWidget(m_message);
    return detail;
}

void QuarantineScreen::buildDenied()
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Quarantine review is for data stewards. Rejected SISDMK records contain personal data "
                                "as received; ask a data steward or an administrator."),
                             this);
    label->setObjectName(QStringLiteral("quarantineDenied"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

void QuarantineScreen::refresh()
{
    if (!m_model)
        return;
    QuarantineFilter f;
    f.unreviewedOnly = m_openOnly->isChecked();
    m_ticket = m_ctx.sisdmk->queries().quarantine(m_ctx.session, f, m_offset, kPageSize);
}

void QuarantineScreen::onPage(const QuarantinePageResult &r)
{
    if (r.ticket != m_ticket)
        return;
    if (r.error) {
        m_message->setText(tr("The quarantine could not be read: %1").arg(ErrorText::message(*r.error)));
        emit pageShown();
        return;
    }
    m_total = r.total;
    m_model->setEntries(r.rows);
    const QLocale locale;
    m_count->setText(r.rows.isEmpty() ? tr("0 of %1").arg(locale.toString(r.total))
                                      : tr("%1–%2 of %3")
                                            .arg(locale.toString(r.offset + 1), locale.toString(r.offset + r.rows.size()),
                                                 locale.toString(r.total)));
    m_prev->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + kPageSize < m_total);
    // After a review: the same entry if still listed, else the one that took its place (next to review).
    int row = m_selectAfterLoad > 0 ? m_model->rowOf(m_selectAfterLoad) : -1;
    if (row < 0 && m_selectRowAfterLoad >= 0 && m_model->rowCount() > 0)
        row = std::min(m_selectRowAfterLoad, m_model->rowCount() - 1);
    m_selectAfterLoad = 0;
    m_selectRowAfterLoad = -1;
    if (row >= 0)
        m_view->selectRow(row);
    onSelection();
    emit pageShown();
}

void QuarantineScreen::onSelection()
{
    const QuarantineEntry *e = m_model->entryAt(m_view->currentIndex().row());
    if (!e) {
        m_reasons->setText(tr("Select a record."));
        m_raw->clear();
        m_mark->setEnabled(false);
        return;
    }
    QStringList lines;
    for (const QString &r : e->reasons)
        lines << QStringLiteral("• %1 (%2)").arg(PersonnelText::reason(r), r);
    m_reasons->setText(lines.join(QLatin1Char('\n')));
    const QJsonDocument doc = QJsonDocument::fromJson(e->raw);
    m_raw->setPlainText(doc.isNull() ? QString::fromUtf8(e->raw) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    m_mark->setEnabled(e->reviewedAtMs == 0);
    m_mark->setToolTip(e->reviewedAtMs == 0 ? QString() : tr("Already reviewed by %1.").arg(e->reviewedBy));
}

void QuarantineScreen::markSelectedReviewed()
{
    const QuarantineEntry *e = m_model ? m_model->entryAt(m_view->currentIndex().row()) : nullptr;
    if (!e)
        return;
    const qint64 id = e->id;
    const Status st = m_ctx.ws.quarantine().review(m_ctx.session, id);
    if (!st.ok()) {
        m_message->setText(tr("Not marked: %1").arg(ErrorText::message(st)));
        return;
    }
    m_message->setText(tr("Marked reviewed by %1.").arg(m_ctx.session.displayName));
    m_selectAfterLoad = id;
    m_selectRowAfterLoad = m_view->currentIndex().row();
    refresh();
}

} // namespace mt
