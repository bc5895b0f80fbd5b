// BundleText: one clear, translated sentence per reason a bundle or the signing key was refused.
#include "services/BundleText.h"

#include "services/ErrorText.h"
#include "domain/Event.h"
#include "domain/ClockBound.h"
#include "domain/FieldLimits.h"

#include <QStringList>

namespace mt {

namespace {

QString bundleSentence(const QString &detail)
{
    const QString reason = detail.section(QLatin1Char(':'), 0, 0);
    const QString site = detail.section(QLatin1Char(':'), 1);
    if (reason == QLatin1String("not_a_bundle"))
        return BundleText::tr("This file is not a MedTrack bundle.");
    if (reason == QLatin1String("version"))
        return BundleText::tr("This bundle was made by a newer MedTrack version; update MedTrack to import it.");
    if (reason == QLatin1String("truncated"))
        return BundleText::tr("The bundle file is incomplete (cut off); nothing was imported. Copy it again.");
    if (reason == QLatin1String("untrusted_site"))
        return BundleText::tr("Refused: the bundle comes from site \"%1\", which is not a trusted peer here; "
                              "nothing was imported. An administrator must trust that site's key first.")
            .arg(site);
    if (reason == QLatin1String("untrusted_key"))
        return BundleText::tr("Refused: the bundle claims to come from site \"%1\" but is signed with a key "
                              "that is not trusted for it; nothing was imported.")
            .arg(site);
    if (reason == QLatin1String("bad_signature"))
        return BundleText::tr("Refused: the bundle's signature does not match its content (the file was "
                              "altered or damaged); nothing was imported.");
    if (reason == QLatin1String("own_site"))
        return BundleText::tr("This bundle was made at this site; there is nothing to import.");
    if (reason == QLatin1String("count_mismatch") || reason == QLatin1String("malformed"))
        return BundleText::tr("The bundle is damaged (its content does not match its header); nothing was imported.");
    if (reason == QLatin1String("too_large"))
        return BundleText::tr("The bundle file is larger than 1 GiB; it was not read.");
    return BundleText::tr("The bundle was refused; nothing was imported.");
}

QString keychainSentence(const QString &detail)
{
    const QString reason = detail.section(QLatin1Char(':'), 0, 0);
    if (reason == QLatin1String("denied"))
        return BundleText::tr("Access to the bundle signing key in the system keychain was denied.");
    if (reason == QLatin1String("corrupt"))
        return BundleText::tr("The bundle signing key in the system keychain is damaged.");
    if (reason == QLatin1String("timeout"))
        return BundleText::tr("The system keychain did not answer; bundles cannot be signed now.");
    return BundleText::tr("No system keychain (secret service) is available, so the bundle signing key cannot be "
                          "stored safely; refusing to continue. Start a keyring (e.g. GNOME Keyring) and try again.");
}

} // namespace

QString BundleText::message(const Error &e)
{
    if (e.field == QLatin1String("bundle"))
        return bundleSentence(e.detail);
    if (e.field == QLatin1String("keychain"))
        return keychainSentence(e.detail);
    if (e.field == QLatin1String("public_key"))
        return tr("The public key must be the base64 text printed by \"bundle key show\" on the other site.");
    if (e.field == QLatin1String("site") && e.detail == QLatin1String("own_site"))
        return tr("That is this site's own id; trust the other site's key instead.");
    if (e.field == QLatin1String("site"))
        return tr("A site id has 1 to %L1 characters: letters, digits, dot, dash or underscore.").arg(limits::kSiteIdMaxChars);
    return ErrorText::message(e);
}

QString BundleText::leftOut(const QMap<QString, qint64> &skippedByEntity)
{
    QStringList parts;
    for (auto it = skippedByEntity.cbegin(); it != skippedByEntity.cend(); ++it) {
        const int n = int(it.value());
        if (it.key() == EntityType::User)
            parts << tr("%n user-account event(s)", nullptr, n);
        else if (it.key() == EntityType::SisdmkQuarantine)
            parts << tr("%n SISDMK quarantine review(s)", nullptr, n);
        else
            parts << tr("%n event(s) of type \"%1\"", nullptr, n).arg(it.key());
    }
    if (parts.isEmpty())
        return {};
    return tr("Left out (they stay on this workstation): %1.").arg(parts.join(QStringLiteral(", ")));
}

QString BundleText::heldClockAhead(qint64 events, qint64 aheadMs)
{
    if (events <= 0)
        return {};
    const int minutes = clockbound::minutesUp(aheadMs);
    return tr("%n event(s) are stamped more than 5 minutes ahead of this machine's clock and were not imported. "
              "Check both computers' clocks, then import the same bundle again: nothing is lost.", nullptr, int(events))
           + QLatin1Char(' ') + tr("(Up to %n minute(s) ahead.)", nullptr, minutes);
}

} // namespace mt
