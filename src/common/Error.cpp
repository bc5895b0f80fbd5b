// Stable machine names of error codes (used in --json output and logs).
#include "common/Error.h"

namespace mt {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return "ok";
    case ErrorCode::Validation: return "validation";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::PermissionDenied: return "permission_denied";
    case ErrorCode::InvalidTransition: return "invalid_transition";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::AuthFailed: return "auth_failed";
    case ErrorCode::AccountLocked: return "account_locked";
    case ErrorCode::TooLarge: return "too_large";
    case ErrorCode::DatabaseLocked: return "database_locked";
    case ErrorCode::DiskFull: return "disk_full";
    case ErrorCode::DatabaseCorrupt: return "database_corrupt";
    case ErrorCode::DatabaseTooNew: return "database_too_new";
    case ErrorCode::DatabaseReadOnly: return "database_read_only";
    case ErrorCode::Io: return "io";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

} // namespace mt
