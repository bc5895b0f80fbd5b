// Values exchanged between the SISDMK ETL worker thread and its owner (GUI thread or CLI).
#pragma once

#include "common/Error.h"
#include "domain/Types.h"
#include "domain/personnel/SisdmkRecords.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mt {

struct SyncRequest
{
    QString baseUrl;
    QStringList regions;     // province or regency codes, dotted or not
    QString since;           // ISO 8601 UTC; empty = from the region's watermark (or everything)
    SisdmkCredentials credentials;
};

} // namespace mt

Q_DECLARE_METATYPE(mt::SyncRequest)
