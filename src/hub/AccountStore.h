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
};

// How an enrolment code may be used: single-use by default; a batch roll-out gives more uses and an expiry.
struct EnrolCodeOptions
{
    int uses = 1;
    qint64 ttlS = 0; // 0 = no expiry
};

// A token as `token list` shows it: never the secret.
struct TokenInfo
{
    QString kind;
    QString subject;
    QString siteId;
    qint64 createdMs = 0;
    qint64 lastUsedMs = 0; // 0 = never (updated at most once a minute)
    qint64 expiresMs = 0;
    qint64 revokedMs = 0;  // 0 = valid
};

class AccountStore
{
public:
    AccountStore(QSqlDatabase db, const Clock &clock);

    // Returns the new enrolment code (shown once).
    Result<QString> addSite(const QString &id, const QString &name, const EnrolCodeOptions &options = {});
    Result<QString> rotateEnrolCode(const QString &id, const EnrolCodeOptions &options = {});
    Result<bool> siteExists(const QString &id);
    // True when the code is the site's, not expired and has a use left; that use is taken (atomically).
    Result<bool> consumeEnrolCode(const QString &siteId, const QString &code);
    Status addUser(const HubUser &user);
    Result<std::optional<HubUser>> findUser(const QString &name);
    // Every hub user, by name (never a password hash in what callers print).
    Result<QList<HubUser>> listUsers();
    // Disabling also revokes the user's tokens; returns false when there is no such user.
    Result<bool> setDisabled(const QString &name, bool disabled);
    // A new password hash. False when there is no such user.
    Result<bool> setPassword(const QString &name, const QString &passwordHash);

    Result<IssuedToken> issueToken(const Principal &who, qint64 ttlS);
    // AuthFailed with detail unauthenticated | token_expired | token_revoked.
    Result<Principal> authenticate(const QString &token);
    Result<std::optional<Principal>> findToken(const QString &token);
    // Revokes matching, still-valid tokens; returns how many.
    Result<int> revoke(const QString &column, const QString &value);
    // Device tokens of a site (`site code --revoke-devices`); returns how many.
    Result<int> revokeDevices(const QString &siteId);
    // Every token (of one site, or all when empty), newest first.
    Result<QList<TokenInfo>> listTokens(const QString &siteId);

    static QString hashSecret(const QString &secret);
    static QString randomSecret(int bytes);

private:
    // The token's row, with when it was last used (authenticate decides from it whether to write).
    Result<std::optional<Principal>> findToken(const QString &token, qint64 *lastUsedMs);
    Status exec(class QSqlQuery &q, const QString &context);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace mt
