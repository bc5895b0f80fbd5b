// One clear, translated sentence per error code; validation errors name the field and its rule.
#include "services/ErrorText.h"

#include "domain/FieldLimits.h"

#include <QDateTime>

namespace mt {

namespace {

bool is(const QString &value, const char *key)
{
    return value == QLatin1String(key);
}

QString lockedUntilText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : iso;
}

} // namespace

QString ErrorText::fieldLabel(const QString &field)
{
    struct Label { const char *key; const char *text; };
    static const Label labels[] = {
        {"title", QT_TR_NOOP("Title")}, {"details", QT_TR_NOOP("Details")},
        {"description", QT_TR_NOOP("Description")}, {"severity", QT_TR_NOOP("Severity")},
        {"module", QT_TR_NOOP("Module")}, {"modules", QT_TR_NOOP("Modules")},
        {"assignee", QT_TR_NOOP("Assignee")}, {"resolution", QT_TR_NOOP("Resolution")},
        {"evidence", QT_TR_NOOP("Evidence")}, {"kb_ref", QT_TR_NOOP("Knowledge-base reference")},
        {"no_kb_reason", QT_TR_NOOP("Reason for no knowledge-base article")},
        {"password", QT_TR_NOOP("Password")}, {"name", QT_TR_NOOP("User name")},
        {"display_name", QT_TR_NOOP("Display name")}, {"role", QT_TR_NOOP("Role")},
        {"reason", QT_TR_NOOP("Reason")}, {"until", QT_TR_NOOP("Shelve until")},
        {"step", QT_TR_NOOP("Checklist step")}, {"text", QT_TR_NOOP("Note")},
        {"dedup_key", QT_TR_NOOP("Deduplication key")}, {"alert_ids", QT_TR_NOOP("Linked alerts")},
        {"file", QT_TR_NOOP("File")}, {"data_dir", QT_TR_NOOP("Data directory")},
    };
    for (const Label &l : labels) {
        if (field == QLatin1String(l.key))
            return tr(l.text);
    }
    return field;
}

static QString validationText(const Error &e)
{
    const QString &f = e.field;
    if (is(f, "title"))
        return ErrorText::tr("Title must be 1 to %L1 characters.").arg(limits::kTitleMaxChars);
    if (is(f, "details"))
        return ErrorText::tr("Details must be at most %L1 characters.").arg(limits::kAlertDetailsMaxChars);
    if (is(f, "dedup_key"))
        return ErrorText::tr("The deduplication key must be at most %L1 characters.").arg(limits::kDedupKeyMaxChars);
    if (is(f, "reason"))
        return ErrorText::tr("Please give a reason.");
    if (is(f, "until"))
        return ErrorText::tr("The shelve time must be in the future.");
    if (is(f, "severity"))
        return ErrorText::tr("Severity must be 1 (critical) to 4 (low).");
    if (is(f, "modules"))
        return is(e.detail, "duplicate") ? ErrorText::tr("Each module can be listed only once.")
                                         : ErrorText::tr("Choose at least one affected module.");
    if (is(f, "assignee"))
        return ErrorText::tr("The assignee must be an existing, active user.");
    if (is(f, "step"))
        return ErrorText::tr("That checklist step does not exist.");
    if (is(f, "text"))
        return ErrorText::tr("A note must be 1 to %L1 characters.").arg(limits::kNoteMaxChars);
    if (is(f, "resolution"))
        return ErrorText::tr("The resolution must be at least %L1 characters.").arg(limits::kResolutionMinChars);
    if (is(f, "evidence"))
        return is(e.detail, "file_name_required") ? ErrorText::tr("Every evidence file needs a file name.")
                                                   : ErrorText::tr("Closing needs evidence: attach a file or write an evidence note.");
    if (is(f, "kb_ref") || is(f, "no_kb_reason"))
        return ErrorText::tr("Give a knowledge-base reference, or the reason why no article is needed.");
    if (is(f, "password") && is(e.detail, "mismatch"))
        return ErrorText::tr("The two passwords do not match.");
    if (is(f, "password"))
        return is(e.detail, "same_as_user_name") ? ErrorText::tr("The password must not be the same as the user name.")
                                                  : ErrorText::tr("The password must be at least %L1 characters.").arg(limits::kPasswordMinChars);
    if (is(f, "name"))
        return ErrorText::tr("A user name has %L1 to %L2 characters: lower-case letters, digits, dot, dash or underscore.")
            .arg(limits::kUserNameMinChars)
            .arg(limits::kUserNameMaxChars);
    if (is(f, "role"))
        return ErrorText::tr("The first user must be an administrator.");
    return ErrorText::tr("%1 is not valid.").arg(ErrorText::fieldLabel(f));
}

