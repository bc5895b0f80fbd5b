// DemoFeeder: a catalogue of realistic Indonesian medical-logistics alerts, raised at random in demo mode.
#include "services/DemoFeeder.h"

#include <array>

namespace mt {

namespace {

struct Template
{
    AlertSeverity severity;
    Module module;
    const char *title;   // %1 = place
    const char *details;
    const char *key;     // dedup key prefix; the place is appended, so repeats happen
};

constexpr std::array<const char *, 6> kPlaces{
    "RSUD Prof. Dr. W. Z. Johannes Kupang", "RSUD Dok II Jayapura", "Puskesmas Oebobo",
    "Gudang Farmasi Kab. Sorong", "RSUD Kefamenanu", "Instalasi Farmasi Provinsi Maluku"};

const std::array<Template, 10> kTemplates{{
    {AlertSeverity::Critical, Module::Logistics, "Stok vaksin campak-rubela di bawah minimum: %1",
     "Sisa stok kurang dari kebutuhan 7 hari. Periksa rencana distribusi berikutnya.", "stock-min-mr"},
    {AlertSeverity::Critical, Module::Distribution, "Suhu cold chain di luar 2-8 °C saat pengiriman ke %1",
     "Data logger truk melaporkan 9,4 °C selama 25 menit.", "coldchain"},
    {AlertSeverity::Warning, Module::Logistics, "Obat mendekati kedaluwarsa (30 hari) di %1",
     "240 tablet Amoksisilin 500 mg, batch AMX-2409.", "expiry"},
    {AlertSeverity::Warning, Module::Distribution, "Pengiriman APD ke %1 terlambat lebih dari 24 jam",
     "Kapal perintis tertunda cuaca; estimasi tiba belum pasti.", "late-delivery"},
    {AlertSeverity::Warning, Module::MedicalServices, "Antrean IGD %1 melebihi 45 menit",
     "Rata-rata waktu tunggu triase naik dalam 2 jam terakhir.", "er-queue"},
    {AlertSeverity::Critical, Module::MedicalServices, "Stok darah golongan O di %1 kritis",
     "Tersisa 3 kantong; hubungi UTD PMI terdekat.", "blood-o"},
    {AlertSeverity::Warning, Module::Notifications, "Gateway SMS gagal mengirim notifikasi ke %1",
     "23 pesan gagal dalam 10 menit terakhir (timeout operator).", "sms-gateway"},
    {AlertSeverity::Info, Module::Reports, "Laporan harian stok dari %1 belum diunggah",
     "Batas unggah pukul 10.00 waktu setempat.", "daily-report"},
    {AlertSeverity::Warning, Module::HR, "Jadwal jaga malam perawat di %1 belum terisi",
     "Dua slot shift malam kosong untuk besok.", "roster-gap"},
    {AlertSeverity::Critical, Module::Dashboard, "Sinkronisasi data SISDMK dari %1 gagal berulang",
     "Tiga percobaan terakhir berakhir dengan HTTP 503.", "sisdmk-sync"},
}};

} // namespace

DemoFeeder::DemoFeeder(Workspace &ws, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_rng(seed)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { feedOne(); });
}

void DemoFeeder::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void DemoFeeder::stop()
{
    m_timer.stop();
}

bool DemoFeeder::isRunning() const
{
    return m_timer.isActive();
}

RaiseAlertRequest DemoFeeder::nextRequest()
{
    const Template &t = kTemplates[m_rng.bounded(static_cast<quint32>(kTemplates.size()))];
    const quint32 placeIndex = m_rng.bounded(static_cast<quint32>(kPlaces.size()));
    const QString place = QString::fromUtf8(kPlaces[placeIndex]);
    RaiseAlertRequest r;
    r.severity = t.severity;
    r.module = t.module;
    r.title = QString::fromUtf8(t.title).arg(place);
    r.details = QString::fromUtf8(t.details);
    r.dedupKey = QStringLiteral("demo:%1:%2").arg(QString::fromLatin1(t.key)).arg(placeIndex);
    r.resource = place;
    return r;
}

Result<RaiseAlertResult> DemoFeeder::feedOne()
{
    const Result<RaiseAlertResult> r = m_ws.alerts().raise(Session::system(), nextRequest());
    if (r)
        emit fed(r->alertId, r->deduplicated);
    else
        emit failed(r.error());
    return r;
}

} // namespace mt
