// medtrackctl personnel list: health workers pulled from SISDMK; NIK masked unless the actor may see it.
#include "CtlCommands.h"

#include "domain/Permissions.h"
#include "services/PersonnelDirectory.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mt {
namespace {

class PersonnelText
{
    Q_DECLARE_TR_FUNCTIONS(medtrackctl)
};

// Keeps the district (where it was issued) and the last two digits: enough to tell rows apart.
QString maskNik(const QString &nik)
{
    if (nik.size() < 8)
        return QString(nik.size(), QLatin1Char('*'));
    return nik.left(6) + QString(nik.size() - 8, QLatin1Char('*')) + nik.right(2);
}

QJsonObject personJson(const PersonnelRow &row, bool showNik)
{
    const PersonnelRecord &r = row.record;
    return {{QStringLiteral("nik"), showNik ? r.nik : maskNik(r.nik)},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("sex"), r.sex},
            {QStringLiteral("province"), r.provinceCode},
            {QStringLiteral("regency"), r.regencyCode},
            {QStringLiteral("active"), r.active},
            {QStringLiteral("category"), row.category},
            {QStringLiteral("facility_code"), row.facilityCode},
            {QStringLiteral("facility"), row.facilityName},
            {QStringLiteral("last_updated"), isoUtc(r.lastUpdatedMs)},
            {QStringLiteral("jobs"), QJsonDocument::fromJson(row.jobsJson.toUtf8()).array()}};
}

} // namespace

int runPersonnel(CtlContext &ctx)
{
    if (ctx.args().word(1) != QLatin1String("list"))
        return ctx.usage(PersonnelText::tr("Use: personnel list [--region CODE] [--search T] [--limit N]"));
    if (int rc = ctx.checkOptions({QStringLiteral("region"), QStringLiteral("search"), QStringLiteral("limit"),
                                   QStringLiteral("category"), QStringLiteral("facility"), QStringLiteral("as")});
        rc != ExitOk)
        return rc;
    const int limit = ctx.args().has(QStringLiteral("limit")) ? ctx.args().value(QStringLiteral("limit")).toInt() : 50;
    if (limit <= 0)
        return ctx.usage(PersonnelText::tr("--limit must be a positive number."));
    if (Status st = ctx.openWorkspace(); !st.ok())
        return ctx.failure(st);
    const auto actor = ctx.actor(false);
    if (!actor)
        return ctx.failure(actor.error());
    const bool showNik = PermissionPolicy::allows(actor.value().role, Action::PersonnelViewNik);
    PersonnelFilter f;
    f.search = ctx.args().value(QStringLiteral("search"));
    f.regionPrefix = ctx.args().value(QStringLiteral("region"));
    if (f.regionPrefix.size() == 4 && !f.regionPrefix.contains(QLatin1Char('.')))
        f.regionPrefix = f.regionPrefix.left(2) + QLatin1Char('.') + f.regionPrefix.mid(2);
    f.category = ctx.args().value(QStringLiteral("category")).toInt();
    f.facilityCode = ctx.args().value(QStringLiteral("facility"));
    const PersonnelDirectory &directory = ctx.workspace().personnel();
    const auto total = directory.count(f);
    const auto rows = directory.page(f, 0, limit);
    if (!total || !rows)
        return ctx.failure(!total ? total.error() : rows.error());
    QJsonArray arr;
    QStringList lines;
    for (const PersonnelRow &row : rows.value()) {
        arr.append(personJson(row, showNik));
        lines << QStringLiteral("%1  %2  %3  %4")
                     .arg(showNik ? row.record.nik : maskNik(row.record.nik), row.record.regencyCode, row.record.name,
                          row.facilityName);
    }
    return ctx.success({{QStringLiteral("total"), total.value()}, {QStringLiteral("personnel"), arr},
                        {QStringLiteral("nik_masked"), !showNik}},
                       lines.join(QLatin1Char('\n')));
}

} // namespace mt