static QString transitionText(const Error &e)
{
    const QString &r = e.detail;
    if (is(r, "already_resolved"))
        return ErrorText::tr("The alert is already resolved.");
    if (is(r, "already_acknowledged"))
        return ErrorText::tr("The alert is already acknowledged.");
    if (is(r, "not_acknowledged"))
        return ErrorText::tr("The alert is not acknowledged.");
    if (is(r, "already_escalated"))
        return ErrorText::tr("This has already been escalated.");
    if (is(r, "already_closed"))
        return ErrorText::tr("The incident is already closed.");
    if (is(r, "not_closed"))
        return ErrorText::tr("Only a resolved or closed incident can be reopened.");
    if (is(r, "same_status"))
        return ErrorText::tr("The incident already has that status.");
    if (is(r, "same_severity"))
        return ErrorText::tr("The incident already has that severity.");
    if (is(r, "use_close"))
        return ErrorText::tr("Use Close to close an incident: it needs a resolution and evidence.");
    return ErrorText::tr("This action is not possible in the current state.");
}

static QString notFoundText(const Error &e)
{
    if (is(e.field, "alert") || is(e.field, "alert_ids"))
        return ErrorText::tr("That alert does not exist.");
    if (is(e.field, "incident"))
        return ErrorText::tr("That incident does not exist.");
    if (is(e.field, "user"))
        return ErrorText::tr("That user does not exist.");
    if (is(e.field, "file"))
        return ErrorText::tr("The file %1 was not found.").arg(e.detail);
    return ErrorText::tr("The requested item was not found.");
}

static QString storageText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DatabaseLocked: return ErrorText::tr("The database is busy in another program; try again in a moment.");
    case ErrorCode::DiskFull: return ErrorText::tr("The disk is full; free some space and try again.");
    case ErrorCode::DatabaseCorrupt: return ErrorText::tr("The database file is damaged; restore it from a backup.");
    case ErrorCode::DatabaseTooNew:
        return ErrorText::tr("The database was written by a newer MedTrack version; please update MedTrack.");
    case ErrorCode::DatabaseReadOnly:
        return ErrorText::tr("The database cannot be written yet: the start-up integrity check is still running "
                             "(or the file is read-only). Nothing was changed; try again in a moment.");
    default: return ErrorText::tr("An unexpected error occurred; see the log for details.");
    }
}

QString ErrorText::message(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Ok: return {};
    case ErrorCode::Validation: return validationText(e);
    case ErrorCode::NotFound: return notFoundText(e);
    case ErrorCode::PermissionDenied:
        if (is(e.field, "severity"))
            return tr("Closing a Sev-1 or Sev-2 incident needs an L2 operator or above.");
        return tr("Your role is not allowed to do this.");
    case ErrorCode::InvalidTransition: return transitionText(e);
    case ErrorCode::Conflict:
        return is(e.field, "name") ? tr("That user name is already taken.") : tr("This conflicts with existing data.");
    case ErrorCode::AuthFailed: return tr("Wrong user name or password.");
    case ErrorCode::AccountLocked:
        return tr("Too many failed logins: the account is locked until %1.").arg(lockedUntilText(e.detail));
    case ErrorCode::TooLarge: return tr("The file \"%1\" is larger than the attachment size limit.").arg(e.detail);
    case ErrorCode::DatabaseCorrupt:
        if (is(e.field, "audit"))
            return tr("The audit trail is broken at event #%1: the event log was changed outside MedTrack.").arg(e.detail);
        return storageText(e.code);
    case ErrorCode::Io:
        return e.detail.isEmpty() ? tr("A file could not be read or written.")
                                  : tr("A file could not be read or written: %1").arg(e.detail);
    case ErrorCode::DatabaseLocked:
    case ErrorCode::DiskFull:
    case ErrorCode::DatabaseTooNew:
    case ErrorCode::DatabaseReadOnly:
    case ErrorCode::Internal: return storageText(e.code);
    }
    return storageText(ErrorCode::Internal);
}

} // namespace mt
