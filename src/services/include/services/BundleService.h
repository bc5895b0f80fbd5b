// Offline signed bundles between sites: export, verified import, and the peers whose keys are trusted.
#pragma once

#include "common/Error.h"
#include "services/Bundle.h"
#include "services/Session.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mt {

class EventLogService;
class ServiceContext;

class BundleService
{
public:
    BundleService(ServiceContext &ctx, EventLogService &events);

    // `s` null: the local OS account, trusted as for backup (CLI only). The signing key comes from
    // BundleKeyring (asynchronous keychain access).
    Result<BundleExportSummary> exportBundle(const Session *s, const QString &file, const BundleSigningKey &key,
                                             const BundleExportOptions &options = {});
    // Verifies the signer is a trusted peer and the signature holds before anything is stored.
    Result<BundleImportSummary> importBundle(const Session *s, const QString &file);
    // Admin only (SettingsManage): bundles signed with this key are accepted as from `siteId`.
    Status trustPeer(const Session *s, const QString &siteId, const QByteArray &publicKey);
    Result<QList<BundlePeer>> peers() const;

private:
    ServiceContext &m_ctx;
    EventLogService &m_events;
};

} // namespace mt
