// Ed25519 bundle keys (libsodium) and the strict bundle file codec: magic, header, event lines, signature.
#include "services/Bundle.h"

#include "domain/EventJson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace mt {

namespace {

const QByteArray kSignaturePrefix = QByteArrayLiteral("ed25519:");

Error bundleError(const char *detail)
{
    return Error::make(ErrorCode::Validation, QStringLiteral("bundle"), QString::fromLatin1(detail));
}

QByteArray headerJson(const BundleHeader &h)
{
    QJsonObject acks;
    for (auto it = h.acks.cbegin(); it != h.acks.cend(); ++it)
        acks.insert(it.key(), static_cast<double>(it.value()));
    const QJsonObject o{
        {QStringLiteral("version"), h.version},
        {QStringLiteral("bundle_id"), h.bundleId},
        {QStringLiteral("site_id"), h.siteId},
        {QStringLiteral("to_site"), h.toSite},
        {QStringLiteral("created_at_ms"), static_cast<double>(h.createdAtMs)},
        {QStringLiteral("created_at"),
         QDateTime::fromMSecsSinceEpoch(h.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("event_count"), static_cast<double>(h.eventCount)},
        {QStringLiteral("key_id"), h.keyId},
        {QStringLiteral("from_seq"), static_cast<double>(h.fromSeq)},
        {QStringLiteral("through_seq"), static_cast<double>(h.throughSeq)},
        {QStringLiteral("acks"), acks}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool readInt(const QJsonObject &o, const char *key, qint64 &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 9007199254740992.0)
        return false;
    out = static_cast<qint64>(v.toDouble());
    return static_cast<double>(out) == v.toDouble();
}

std::optional<BundleHeader> headerFrom(const QByteArray &line)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    BundleHeader h;
    qint64 version = 0;
    h.bundleId = o.value(QLatin1String("bundle_id")).toString();
    h.siteId = o.value(QLatin1String("site_id")).toString();
    h.toSite = o.value(QLatin1String("to_site")).toString();
    h.keyId = o.value(QLatin1String("key_id")).toString();
    if (!readInt(o, "version", version) || !readInt(o, "created_at_ms", h.createdAtMs)
        || !readInt(o, "event_count", h.eventCount) || !readInt(o, "from_seq", h.fromSeq)
        || !readInt(o, "through_seq", h.throughSeq) || !isValidSiteId(h.siteId) || h.bundleId.isEmpty()
        || (!h.toSite.isEmpty() && !isValidSiteId(h.toSite)) || !o.value(QLatin1String("acks")).isObject())
        return std::nullopt;
    h.version = static_cast<int>(version);
    const QJsonObject acks = o.value(QLatin1String("acks")).toObject();
    for (auto it = acks.begin(); it != acks.end(); ++it) {
        qint64 seq = 0;
        if (!isValidSiteId(it.key()) || !readInt(acks, it.key().toLatin1().constData(), seq))
            return std::nullopt;
        h.acks.insert(it.key(), seq);
    }
    return h;
}

} // namespace

BundleSigningKey::~BundleSigningKey() { wipe(); }

BundleSigningKey::BundleSigningKey(const BundleSigningKey &other) : m_secret(other.m_secret)
{
    m_secret.detach();
}

BundleSigningKey &BundleSigningKey::operator=(const BundleSigningKey &other)
{
    if (this != &other) {
        wipe();
        m_secret = other.m_secret;
        m_secret.detach();
    }
    return *this;
}

void BundleSigningKey::wipe()
{
    // Copies detach on construction, so a detached buffer is ours alone to overwrite.
    if (!m_secret.isEmpty() && m_secret.isDetached())
        sodium_memzero(m_secret.data(), static_cast<size_t>(m_secret.size()));
    m_secret.clear();
}

BundleSigningKey BundleSigningKey::generate()
{
    if (sodium_init() < 0)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    BundleSigningKey key;
    key.m_secret = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(key.m_secret.data()));
    return key;
}

BundleSigningKey BundleSigningKey::fromSecret(const QByteArray &secretKey)
{
    BundleSigningKey key;
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES || sodium_init() < 0)
        return key;
    key.m_secret = secretKey;
    key.m_secret.detach();
    // The embedded public half must belong to the seed, or every signature would fail to verify.
    const QByteArray probe = QByteArrayLiteral("medtrack-bundle-key-probe");
    if (verify(probe, key.sign(probe), key.publicKey()))
        return key;
    return {};
}

QByteArray BundleSigningKey::publicKey() const
{
    if (!isValid())
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pk.data()),
                                 reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return pk;
}

QByteArray BundleSigningKey::sign(const QByteArray &message) const
{
    if (!isValid())
        return {};
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return sig;
}

QString BundleSigningKey::keyIdOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

bool BundleSigningKey::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QByteArray BundleFormat::magic()
{
    return QByteArrayLiteral("MEDTRACK-BUNDLE");
}

QByteArray BundleFormat::encode(const BundleHeader &header, const QList<Event> &events, const BundleSigningKey &key)
{
    QByteArray out = magic() + ' ' + QByteArray::number(header.version) + '\n';
    out += headerJson(header) + '\n';
    for (Event e : events) {
        e.serverSeq.reset(); // hub numbering is between a site and its hub, not part of the fact
        out += QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact) + '\n';
    }
    return out + kSignaturePrefix + key.sign(out).toBase64() + '\n';
}

Result<ParsedBundle> BundleFormat::parse(const QByteArray &bytes)
{
    const qsizetype firstEnd = bytes.indexOf('\n');
    const QByteArray first = bytes.left(firstEnd < 0 ? bytes.size() : firstEnd);
    if (!first.startsWith(magic() + ' '))
        return bundleError("not_a_bundle");
    if (first.mid(magic().size() + 1) != QByteArray::number(BundleHeader::kVersion))
        return bundleError("version");
    // A complete file ends with the signature line and its newline; anything shorter was cut off.
    const qsizetype sigStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
    if (!bytes.endsWith('\n') || sigStart <= firstEnd + 1 || !bytes.mid(sigStart).startsWith(kSignaturePrefix))
        return bundleError("truncated");
    ParsedBundle p;
    p.signedPart = bytes.left(sigStart);
    p.signature = QByteArray::fromBase64(bytes.mid(sigStart + kSignaturePrefix.size()).trimmed());
    QList<QByteArray> lines = p.signedPart.mid(firstEnd + 1).split('\n');
    lines.removeLast(); // the split after the final newline
    if (lines.isEmpty())
        return bundleError("truncated");
    const auto header = headerFrom(lines.takeFirst());
    if (!header)
        return bundleError("malformed");
    p.header = *header;
    p.eventLines = std::move(lines);
    return p;
}

Result<QList<Event>> BundleFormat::events(const ParsedBundle &bundle)
{
    if (bundle.eventLines.size() != bundle.header.eventCount)
        return bundleError("count_mismatch");
    QList<Event> out;
    out.reserve(bundle.eventLines.size());
    for (const QByteArray &line : bundle.eventLines) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return bundleError("malformed");
        Result<Event> e = eventFromJson(doc.object());
        if (!e)
            return Error::make(ErrorCode::Validation, QStringLiteral("bundle"),
                               QStringLiteral("malformed:%1 %2 (event %3)")
                                   .arg(e.error().field, e.error().detail).arg(out.size() + 1));
        out.append(std::move(e).value());
    }
    return out;
}

} // namespace mt
