// DemoData: demo users plus a believable starting picture (alerts, incidents) for a demo data directory.
#include "services/DemoData.h"

#include "services/Workspace.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"

namespace mt {

namespace {

Session sessionOf(const DemoUser &u)
{
    return Session{u.name, u.displayName, u.role};
}

DemoUser demoUser(const QString &name)
{
    for (const DemoUser &u : DemoData::users()) {
        if (u.name == name)
            return u;
    }
    return {};
}

RaiseAlertRequest request(AlertSeverity sev, Module module, const char *title, const char *details,
                          const char *dedupKey, const char *resource)
{
    RaiseAlertRequest r;
    r.severity = sev;
    r.module = module;
    r.title = QString::fromUtf8(title);
    r.details = QString::fromUtf8(details);
    r.dedupKey = QString::fromLatin1(dedupKey);
    r.resource = QString::fromUtf8(resource);
    return r;
}

QList<RaiseAlertRequest> sampleAlerts()
{
    return {
        request(AlertSeverity::Critical, Module::Logistics,
                "Stok vaksin BCG di Gudang Farmasi Kab. Kupang di bawah minimum (12 vial)",
                "Kebutuhan 7 hari: 60 vial. Pengiriman berikutnya dari Instalasi Farmasi Provinsi NTT belum dijadwalkan.",
                "seed:stock-min:kupang:bcg", "gudang-farmasi-kupang"),
        request(AlertSeverity::Critical, Module::Distribution,
                "Suhu cold chain truk DH 8127 KJ 9,4 °C (batas 2-8 °C)",
                "Muatan vaksin untuk 4 puskesmas di Kab. Kupang; data logger melaporkan suhu tinggi 25 menit.",
                "seed:coldchain:dh8127kj", "truk-dh8127kj"),
        request(AlertSeverity::Warning, Module::MedicalServices, "Antrean IGD RSUD Dok II Jayapura melebihi 45 menit",
                "Waktu tunggu triase rata-rata 52 menit dalam 2 jam terakhir.", "seed:er-queue:jayapura",
                "rsud-dok2-jayapura"),
        request(AlertSeverity::Warning, Module::Notifications, "Gateway SMS gagal mengirim 23 notifikasi ke Puskesmas",
                "Timeout dari operator seluler sejak 07.40 WIT.", "seed:sms-gateway", "sms-gw-01"),
        request(AlertSeverity::Info, Module::Reports, "Laporan harian stok obat Provinsi NTT terlambat diunggah",
                "Batas unggah 10.00 WITA.", "seed:daily-report:ntt", "report-ntt"),
        request(AlertSeverity::Critical, Module::Dashboard, "Sinkronisasi data SISDMK gagal 3 kali berturut-turut",
                "HTTP 503 dari endpoint SISDMK; data tenaga kesehatan belum diperbarui sejak kemarin.",
                "seed:sisdmk-sync", "sisdmk-api"),
    };
}

} // namespace

QList<DemoUser> DemoData::users()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("Admin Demo"), Role::Admin, QStringLiteral("demo-admin-2026")},
        {QStringLiteral("commander"), QStringLiteral("dr. Ratna Sari (IC)"), Role::IncidentCommander,
         QStringLiteral("demo-commander-2026")},
        {QStringLiteral("operator"), QStringLiteral("Budi Santoso (L1)"), Role::L1Operator, QStringLiteral("demo-operator-2026")},
        {QStringLiteral("operator-l2"), QStringLiteral("Siti Rahmawati (L2)"), Role::L2Operator,
         QStringLiteral("demo-operator-l2-2026")},
        {QStringLiteral("steward"), QStringLiteral("Agus Wijaya (Data Steward)"), Role::DataSteward,
         QStringLiteral("demo-steward-2026")},
    };
}

Status DemoData::seed(Workspace &ws)
{
    const Status st = seedUsers(ws);
    if (!st.ok())
        return st;
    return seedAlertsAndIncidents(ws);
}

Status DemoData::seedUsers(Workspace &ws)
{
    const auto existing = ws.accounts().users();
    if (!existing)
        return existing.error();
    QStringList names;
    for (const UserRecord &u : existing.value())
        names << u.name;
    const Session admin = sessionOf(demoUser(QStringLiteral("admin")));
    for (const DemoUser &u : users()) {
        if (names.contains(u.name))
            continue;
        const bool bootstrap = names.isEmpty() && u.role == Role::Admin;
        const Status st = ws.accounts().addUser(bootstrap ? nullptr : &admin, u.name, u.displayName, u.role, u.password);
        if (!st.ok())
            return st;
        names << u.name;
    }
    return {};
}

Status DemoData::seedAlertsAndIncidents(Workspace &ws)
{
    AlertFilter all;
    all.states = AlertFilter::StateSet::All;
    const auto alertCount = ws.alerts().count(all);
    const auto incidentCount = ws.incidents().count(IncidentFilter{false, std::nullopt, {}});
    if (!alertCount || !incidentCount)
        return !alertCount ? alertCount.error() : incidentCount.error();
    if (alertCount.value() > 0 || incidentCount.value() > 0)
        return {};
    const Session system = Session::system();
    QStringList ids;
    for (const RaiseAlertRequest &r : sampleAlerts()) {
        const auto raised = ws.alerts().raise(system, r);
        if (!raised)
            return raised.error();
        ids << raised->alertId;
    }
    const Session op = sessionOf(demoUser(QStringLiteral("operator")));
    const Session l2 = sessionOf(demoUser(QStringLiteral("operator-l2")));
    const Session ic = sessionOf(demoUser(QStringLiteral("commander")));
    Status st = ws.alerts().acknowledge(op, ids[2]);
    if (st.ok())
        st = ws.alerts().acknowledge(ic, ids[0]);
    if (!st.ok())
        return st;
    OpenIncidentRequest coldChain{QStringLiteral("Gangguan rantai dingin vaksin Kab. Kupang"),
                                  QStringLiteral("Stok BCG menipis dan suhu truk distribusi di luar batas; risiko vaksin rusak."),
                                  1, {}, {ids[0], ids[1]}, QStringLiteral("operator-l2")};
    const auto first = ws.incidents().open(ic, coldChain);
    if (!first)
        return first.error();
    st = ws.incidents().addNote(l2, first.value(), QStringLiteral("Truk diarahkan kembali ke gudang; vaksin dikarantina sambil menunggu uji VVM."));
    if (st.ok())
        st = ws.incidents().tickChecklist(l2, first.value(), QStringLiteral("check_data"), true);
    OpenIncidentRequest sms{QStringLiteral("Notifikasi SMS ke Puskesmas tidak terkirim"), QString(), 3, {}, {ids[3]},
                            QStringLiteral("operator")};
    const auto second = ws.incidents().open(op, sms);
    if (!st.ok() || !second)
        return !st.ok() ? st : second.error();
    OpenIncidentRequest sync{QStringLiteral("Sinkronisasi SISDMK terputus"), QString(), 2, {}, {ids[5]}, QStringLiteral("operator-l2")};
    const auto third = ws.incidents().open(l2, sync);
    if (!third)
        return third.error();
    CloseIncidentRequest close{QStringLiteral("Sertifikat TLS endpoint SISDMK diperbarui; sinkronisasi pulih."),
                               QStringLiteral("KB-SISDMK-014"), QString(),
                               QStringLiteral("Sinkronisasi manual 08.15 WIB berhasil, 1.204 record diperbarui."), {}};
    st = ws.alerts().resolve(l2, ids[5]);
    return st.ok() ? ws.incidents().close(l2, third.value(), close) : st;
}

} // namespace mt
