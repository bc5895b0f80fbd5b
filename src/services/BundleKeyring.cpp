// BundleKeyring: the Ed25519 secret key as an entry of the one keychain wrapper; no insecure fallback, ever.
#include "services/BundleKeyring.h"

#include "security/Keychain.h"

namespace mt {

QString BundleKeyring::serviceName()
{
    return QStringLiteral("MedTrack bundle signing");
}

void BundleKeyring::loadOrCreate(const QString &siteId, QObject *context, Done done)
{
    Keychain::read(serviceName(), siteId, context, [siteId, context, done](const Result<QString> &r) {
        if (!r && r.error().code == ErrorCode::NotFound) {
            create(siteId, context, done);
            return;
        }
        if (!r) {
            done(r.error()); // Io, "denied: ..." or "unavailable: ..." (BundleText says which)
            return;
        }
        const BundleSigningKey key = BundleSigningKey::fromSecret(QByteArray::fromBase64(r->toLatin1()));
        if (!key.isValid()) {
            done(Error::make(ErrorCode::Io, QStringLiteral("keychain"), QStringLiteral("corrupt")));
            return;
        }
        done(key);
    });
}

void BundleKeyring::create(const QString &siteId, QObject *context, Done done)
{
    const BundleSigningKey key = BundleSigningKey::generate();
    if (!key.isValid()) {
        done(Error::make(ErrorCode::Internal, QStringLiteral("keychain"), QStringLiteral("generate")));
        return;
    }
    Keychain::write(serviceName(), siteId, QString::fromLatin1(key.secretKey().toBase64()), context,
                    [key, done](const Status &st) {
                        if (!st.ok()) {
                            done(st);
                            return;
                        }
                        done(key);
                    });
}

} // namespace mt
