// Offline signed bundles (docs/sync.md): Ed25519 keys, the file format, and export/import summaries.
#pragma once

#include "common/Error.h"
#include "domain/Event.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace mt {

// An Ed25519 key pair (libsodium crypto_sign). The secret half lives only in memory and in the
// OS keychain (BundleKeyring); it is wiped when the object goes away.
class BundleSigningKey
{
public:
    BundleSigningKey() = default;
    ~BundleSigningKey();
    BundleSigningKey(const BundleSigningKey &other);
    BundleSigningKey &operator=(const BundleSigningKey &other);

    static BundleSigningKey generate();
    // From the 64-byte libsodium secret key (which embeds the public key); invalid when malformed.
    static BundleSigningKey fromSecret(const QByteArray &secretKey);

    bool isValid() const { return m_secret.size() == 64; }
    const QByteArray &secretKey() const { return m_secret; }
    QByteArray publicKey() const;
    QString keyId() const { return keyIdOf(publicKey()); }
    QByteArray sign(const QByteArray &message) const; // 64-byte detached signature

    static QString keyIdOf(const QByteArray &publicKey); // first 16 hex digits of SHA-256
    static bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

private:
    void wipe();
    QByteArray m_secret;
};

// The header line of a bundle file.
struct BundleHeader
{
    static constexpr int kVersion = 1;
    int version = kVersion;
    QString bundleId;       // UUIDv7
    QString siteId;         // the signer's site
    QString toSite;         // empty: a full bundle for any peer
    qint64 createdAtMs = 0;
    qint64 eventCount = 0;
    QString keyId;
    qint64 fromSeq = 0;     // the exporter's log seqs this bundle covers: (fromSeq, throughSeq]
    qint64 throughSeq = 0;
    QMap<QString, qint64> acks; // peer site -> that peer's seq through which the exporter holds its events
};

struct ParsedBundle
{
    BundleHeader header;
    QByteArray signedPart; // everything before the signature line
    QByteArray signature;
    QList<QByteArray> eventLines;
};

// Encoding and strict decoding of the file; see docs/sync.md for the byte layout.
class BundleFormat
{
public:
    static constexpr qint64 kMaxFileBytes = qint64(1) << 30;
    static QByteArray magic(); // first line, without the newline
    static QByteArray encode(const BundleHeader &header, const QList<Event> &events, const BundleSigningKey &key);
    // Structure only (magic, version, header, signature line); the signature is checked separately.
    // Errors: Validation, field "bundle", detail not_a_bundle | version | truncated | malformed.
    static Result<ParsedBundle> parse(const QByteArray &bytes);
    // Decodes the event lines (EventJson, strict); detail "malformed" or "count_mismatch".
    static Result<QList<Event>> events(const ParsedBundle &bundle);
};

struct BundleExportOptions
{
    QString toSite;   // empty: every event; else only what that peer has not acknowledged
    bool all = false; // ignore acknowledgements (a peer restored from an old backup)
};

struct BundleExportSummary
{
    QString bundleId;
    QString file;
    QString toSite;
    qint64 events = 0;
    qint64 skipped = 0; // events left out: they stay on this workstation (docs/sync.md, "Local-only entities")
    QMap<QString, qint64> skippedByEntity; // entity type ("user", "sisdmk_quarantine") -> count
    qint64 fromSeq = 0;
    qint64 throughSeq = 0;
};

struct BundleImportSummary
{
    QString bundleId;
    QString fromSite;
    qint64 events = 0;     // in the file
    qint64 newEvents = 0;  // not stored here before
    qint64 duplicates = 0;
    // Stamped more than limits::kMaxClockAheadMs ahead of this machine's clock: not imported (issue 10).
    // Importing the same bundle again once the clocks agree takes them; nothing else is lost.
    qint64 heldClockAhead = 0;
    qint64 clockAheadMs = 0; // the largest of their leads over this machine's clock
};

struct BundlePeer
{
    QString siteId;
    QByteArray publicKey;
    QString keyId;
    qint64 receivedThrough = 0;
    qint64 ackedThrough = 0;
    qint64 exportedThrough = 0;
};

struct EventImportCounts
{
    qint64 newEvents = 0;
    qint64 duplicates = 0;
};

// An event with its position in the local log (events.seq).
struct LoggedEvent
{
    qint64 seq = 0;
    Event event;
};

} // namespace mt
