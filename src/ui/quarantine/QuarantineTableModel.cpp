// QuarantineTableModel: received time, NIK as sent, reasons in words, batch, reviewer.
#include "quarantine/QuarantineTableModel.h"

#include "base/UiText.h"
#include "services/PersonnelTypes.h"

namespace mt {

QuarantineTableModel::QuarantineTableModel(SiteZone zone, QObject *parent) : QAbstractTableModel(parent), m_zone(zone) {}

int QuarantineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QuarantineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantineEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ReceivedCol: return UiText::shortTime(e.receivedAtMs, m_zone);
    case NikCol: return e.nik.isEmpty() ? tr("(none)") : e.nik;
    case ReasonsCol: {
        QStringList texts;
        for (const QString &r : e.reasons)
            texts << PersonnelText::reason(r);
        return texts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    case RunCol: return e.runId;
    case ReviewedCol:
        return e.reviewedAtMs == 0 ? tr("Not reviewed")
                                   : tr("%1, %2").arg(e.reviewedBy, UiText::shortTime(e.reviewedAtMs, m_zone));
    default: return {};
    }
}

QVariant QuarantineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedCol: return tr("Received");
    case NikCol: return tr("NIK as sent");
    case ReasonsCol: return tr("Reasons");
    case RunCol: return tr("Batch");
    case ReviewedCol: return tr("Reviewed");
    default: return {};
    }
}

void QuarantineTableModel::setEntries(const QList<QuarantineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const QuarantineEntry *QuarantineTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int QuarantineTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace mt
