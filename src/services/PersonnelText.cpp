// PersonnelText: NIK masking, the 35 SDMK category names, quarantine reasons and run states for people.
#include "services/PersonnelTypes.h"

#include "domain/personnel/NikValidator.h"
#include "domain/personnel/SisdmkMapper.h"
#include "sisdmk/PageParser.h"

#include <QHash>

#include <array>

namespace mt {

QString PersonnelText::maskNik(const QString &nik)
{
    if (nik.size() < 8)
        return QString(nik.size(), QLatin1Char('*'));
    return nik.left(6) + QString(nik.size() - 8, QLatin1Char('*')) + nik.right(2);
}

// ID_JENIS_SDMK as in the contract's sample and the simulator (tools/sisdmk-sim/Vocabulary.cpp).
// Official Indonesian names; translated only where a translation exists.
QString PersonnelText::categoryName(int id)
{
    static const std::array<const char *, 35> names{
        QT_TR_NOOP("Dokter"),
        QT_TR_NOOP("Dokter Spesialis"),
        QT_TR_NOOP("Perawat"),
        QT_TR_NOOP("Bidan"),
        QT_TR_NOOP("Dokter Gigi"),
        QT_TR_NOOP("Dokter Gigi Spesialis"),
        QT_TR_NOOP("Apoteker"),
        QT_TR_NOOP("Tenaga Teknis Kefarmasian"),
        QT_TR_NOOP("Tenaga Kesehatan Masyarakat"),
        QT_TR_NOOP("Epidemiolog Kesehatan"),
        QT_TR_NOOP("Tenaga Promosi Kesehatan dan Ilmu Perilaku"),
        QT_TR_NOOP("Pembimbing Kesehatan Kerja"),
        QT_TR_NOOP("Tenaga Administrasi dan Kebijakan Kesehatan"),
        QT_TR_NOOP("Tenaga Biostatistik dan Kependudukan"),
        QT_TR_NOOP("Tenaga Kesehatan Reproduksi dan Keluarga"),
        QT_TR_NOOP("Tenaga Sanitasi Lingkungan"),
        QT_TR_NOOP("Nutrisionis"),
        QT_TR_NOOP("Dietisien"),
        QT_TR_NOOP("Fisioterapis"),
        QT_TR_NOOP("Okupasi Terapis"),
        QT_TR_NOOP("Terapis Wicara"),
        QT_TR_NOOP("Akupunktur Terapis"),
        QT_TR_NOOP("Radiografer"),
        QT_TR_NOOP("Radioterapis"),
        QT_TR_NOOP("Elektromedis"),
        QT_TR_NOOP("Ahli Teknologi Laboratorium Medik"),
        QT_TR_NOOP("Fisikawan Medik"),
        QT_TR_NOOP("Perekam Medis dan Informasi Kesehatan"),
        QT_TR_NOOP("Terapis Gigi dan Mulut"),
        QT_TR_NOOP("Teknisi Gigi"),
        QT_TR_NOOP("Refraksionis Optisien"),
        QT_TR_NOOP("Ortotis Prostetis"),
        QT_TR_NOOP("Penata Anestesi"),
        QT_TR_NOOP("Psikolog Klinis"),
        QT_TR_NOOP("Tenaga Kesehatan Tradisional"),
    };
    static_assert(names.size() == kSdmkCategoryCount);
    if (id < 1 || id > kSdmkCategoryCount)
        return {};
    return tr(names[std::size_t(id - 1)]);
}

QString PersonnelText::reason(const QString &key)
{
    static const QHash<QString, const char *> texts{
        {NikReason::Format, QT_TR_NOOP("NIK is not 16 digits")},
        {NikReason::District, QT_TR_NOOP("NIK district code is in no Kemendagri decree")},
        {NikReason::BirthDate, QT_TR_NOOP("NIK birth date is not a real date")},
        {NikReason::Serial, QT_TR_NOOP("NIK serial number is 0000")},
        {NikReason::SexMismatch, QT_TR_NOOP("Sex does not match the NIK")},
        {NikReason::BirthDateMismatch, QT_TR_NOOP("Birth date does not match the NIK")},
        {RecordReason::NikType, QT_TR_NOOP("NIK is not a text value")},
        {RecordReason::NameEmpty, QT_TR_NOOP("Name is empty")},
        {RecordReason::NameTooLong, QT_TR_NOOP("Name is too long")},
        {RecordReason::FieldType, QT_TR_NOOP("A field has the wrong type")},
        {RecordReason::FieldTooLong, QT_TR_NOOP("A field is too long")},
        {RecordReason::StatusInvalid, QT_TR_NOOP("STATUS_AKTIF is neither AKTIF nor TIDAK AKTIF")},
        {RecordReason::SexInvalid, QT_TR_NOOP("Sex is neither L nor P")},
        {RecordReason::BirthDateFormat, QT_TR_NOOP("Birth date is not a real YYYY-MM-DD date")},
        {RecordReason::ProvinceUnknown, QT_TR_NOOP("Unknown province code")},
        {RecordReason::RegencyUnknown, QT_TR_NOOP("Unknown regency code")},
        {RecordReason::RegionRetired, QT_TR_NOOP("Region code was retired by a newer decree")},
        {RecordReason::RegencyOutsideProvince, QT_TR_NOOP("Regency is not in the province")},
        {RecordReason::LastUpdatedFormat, QT_TR_NOOP("LAST_UPDATED is not an ISO 8601 time")},
        {RecordReason::CategoryUnknown, QT_TR_NOOP("Unknown SDMK category")},
        {RecordReason::DuplicateInPage, QT_TR_NOOP("The same NIK twice in one page")},
        {PageParser::InvalidUtf8, QT_TR_NOOP("Invalid UTF-8 text")},
        {PageParser::NotObject, QT_TR_NOOP("The record is not a JSON object")},
    };
    const auto it = texts.constFind(key);
    if (it != texts.constEnd())
        return tr(*it);
    // "field_type:KODE_KAB": a keyed reason about one field.
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const auto prefixed = colon > 0 ? texts.constFind(key.left(colon)) : texts.constEnd();
    if (prefixed != texts.constEnd())
        return tr("%1: %2").arg(tr(*prefixed), key.mid(colon + 1));
    return key;
}

QString PersonnelText::runStatus(const QString &status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("ok"))
        return tr("OK");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("interrupted"))
        return tr("Interrupted");
    return status;
}

} // namespace mt
