// Rows that are not projections of events: local accounts, evidence files, the audit chain's verdict.
#pragma once

#include "domain/Types.h"

#include <QString>

namespace mt {

struct UserRecord
{
    QString name;
    QString displayName;
    Role role = Role::L1Operator;
    QString passwordHash; // libsodium crypto_pwhash_str output
    int failedAttempts = 0;
    qint64 lockedUntilMs = 0;
    bool disabled = false;
};

struct AttachmentInfo
{
    QString id;
    QString incidentId;
    QString fileName;
    qint64 size = 0;
    QString sha256;
    qint64 addedAtMs = 0;
    QString addedBy;
};

// Result of recomputing the event log's hash chain (medtrackctl audit verify).
struct AuditChainReport
{
    bool intact = true;
    qint64 checked = 0;
    qint64 firstBadSeq = 0; // local sequence number where the chain breaks
    QString reason;         // "hash_mismatch" | "link_mismatch" | "head_mismatch"
};

} // namespace mt
