// Sites, hub users and API tokens (stored only as SHA-256) in the hub database.
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mt {

class Clock;

namespace TokenKind {
inline const QString User = QStringLiteral("user");
inline const QString Device = QStringLiteral("device");
inline const QString Ingest = QStringLiteral("ingest");
} // namespace TokenKind

// Who is calling: resolved from a bearer token.
struct Principal
{
    QString tokenHash;
    QString kind;    // TokenKind::*
    QString subject; // user name, device name, or "ingest:<site>"
    Role role = Role::L1Operator;
    QString siteId;  // empty for central tokens
    bool central = false;

    bool mayAccessSite(const QString &site) const { return central || site == siteId; }
};

struct IssuedToken
{
    QString token; // shown once, never stored
    qint64 expiresMs = 0;
};

struct HubUser
{
    QString name;
    Role role = Role::L1Operator;
    QString siteId;
    bool central = false;
    QString passwordHash;
    bool disabled = false;
    int failedCount = 0;
    qint64 lockedUntilMs = 0;
};

class AccountStore
{
public:
    AccountStore(QSqlDatabase db, const Clock &clock);

    // Returns the new enrolment code (shown once).
    Result<QString> addSite(const QString &id, const QString &name);
    Result<QString> rotateEnrolCode(const QString &id);
    Result<bool> siteExists(const QString &id);
    Result<bool> checkEnrolCode(const QString &siteId, const QString &code);
    Status addUser(const HubUser &user);
    Result<std::optional<HubUser>> findUser(const QString &name);
    Status recordLogin(const QString &name, bool success, int maxFailures, qint64 lockoutMs);

    Result<IssuedToken> issueToken(const Principal &who, qint64 ttlS);
    // AuthFailed with detail unauthenticated | token_expired | token_revoked.
    Result<Principal> authenticate(const QString &token);
    Result<std::optional<Principal>> findToken(const QString &token);
    // Revokes matching, still-valid tokens; returns how many.
    Result<int> revoke(const QString &column, const QString &value);

    static QString hashSecret(const QString &secret);
    static QString randomSecret(int bytes);

private:
    Status exec(class QSqlQuery &q, const QString &context);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace mt
