<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BundleText</name>
    <message>
        <source>This file is not a MedTrack bundle.</source>
        <translation>Berkas ini bukan bundel MedTrack.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer MedTrack version; update MedTrack to import it.</source>
        <translation>Bundel ini dibuat oleh MedTrack versi lebih baru; perbarui MedTrack untuk mengimpornya.</translation>
    </message>
    <message>
        <source>The bundle file is incomplete (cut off); nothing was imported. Copy it again.</source>
        <translation>Berkas bundel tidak lengkap (terpotong); tidak ada yang diimpor. Salin ulang berkasnya.</translation>
    </message>
    <message>
        <source>Refused: the bundle comes from site &quot;%1&quot;, which is not a trusted peer here; nothing was imported. An administrator must trust that site&apos;s key first.</source>
        <translation>Ditolak: bundel berasal dari site &quot;%1&quot; yang belum dipercaya di sini; tidak ada yang diimpor. Administrator harus mempercayai kunci site tersebut terlebih dahulu.</translation>
    </message>
    <message>
        <source>Refused: the bundle claims to come from site &quot;%1&quot; but is signed with a key that is not trusted for it; nothing was imported.</source>
        <translation>Ditolak: bundel mengaku berasal dari site &quot;%1&quot; tetapi ditandatangani dengan kunci yang tidak dipercaya untuk site itu; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Refused: the bundle&apos;s signature does not match its content (the file was altered or damaged); nothing was imported.</source>
        <translation>Ditolak: tanda tangan bundel tidak cocok dengan isinya (berkas diubah atau rusak); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This bundle was made at this site; there is nothing to import.</source>
        <translation>Bundel ini dibuat di site ini; tidak ada yang perlu diimpor.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its content does not match its header); nothing was imported.</source>
        <translation>Bundel rusak (isinya tidak cocok dengan header-nya); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The bundle file is larger than 1 GiB; it was not read.</source>
        <translation>Berkas bundel lebih besar dari 1 GiB; berkas tidak dibaca.</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was imported.</source>
        <translation>Bundel ditolak; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Access to the bundle signing key in the system keychain was denied.</source>
        <translation>Akses ke kunci penandatangan bundel di keychain sistem ditolak.</translation>
    </message>
    <message>
        <source>The bundle signing key in the system keychain is damaged.</source>
        <translation>Kunci penandatangan bundel di keychain sistem rusak.</translation>
    </message>
    <message>
        <source>The system keychain did not answer; bundles cannot be signed now.</source>
        <translation>Keychain sistem tidak merespons; bundel tidak dapat ditandatangani sekarang.</translation>
    </message>
    <message>
        <source>No system keychain (secret service) is available, so the bundle signing key cannot be stored safely; refusing to continue. Start a keyring (e.g. GNOME Keyring) and try again.</source>
        <translation>Tidak ada keychain sistem (secret service), sehingga kunci penandatangan bundel tidak dapat disimpan dengan aman; proses dihentikan. Jalankan keyring (mis. GNOME Keyring) lalu coba lagi.</translation>
    </message>
    <message>
        <source>The public key must be the base64 text printed by &quot;bundle key show&quot; on the other site.</source>
        <translation>Kunci publik harus berupa teks base64 yang dicetak oleh &quot;bundle key show&quot; di site lain.</translation>
    </message>
    <message>
        <source>That is this site&apos;s own id; trust the other site&apos;s key instead.</source>
        <translation>Itu ID site ini sendiri; percayai kunci site lain.</translation>
    </message>
    <message numerus="yes">
        <source>%n user-account event(s)</source>
        <translation>
            <numerusform>%n event akun pengguna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SISDMK quarantine review(s)</source>
        <translation>
            <numerusform>%n tinjauan karantina SISDMK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of type &quot;%1&quot;</source>
        <translation>
            <numerusform>%n event bertipe &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (they stay on this workstation): %1.</source>
        <translation>Tidak disertakan (tetap di workstation ini): %1.</translation>
    </message>
    <message>
        <source>A site id has 1 to %L1 characters: letters, digits, dot, dash or underscore.</source>
        <translation>ID site terdiri dari 1 sampai %L1 karakter: huruf, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are stamped more than 5 minutes ahead of this machine&apos;s clock and were not imported. Check both computers&apos; clocks, then import the same bundle again: nothing is lost.</source>
        <translation>
            <numerusform>%n peristiwa bercap waktu lebih dari 5 menit di depan jam komputer ini dan tidak diimpor. Periksa jam kedua komputer, lalu impor bundel yang sama lagi: tidak ada yang hilang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(Up to %n minute(s) ahead.)</source>
        <translation>
            <numerusform>(Hingga %n menit di depan.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleTrustDialog</name>
    <message>
        <source>Bundle keys and trusted sites</source>
        <translation>Kunci bundel dan site tepercaya</translation>
    </message>
    <message>
        <source>This site&apos;s public key (give it to the other site&apos;s administrator)</source>
        <translation>Kunci publik site ini (berikan kepada administrator site lain)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Kunci publik</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID kunci</translation>
    </message>
    <message>
        <source>Trusted sites: bundles signed by these keys are accepted here</source>
        <translation>Site tepercaya: bundel yang ditandatangani dengan kunci berikut diterima di sini</translation>
    </message>
    <message>
        <source>Trust another site</source>
        <translation>Percayai site lain</translation>
    </message>
    <message>
        <source>&amp;Site id</source>
        <translation>&amp;ID site</translation>
    </message>
    <message>
        <source>&amp;Public key</source>
        <translation>&amp;Kunci publik</translation>
    </message>
    <message>
        <source>&amp;Trust this site</source>
        <translation>&amp;Percayai site ini</translation>
    </message>
</context>
<context>
    <name>BundleUi</name>
    <message>
        <source>Needs one of these roles: %1.</source>
        <translation>Memerlukan salah satu peran berikut: %1.</translation>
    </message>
    <message>
        <source>MedTrack bundles (*.mtb);;All files (*)</source>
        <translation>Bundel MedTrack (*.mtb);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>Close incident</source>
        <translation>Tutup insiden</translation>
    </message>
    <message>
        <source>SOP step 6: record how the incident was resolved, the evidence, and the knowledge base entry.</source>
        <translation>SOP langkah 6: catat cara insiden diselesaikan, eviden, dan entri knowledge base.</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Penyelesaian</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Eviden</translation>
    </message>
    <message>
        <source>Evidence &amp;note</source>
        <translation>&amp;Catatan eviden</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Lampirkan &amp;berkas…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Hapus berkas</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>&amp;KB reference</source>
        <translation>&amp;Referensi KB</translation>
    </message>
    <message>
        <source>e.g. KB-0123</source>
        <translation>mis. KB-0123</translation>
    </message>
    <message>
        <source>No KB entry, because</source>
        <translation>Tanpa entri KB, karena</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Eviden</translation>
    </message>
    <message>
        <source>Knowledge-base reference</source>
        <translation>Referensi knowledge base</translation>
    </message>
    <message>
        <source>Reason for no knowledge-base article</source>
        <translation>Alasan tidak ada artikel knowledge base</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nama tampilan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Shelve until</source>
        <translation>Tunda sampai</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Langkah daftar periksa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Deduplication key</source>
        <translation>Kunci deduplikasi</translation>
    </message>
    <message>
        <source>Linked alerts</source>
        <translation>Peringatan terkait</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Direktori data</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Harap isi alasan.</translation>
    </message>
    <message>
        <source>The shelve time must be in the future.</source>
        <translation>Waktu tunda harus di masa depan.</translation>
    </message>
    <message>
        <source>Severity must be 1 (critical) to 4 (low).</source>
        <translation>Tingkat keparahan harus 1 (kritis) sampai 4 (rendah).</translation>
    </message>
    <message>
        <source>Each module can be listed only once.</source>
        <translation>Setiap modul hanya boleh dicantumkan sekali.</translation>
    </message>
    <message>
        <source>Choose at least one affected module.</source>
        <translation>Pilih minimal satu modul terdampak.</translation>
    </message>
    <message>
        <source>The assignee must be an existing, active user.</source>
        <translation>Penanggung jawab harus pengguna yang terdaftar dan aktif.</translation>
    </message>
    <message>
        <source>That checklist step does not exist.</source>
        <translation>Langkah daftar periksa itu tidak ada.</translation>
    </message>
    <message>
        <source>Every evidence file needs a file name.</source>
        <translation>Setiap berkas eviden harus memiliki nama berkas.</translation>
    </message>
    <message>
        <source>Closing needs evidence: attach a file or write an evidence note.</source>
        <translation>Penutupan memerlukan eviden: lampirkan berkas atau tulis catatan eviden.</translation>
    </message>
    <message>
        <source>Give a knowledge-base reference, or the reason why no article is needed.</source>
        <translation>Isi referensi knowledge base, atau alasan mengapa artikel tidak diperlukan.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Kedua kata sandi tidak cocok.</translation>
    </message>
    <message>
        <source>The password must not be the same as the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The first user must be an administrator.</source>
        <translation>Pengguna pertama harus administrator.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 tidak valid.</translation>
    </message>
    <message>
        <source>The alert is already resolved.</source>
        <translation>Peringatan sudah diselesaikan.</translation>
    </message>
    <message>
        <source>The alert is already acknowledged.</source>
        <translation>Peringatan sudah diakui.</translation>
    </message>
    <message>
        <source>The alert is not acknowledged.</source>
        <translation>Peringatan belum diakui.</translation>
    </message>
    <message>
        <source>This has already been escalated.</source>
        <translation>Ini sudah dieskalasi.</translation>
    </message>
    <message>
        <source>The incident is already closed.</source>
        <translation>Insiden sudah ditutup.</translation>
    </message>
    <message>
        <source>Only a resolved or closed incident can be reopened.</source>
        <translation>Hanya insiden yang sudah selesai atau ditutup yang dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>The incident already has that status.</source>
        <translation>Insiden sudah berstatus itu.</translation>
    </message>
    <message>
        <source>The incident already has that severity.</source>
        <translation>Insiden sudah memiliki tingkat keparahan itu.</translation>
    </message>
    <message>
        <source>Use Close to close an incident: it needs a resolution and evidence.</source>
        <translation>Gunakan Tutup untuk menutup insiden: diperlukan penyelesaian dan eviden.</translation>
    </message>
    <message>
        <source>This action is not possible in the current state.</source>
        <translation>Tindakan ini tidak dapat dilakukan pada status saat ini.</translation>
    </message>
    <message>
        <source>That alert does not exist.</source>
        <translation>Peringatan itu tidak ada.</translation>
    </message>
    <message>
        <source>That incident does not exist.</source>
        <translation>Insiden itu tidak ada.</translation>
    </message>
    <message>
        <source>That user does not exist.</source>
        <translation>Pengguna itu tidak ada.</translation>
    </message>
    <message>
        <source>The file %1 was not found.</source>
        <translation>Berkas %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>Item yang diminta tidak ditemukan.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>Basis data sedang dipakai program lain; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>Disk penuh; kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database file is damaged; restore it from a backup.</source>
        <translation>Berkas basis data rusak; pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The database was written by a newer MedTrack version; please update MedTrack.</source>
        <translation>Basis data ditulis oleh MedTrack versi lebih baru; harap perbarui MedTrack.</translation>
    </message>
    <message>
        <source>The database cannot be written yet: the start-up integrity check is still running (or the file is read-only). Nothing was changed; try again in a moment.</source>
        <translation>Basis data belum dapat ditulis: pemeriksaan integritas saat mulai masih berjalan (atau berkas hanya-baca). Tidak ada yang diubah; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>An unexpected error occurred; see the log for details.</source>
        <translation>Terjadi galat tak terduga; lihat log untuk detailnya.</translation>
    </message>
    <message>
        <source>Closing a Sev-1 or Sev-2 incident needs an L2 operator or above.</source>
        <translation>Menutup insiden Sev-1 atau Sev-2 memerlukan operator L2 atau lebih tinggi.</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>Peran Anda tidak diizinkan melakukan ini.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Nama pengguna itu sudah dipakai.</translation>
    </message>
    <message>
        <source>This conflicts with existing data.</source>
        <translation>Ini bertentangan dengan data yang sudah ada.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1.</source>
        <translation>Terlalu banyak login gagal: akun dikunci sampai %1.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than the attachment size limit.</source>
        <translation>Berkas &quot;%1&quot; melebihi batas ukuran lampiran.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event #%1: the event log was changed outside MedTrack.</source>
        <translation>Jejak audit terputus pada event #%1: log event diubah di luar MedTrack.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Sebuah berkas tidak dapat dibaca atau ditulis.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Sebuah berkas tidak dapat dibaca atau ditulis: %1</translation>
    </message>
    <message>
        <source>Title must be 1 to %L1 characters.</source>
        <translation>Judul harus 1 sampai %L1 karakter.</translation>
    </message>
    <message>
        <source>Details must be at most %L1 characters.</source>
        <translation>Detail paling banyak %L1 karakter.</translation>
    </message>
    <message>
        <source>The deduplication key must be at most %L1 characters.</source>
        <translation>Kunci deduplikasi paling banyak %L1 karakter.</translation>
    </message>
    <message>
        <source>A note must be 1 to %L1 characters.</source>
        <translation>Catatan harus 1 sampai %L1 karakter.</translation>
    </message>
    <message>
        <source>The resolution must be at least %L1 characters.</source>
        <translation>Penyelesaian minimal %L1 karakter.</translation>
    </message>
    <message>
        <source>The password must be at least %L1 characters.</source>
        <translation>Kata sandi minimal %L1 karakter.</translation>
    </message>
    <message>
        <source>A user name has %L1 to %L2 characters: lower-case letters, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna terdiri dari %L1 sampai %L2 karakter: huruf kecil, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <source>Writes the events the other site does not have yet into one signed file, to carry to a site with no network.</source>
        <translation>Menulis event yang belum dimiliki site lain ke dalam satu berkas bertanda tangan, untuk dibawa ke site yang tidak memiliki jaringan.</translation>
    </message>
    <message>
        <source>&amp;For site</source>
        <translation>&amp;Untuk site</translation>
    </message>
    <message>
        <source>&amp;All events (also what that site already confirmed having)</source>
        <translation>&amp;Semua event (termasuk yang sudah dikonfirmasi dimiliki site tersebut)</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
</context>
<context>
    <name>HubConnectionDialog</name>
    <message>
        <source>Hub connection</source>
        <translation>Koneksi hub</translation>
    </message>
    <message>
        <source>The hub this workstation syncs with. To enrol, enter the one-off enrolment code the hub&apos;s administrator gave you for this site; the device token is kept in the system keychain.</source>
        <translation>Hub tempat workstation ini melakukan sinkronisasi. Untuk mendaftar, masukkan kode pendaftaran sekali pakai yang diberikan administrator hub untuk site ini; token perangkat disimpan di keychain sistem.</translation>
    </message>
    <message>
        <source>Hub &amp;URL</source>
        <translation>&amp;URL hub</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Kode pendaftaran</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>Adds the events of a signed bundle from another site. Only bundles signed by a trusted site are accepted; importing the same bundle again changes nothing.</source>
        <translation>Menambahkan event dari bundel bertanda tangan milik site lain. Hanya bundel yang ditandatangani oleh site tepercaya yang diterima; mengimpor bundel yang sama lagi tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>MedTrack Command Center — sign in</source>
        <translation>MedTrack Command Center — masuk</translation>
    </message>
    <message>
        <source>MedTrack Command Center</source>
        <translation>MedTrack Command Center</translation>
    </message>
    <message>
        <source>Sign in to start your shift.</source>
        <translation>Masuk untuk memulai shift Anda.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>Open incident</source>
        <translation>Buka insiden</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Tingkat keparahan</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Penanggung jawab</translation>
    </message>
    <message>
        <source>Linked alerts</source>
        <translation>Peringatan terkait</translation>
    </message>
    <message>
        <source>Affected modules</source>
        <translation>Modul terdampak</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Deskripsi</translation>
    </message>
</context>
<context>
    <name>PersonnelText</name>
    <message>
        <source>This list is out of date; search again.</source>
        <translation>Daftar ini sudah usang; cari lagi.</translation>
    </message>
    <message>
        <source>This person is no longer stored.</source>
        <translation>Data orang ini sudah tidak tersimpan.</translation>
    </message>
    <message>
        <source>Dokter</source>
        <translation>Dokter</translation>
    </message>
    <message>
        <source>Dokter Spesialis</source>
        <translation>Dokter Spesialis</translation>
    </message>
    <message>
        <source>Perawat</source>
        <translation>Perawat</translation>
    </message>
    <message>
        <source>Bidan</source>
        <translation>Bidan</translation>
    </message>
    <message>
        <source>Dokter Gigi</source>
        <translation>Dokter Gigi</translation>
    </message>
    <message>
        <source>Dokter Gigi Spesialis</source>
        <translation>Dokter Gigi Spesialis</translation>
    </message>
    <message>
        <source>Apoteker</source>
        <translation>Apoteker</translation>
    </message>
    <message>
        <source>Tenaga Teknis Kefarmasian</source>
        <translation>Tenaga Teknis Kefarmasian</translation>
    </message>
    <message>
        <source>Tenaga Kesehatan Masyarakat</source>
        <translation>Tenaga Kesehatan Masyarakat</translation>
    </message>
    <message>
        <source>Epidemiolog Kesehatan</source>
        <translation>Epidemiolog Kesehatan</translation>
    </message>
    <message>
        <source>Tenaga Promosi Kesehatan dan Ilmu Perilaku</source>
        <translation>Tenaga Promosi Kesehatan dan Ilmu Perilaku</translation>
    </message>
    <message>
        <source>Pembimbing Kesehatan Kerja</source>
        <translation>Pembimbing Kesehatan Kerja</translation>
    </message>
    <message>
        <source>Tenaga Administrasi dan Kebijakan Kesehatan</source>
        <translation>Tenaga Administrasi dan Kebijakan Kesehatan</translation>
    </message>
    <message>
        <source>Tenaga Biostatistik dan Kependudukan</source>
        <translation>Tenaga Biostatistik dan Kependudukan</translation>
    </message>
    <message>
        <source>Tenaga Kesehatan Reproduksi dan Keluarga</source>
        <translation>Tenaga Kesehatan Reproduksi dan Keluarga</translation>
    </message>
    <message>
        <source>Tenaga Sanitasi Lingkungan</source>
        <translation>Tenaga Sanitasi Lingkungan</translation>
    </message>
    <message>
        <source>Nutrisionis</source>
        <translation>Nutrisionis</translation>
    </message>
    <message>
        <source>Dietisien</source>
        <translation>Dietisien</translation>
    </message>
    <message>
        <source>Fisioterapis</source>
        <translation>Fisioterapis</translation>
    </message>
    <message>
        <source>Okupasi Terapis</source>
        <translation>Okupasi Terapis</translation>
    </message>
    <message>
        <source>Terapis Wicara</source>
        <translation>Terapis Wicara</translation>
    </message>
    <message>
        <source>Akupunktur Terapis</source>
        <translation>Akupunktur Terapis</translation>
    </message>
    <message>
        <source>Radiografer</source>
        <translation>Radiografer</translation>
    </message>
    <message>
        <source>Radioterapis</source>
        <translation>Radioterapis</translation>
    </message>
    <message>
        <source>Elektromedis</source>
        <translation>Elektromedis</translation>
    </message>
    <message>
        <source>Ahli Teknologi Laboratorium Medik</source>
        <translation>Ahli Teknologi Laboratorium Medik</translation>
    </message>
    <message>
        <source>Fisikawan Medik</source>
        <translation>Fisikawan Medik</translation>
    </message>
    <message>
        <source>Perekam Medis dan Informasi Kesehatan</source>
        <translation>Perekam Medis dan Informasi Kesehatan</translation>
    </message>
    <message>
        <source>Terapis Gigi dan Mulut</source>
        <translation>Terapis Gigi dan Mulut</translation>
    </message>
    <message>
        <source>Teknisi Gigi</source>
        <translation>Teknisi Gigi</translation>
    </message>
    <message>
        <source>Refraksionis Optisien</source>
        <translation>Refraksionis Optisien</translation>
    </message>
    <message>
        <source>Ortotis Prostetis</source>
        <translation>Ortotis Prostetis</translation>
    </message>
    <message>
        <source>Penata Anestesi</source>
        <translation>Penata Anestesi</translation>
    </message>
    <message>
        <source>Psikolog Klinis</source>
        <translation>Psikolog Klinis</translation>
    </message>
    <message>
        <source>Tenaga Kesehatan Tradisional</source>
        <translation>Tenaga Kesehatan Tradisional</translation>
    </message>
    <message>
        <source>NIK is not 16 digits</source>
        <translation>NIK tidak terdiri dari 16 digit</translation>
    </message>
    <message>
        <source>NIK district code is in no Kemendagri decree</source>
        <translation>Kode kecamatan pada NIK tidak tercantum dalam keputusan Kemendagri mana pun</translation>
    </message>
    <message>
        <source>NIK birth date is not a real date</source>
        <translation>Tanggal lahir pada NIK bukan tanggal yang valid</translation>
    </message>
    <message>
        <source>NIK serial number is 0000</source>
        <translation>Nomor urut NIK adalah 0000</translation>
    </message>
    <message>
        <source>Sex does not match the NIK</source>
        <translation>Jenis kelamin tidak sesuai dengan NIK</translation>
    </message>
    <message>
        <source>Birth date does not match the NIK</source>
        <translation>Tanggal lahir tidak sesuai dengan NIK</translation>
    </message>
    <message>
        <source>NIK is not a text value</source>
        <translation>NIK bukan nilai teks</translation>
    </message>
    <message>
        <source>Name is empty</source>
        <translation>Nama kosong</translation>
    </message>
    <message>
        <source>Name is too long</source>
        <translation>Nama terlalu panjang</translation>
    </message>
    <message>
        <source>A field has the wrong type</source>
        <translation>Sebuah kolom data bertipe salah</translation>
    </message>
    <message>
        <source>A field is too long</source>
        <translation>Sebuah kolom data terlalu panjang</translation>
    </message>
    <message>
        <source>STATUS_AKTIF is neither AKTIF nor TIDAK AKTIF</source>
        <translation>STATUS_AKTIF bukan AKTIF maupun TIDAK AKTIF</translation>
    </message>
    <message>
        <source>Sex is neither L nor P</source>
        <translation>Jenis kelamin bukan L maupun P</translation>
    </message>
    <message>
        <source>Birth date is not a real YYYY-MM-DD date</source>
        <translation>Tanggal lahir bukan tanggal YYYY-MM-DD yang valid</translation>
    </message>
    <message>
        <source>Unknown province code</source>
        <translation>Kode provinsi tidak dikenal</translation>
    </message>
    <message>
        <source>Unknown regency code</source>
        <translation>Kode kabupaten/kota tidak dikenal</translation>
    </message>
    <message>
        <source>Region code was retired by a newer decree</source>
        <translation>Kode wilayah sudah dihapus oleh keputusan yang lebih baru</translation>
    </message>
    <message>
        <source>Regency is not in the province</source>
        <translation>Kabupaten/kota tidak berada di provinsi tersebut</translation>
    </message>
    <message>
        <source>LAST_UPDATED is not an ISO 8601 time</source>
        <translation>LAST_UPDATED bukan waktu ISO 8601</translation>
    </message>
    <message>
        <source>Unknown SDMK category</source>
        <translation>Kategori SDMK tidak dikenal</translation>
    </message>
    <message>
        <source>The same NIK twice in one page</source>
        <translation>NIK yang sama muncul dua kali dalam satu halaman</translation>
    </message>
    <message>
        <source>Invalid UTF-8 text</source>
        <translation>Teks UTF-8 tidak valid</translation>
    </message>
    <message>
        <source>The record is not a JSON object</source>
        <translation>Data bukan objek JSON</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Terhenti</translation>
    </message>
</context>
<context>
    <name>SisdmkScreens</name>
    <message>
        <source>Health workers</source>
        <translation>Tenaga kesehatan</translation>
    </message>
    <message>
        <source>SISDMK integration</source>
        <translation>Integrasi SISDMK</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karantina</translation>
    </message>
    <message>
        <source>For data stewards and administrators only.</source>
        <translation>Hanya untuk pengelola data dan administrator.</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>(not applied: a concurrent change came first)</source>
        <translation>(tidak diterapkan: perubahan bersamaan lebih dulu)</translation>
    </message>
    <message>
        <source>%1 raised the alert: %2</source>
        <translation>%1 memunculkan peringatan: %2</translation>
    </message>
    <message>
        <source>The alert fired again</source>
        <translation>Peringatan muncul lagi</translation>
    </message>
    <message>
        <source>%1 acknowledged the alert</source>
        <translation>%1 mengakui peringatan</translation>
    </message>
    <message>
        <source>%1 returned the alert to new: %2</source>
        <translation>%1 mengembalikan peringatan ke status baru: %2</translation>
    </message>
    <message>
        <source>%1 shelved the alert until %2 %3</source>
        <translation>%1 menunda peringatan sampai %2 %3</translation>
    </message>
    <message>
        <source>%1 unshelved the alert</source>
        <translation>%1 membatalkan penundaan peringatan</translation>
    </message>
    <message>
        <source>Escalated: not acknowledged within %1 minutes</source>
        <translation>Dieskalasi: tidak diakui dalam %1 menit</translation>
    </message>
    <message>
        <source>%1 escalated the alert</source>
        <translation>%1 mengeskalasi peringatan</translation>
    </message>
    <message>
        <source>%1 resolved the alert</source>
        <translation>%1 menyelesaikan peringatan</translation>
    </message>
    <message>
        <source>%1 linked the alert to an incident</source>
        <translation>%1 mengaitkan peringatan ke insiden</translation>
    </message>
    <message>
        <source>%1 changed the severity to Sev-%2</source>
        <translation>%1 mengubah tingkat keparahan menjadi Sev-%2</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 mengubah status menjadi %2</translation>
    </message>
    <message>
        <source>%1 assigned the incident to %2</source>
        <translation>%1 menugaskan insiden kepada %2</translation>
    </message>
    <message>
        <source>Escalated to L2: the SLA threshold was passed</source>
        <translation>Dieskalasi ke L2: ambang SLA terlewati</translation>
    </message>
    <message>
        <source>%1 escalated the incident to L2</source>
        <translation>%1 mengeskalasi insiden ke L2</translation>
    </message>
    <message>
        <source>%1 added a note: %2</source>
        <translation>%1 menambahkan catatan: %2</translation>
    </message>
    <message>
        <source>%1 ticked &quot;%2&quot;</source>
        <translation>%1 mencentang &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 unticked &quot;%2&quot;</source>
        <translation>%1 menghapus centang &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 linked an alert</source>
        <translation>%1 mengaitkan sebuah peringatan</translation>
    </message>
    <message>
        <source>%1 changed the affected modules</source>
        <translation>%1 mengubah modul terdampak</translation>
    </message>
    <message>
        <source>%1 attached evidence: %2</source>
        <translation>%1 melampirkan eviden: %2</translation>
    </message>
    <message>
        <source>%1 closed the incident: %2</source>
        <translation>%1 menutup insiden: %2</translation>
    </message>
    <message>
        <source>%1 reopened the incident: %2</source>
        <translation>%1 membuka kembali insiden: %2</translation>
    </message>
    <message>
        <source>%1 created the account %2 (%3)</source>
        <translation>%1 membuat akun %2 (%3)</translation>
    </message>
    <message>
        <source>%1 changed the role to %2</source>
        <translation>%1 mengubah peran menjadi %2</translation>
    </message>
    <message>
        <source>%1 disabled the account</source>
        <translation>%1 menonaktifkan akun</translation>
    </message>
    <message>
        <source>%1 logged in</source>
        <translation>%1 masuk</translation>
    </message>
    <message>
        <source>Failed login (attempt %1)</source>
        <translation>Login gagal (percobaan ke-%1)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang ditangani</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Cek data</translation>
    </message>
    <message>
        <source>Check the impact</source>
        <translation>Cek dampak</translation>
    </message>
    <message>
        <source>Check the affected modules</source>
        <translation>Cek modul terdampak</translation>
    </message>
    <message>
        <source>%1 linked the alert to incident %2</source>
        <translation>%1 mengaitkan peringatan ke insiden %2</translation>
    </message>
    <message>
        <source>%1 opened incident %2 (Sev-%3): %4</source>
        <translation>%1 membuka insiden %2 (Sev-%3): %4</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waspada</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diakui</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Logistics &amp; Stock</source>
        <translation>Logistik &amp; Stok</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribusi</translation>
    </message>
    <message>
        <source>HR &amp; Personnel</source>
        <translation>SDM &amp; Personel</translation>
    </message>
    <message>
        <source>Medical Services</source>
        <translation>Layanan Medis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>L1 operator</source>
        <translation>Operator L1</translation>
    </message>
    <message>
        <source>L2 operator</source>
        <translation>Operator L2</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Komandan insiden</translation>
    </message>
    <message>
        <source>Data steward</source>
        <translation>Pengelola data</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang ditangani</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Sev-1 (critical, 4 h)</source>
        <translation>Sev-1 (kritis, 4 jam)</translation>
    </message>
    <message>
        <source>Sev-2 (high, 8 h)</source>
        <translation>Sev-2 (tinggi, 8 jam)</translation>
    </message>
    <message>
        <source>Sev-3 (medium, 24 h)</source>
        <translation>Sev-3 (menengah, 24 jam)</translation>
    </message>
    <message>
        <source>Sev-4 (low, 3 business days)</source>
        <translation>Sev-4 (rendah, 3 hari kerja)</translation>
    </message>
    <message>
        <source>Sev-%1</source>
        <translation>Sev-%1</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Sesuai jadwal</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Terlampaui</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Tidak terpenuhi</translation>
    </message>
    <message>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <source>WITA</source>
        <translation>WITA</translation>
    </message>
    <message>
        <source>WIT</source>
        <translation>WIT</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Cek data</translation>
    </message>
    <message>
        <source>Check the impact</source>
        <translation>Cek dampak</translation>
    </message>
    <message>
        <source>Check the affected modules</source>
        <translation>Cek modul terdampak</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 hr %2 j %3 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
</context>
<context>
    <name>medtrackctl</name>
    <message>
        <source>--name is required.</source>
        <translation>--name wajib diisi.</translation>
    </message>
    <message>
        <source>--role must be l1, l2, ic, steward or admin.</source>
        <translation>--role harus l1, l2, ic, steward, atau admin.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Kata sandi baru untuk %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Ulangi kata sandi: </translation>
    </message>
    <message>
        <source>User %1 added with role %2.</source>
        <translation>Pengguna %1 ditambahkan dengan peran %2.</translation>
    </message>
    <message>
        <source>Unknown audit command &quot;%1&quot;: use verify.</source>
        <translation>Perintah audit &quot;%1&quot; tidak dikenal: gunakan verify.</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 events checked.</source>
        <translation>Jejak audit utuh: %1 event diperiksa.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;: use add or list.</source>
        <translation>Perintah user &quot;%1&quot; tidak dikenal: gunakan add atau list.</translation>
    </message>
    <message>
        <source>Unknown db command &quot;%1&quot;: use check.</source>
        <translation>Perintah db &quot;%1&quot; tidak dikenal: gunakan check.</translation>
    </message>
    <message>
        <source>Database OK (schema version %1).</source>
        <translation>Basis data baik (versi skema %1).</translation>
    </message>
    <message>
        <source>backup needs a target file.</source>
        <translation>backup memerlukan berkas tujuan.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Cadangan ditulis ke %1.</translation>
    </message>
    <message>
        <source>restore needs a backup file.</source>
        <translation>restore memerlukan berkas cadangan.</translation>
    </message>
    <message>
        <source>Database restored from %1.</source>
        <translation>Basis data dipulihkan dari %1.</translation>
    </message>
    <message>
        <source>Unknown demo command &quot;%1&quot;: use seed.</source>
        <translation>Perintah demo &quot;%1&quot; tidak dikenal: gunakan seed.</translation>
    </message>
    <message>
        <source>Demo data ready in %1.</source>
        <translation>Data demo siap di %1.</translation>
    </message>
    <message>
        <source>--severity must be info, warning or critical.</source>
        <translation>--severity harus info, warning, atau critical.</translation>
    </message>
    <message>
        <source>--module must be one of: %1.</source>
        <translation>--module harus salah satu dari: %1.</translation>
    </message>
    <message>
        <source>--title is required.</source>
        <translation>--title wajib diisi.</translation>
    </message>
    <message>
        <source>Alert %1 repeated (deduplicated).</source>
        <translation>Peringatan %1 berulang (dideduplikasi).</translation>
    </message>
    <message>
        <source>Alert %1 raised.</source>
        <translation>Peringatan %1 dimunculkan.</translation>
    </message>
    <message>
        <source>--state must be open, new, acked, resolved or all.</source>
        <translation>--state harus open, new, acked, resolved, atau all.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 10000.</source>
        <translation>--limit harus angka 1 sampai 10000.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Tidak ada peringatan.</translation>
    </message>
    <message>
        <source>alert ack needs an alert id.</source>
        <translation>alert ack memerlukan ID peringatan.</translation>
    </message>
    <message>
        <source>--as USER is required.</source>
        <translation>--as USER wajib diisi.</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation>Peringatan %1 diakui.</translation>
    </message>
    <message>
        <source>Unknown alert command &quot;%1&quot;: use raise, list or ack.</source>
        <translation>Perintah alert &quot;%1&quot; tidak dikenal: gunakan raise, list, atau ack.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Opsi --%1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown bundle key command &quot;%1&quot;: use show.</source>
        <translation>Perintah bundle key &quot;%1&quot; tidak dikenal: gunakan show.</translation>
    </message>
    <message>
        <source>Site %1
Public key: %2
Key id: %3
On the other site run: medtrackctl bundle trust --site %1 --public-key %2</source>
        <translation>Site %1
Kunci publik: %2
ID kunci: %3
Di site lain jalankan: medtrackctl bundle trust --site %1 --public-key %2</translation>
    </message>
    <message>
        <source>bundle trust needs --site S and --public-key KEY.</source>
        <translation>bundle trust memerlukan --site S dan --public-key KEY.</translation>
    </message>
    <message>
        <source>Bundles signed by site %1 (key %2) are now accepted.</source>
        <translation>Bundel yang ditandatangani site %1 (kunci %2) sekarang diterima.</translation>
    </message>
    <message>
        <source>bundle export needs a target file.</source>
        <translation>bundle export memerlukan berkas tujuan.</translation>
    </message>
    <message>
        <source>bundle import needs a bundle file.</source>
        <translation>bundle import memerlukan berkas bundel.</translation>
    </message>
    <message>
        <source>Bundle from site %1 imported: %2 new, %3 already here.</source>
        <translation>Bundel dari site %1 diimpor: %2 baru, %3 sudah ada.</translation>
    </message>
    <message>
        <source>Unknown bundle command &quot;%1&quot;: use export, import, key show, trust or peers.</source>
        <translation>Perintah bundle &quot;%1&quot; tidak dikenal: gunakan export, import, key show, trust, atau peers.</translation>
    </message>
    <message>
        <source>(see medtrackctl --help)</source>
        <translation>(lihat medtrackctl --help)</translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation>Opsi --%1 tidak dikenal untuk perintah ini.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>--severity must be 1, 2, 3 or 4.</source>
        <translation>--severity harus 1, 2, 3, atau 4.</translation>
    </message>
    <message>
        <source>Incident %1 opened.</source>
        <translation>Insiden %1 dibuka.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit harus angka positif.</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>Tidak ada insiden.</translation>
    </message>
    <message>
        <source>incident close needs an incident id.</source>
        <translation>incident close memerlukan ID insiden.</translation>
    </message>
    <message>
        <source>Give either --kb or --no-kb-reason, not both.</source>
        <translation>Isi --kb atau --no-kb-reason, jangan keduanya.</translation>
    </message>
    <message>
        <source>Incident %1 closed.</source>
        <translation>Insiden %1 ditutup.</translation>
    </message>
    <message>
        <source>incident show needs an incident id.</source>
        <translation>incident show memerlukan ID insiden.</translation>
    </message>
    <message>
        <source>Unknown incident command &quot;%1&quot;: use open, list, close or show.</source>
        <translation>Perintah incident &quot;%1&quot; tidak dikenal: gunakan open, list, close, atau show.</translation>
    </message>
    <message>
        <source>SISDMK password for %1: </source>
        <translation>Kata sandi SISDMK untuk %1: </translation>
    </message>
    <message>
        <source>%1: page %2/%3, %4/%5 rows</source>
        <translation>%1: halaman %2/%3, %4/%5 baris</translation>
    </message>
    <message>
        <source>%1 %2: %3 received, %4 inserted, %5 updated, %6 unchanged, %7 rejected%8</source>
        <translation>%1 %2: %3 diterima, %4 ditambahkan, %5 diperbarui, %6 tidak berubah, %7 ditolak%8</translation>
    </message>
    <message>
        <source>SISDMK sync failed: %1</source>
        <translation>Sinkronisasi SISDMK gagal: %1</translation>
    </message>
    <message>
        <source>--base-url URL is required (or sisdmk/base_url in medtrack.ini).</source>
        <translation>--base-url URL wajib diisi (atau sisdmk/base_url di medtrack.ini).</translation>
    </message>
    <message>
        <source>--region CODE is required (or sisdmk/regions in medtrack.ini).</source>
        <translation>--region CODE wajib diisi (atau sisdmk/regions di medtrack.ini).</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 time, e.g. 2026-11-20T00:00:00Z.</source>
        <translation>--since harus waktu ISO 8601, mis. 2026-11-20T00:00:00Z.</translation>
    </message>
    <message>
        <source>No SISDMK credentials stored for %1: run &quot;sisdmk credentials set&quot; or pass --username.</source>
        <translation>Tidak ada kredensial SISDMK tersimpan untuk %1: jalankan &quot;sisdmk credentials set&quot; atau berikan --username.</translation>
    </message>
    <message>
        <source>Use: sisdmk credentials set --base-url URL --username U</source>
        <translation>Gunakan: sisdmk credentials set --base-url URL --username U</translation>
    </message>
    <message>
        <source>--base-url URL and --username U are required.</source>
        <translation>--base-url URL dan --username U wajib diisi.</translation>
    </message>
    <message>
        <source>The password (first line of standard input) is empty.</source>
        <translation>Kata sandi (baris pertama standard input) kosong.</translation>
    </message>
    <message>
        <source>SISDMK credentials for %1 stored in the keychain.</source>
        <translation>Kredensial SISDMK untuk %1 disimpan di keychain.</translation>
    </message>
    <message>
        <source>Use: sisdmk sync|credentials set|runs</source>
        <translation>Gunakan: sisdmk sync|credentials set|runs</translation>
    </message>
    <message>
        <source>Use: personnel list [--region CODE] [--search T] [--limit N]</source>
        <translation>Gunakan: personnel list [--region CODE] [--search T] [--limit N]</translation>
    </message>
    <message>
        <source>--data-dir DIR is required.</source>
        <translation>--data-dir DIR wajib diisi.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Tidak ada perintah.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Perintah &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>--lang must be id or en.</source>
        <translation>--lang harus id atau en.</translation>
    </message>
    <message>
        <source>--enrol-site %1 is not this data directory&apos;s site (%2).</source>
        <translation>--enrol-site %1 bukan lokasi direktori data ini (%2).</translation>
    </message>
    <message>
        <source>sync needs --hub URL.</source>
        <translation>sync memerlukan --hub URL.</translation>
    </message>
    <message>
        <source>--enrol-site and --enrol-code go together.</source>
        <translation>--enrol-site dan --enrol-code harus dipakai bersama.</translation>
    </message>
    <message>
        <source>Not enrolled with hub %1; run sync once with --enrol-site and --enrol-code.</source>
        <translation>Belum terdaftar di hub %1; jalankan sync sekali dengan --enrol-site dan --enrol-code.</translation>
    </message>
    <message>
        <source>Hub %1 refused the device token (expired or revoked); enrol again with --enrol-site and --enrol-code.</source>
        <translation>Hub %1 menolak token perangkat (kedaluwarsa atau dicabut); daftar ulang dengan --enrol-site dan --enrol-code.</translation>
    </message>
    <message>
        <source>Synced with %1: pushed %2, duplicates %3, rejected %4, pulled %5, new %6, retries %7.</source>
        <translation>Tersinkron dengan %1: dikirim %2, duplikat %3, ditolak %4, diambil %5, baru %6, percobaan ulang %7.</translation>
    </message>
    <message>
        <source>Usage: medtrackctl --data-dir DIR [--json] [--lang id|en] COMMAND

Commands:
  version
  user add --name N --role l1|l2|ic|steward|admin [--display-name D] [--as ADMIN]
  user list
  alert raise --severity info|warning|critical --module M --title T [--details D]
              [--dedup-key K] [--resource R] [--as USER]
  alert list [--state open|new|acked|resolved|all] [--severity S] [--module M] [--limit N]
  alert ack ID --as USER
  incident open --severity 1..4 --title T [--description D] [--alert ID]... [--module M]...
                [--assignee U] [--as USER]
  incident list [--all]
  incident show ID|NUMBER
  incident close ID|NUMBER --as USER --resolution T [--evidence FILE]... [--note T]
                 (--kb REF | --no-kb-reason T)
  db check
  backup FILE [--as USER]
  restore FILE [--as USER]
  audit verify [--as USER]
  demo seed
  bundle export FILE [--to SITE] [--all] [--as USER] | bundle import FILE [--as USER]
  bundle key show | bundle trust --site S --public-key KEY [--as ADMIN] | bundle peers
  sisdmk sync [--base-url URL] [--region CODE]... [--since TIME] [--username U]
  sisdmk credentials set --base-url URL --username U
  sisdmk runs [--limit N]
  personnel list [--region CODE] [--search T] [--limit N] [--as USER]
  sync --hub URL [--enrol-site S --enrol-code C]

With --as, the user&apos;s password is read as the first line of standard input.
user add then reads the new password twice (two more lines).
Exit codes: 0 success, 1 failure, 2 usage error.</source>
        <translation>Penggunaan: medtrackctl --data-dir DIR [--json] [--lang id|en] COMMAND

Perintah:
  version
  user add --name N --role l1|l2|ic|steward|admin [--display-name D] [--as ADMIN]
  user list
  alert raise --severity info|warning|critical --module M --title T [--details D]
              [--dedup-key K] [--resource R] [--as USER]
  alert list [--state open|new|acked|resolved|all] [--severity S] [--module M] [--limit N]
  alert ack ID --as USER
  incident open --severity 1..4 --title T [--description D] [--alert ID]... [--module M]...
                [--assignee U] [--as USER]
  incident list [--all]
  incident show ID|NOMOR
  incident close ID|NOMOR --as USER --resolution T [--evidence FILE]... [--note T]
                 (--kb REF | --no-kb-reason T)
  db check
  backup FILE [--as USER]
  restore FILE [--as USER]
  audit verify [--as USER]
  demo seed
  bundle export FILE [--to SITE] [--all] [--as USER] | bundle import FILE [--as USER]
  bundle key show | bundle trust --site S --public-key KEY [--as ADMIN] | bundle peers
  sisdmk sync [--base-url URL] [--region CODE]... [--since TIME] [--username U]
  sisdmk credentials set --base-url URL --username U
  sisdmk runs [--limit N]
  personnel list [--region CODE] [--search T] [--limit N] [--as USER]
  sync --hub URL [--enrol-site S --enrol-code C]

Dengan --as, kata sandi pengguna dibaca dari baris pertama standard input.
user add lalu membaca kata sandi baru dua kali (dua baris berikutnya).
Kode keluar: 0 berhasil, 1 gagal, 2 kesalahan penggunaan.</translation>
    </message>
    <message>
        <source>Bundle written to %1: %2 events.</source>
        <translation>Bundel ditulis ke %1: %2 event.</translation>
    </message>
</context>
<context>
    <name>mt::AlertConsole</name>
    <message>
        <source>All severities</source>
        <translation>Semua tingkat keparahan</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Semua modul</translation>
    </message>
    <message>
        <source>Open (new + acknowledged)</source>
        <translation>Terbuka (baru + diakui)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diakui</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Search title, details, resource…</source>
        <translation>Cari judul, detail, sumber…</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Saring:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Akui</translation>
    </message>
    <message>
        <source>Unacknowledge…</source>
        <translation>Batalkan pengakuan…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalasi</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 menit</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 jam</translation>
    </message>
    <message>
        <source>8 hours (one shift)</source>
        <translation>8 jam (satu shift)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Open incident…</source>
        <translation>Buka insiden…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 dari %2 ditampilkan</translation>
    </message>
    <message>
        <source>Unacknowledge alert</source>
        <translation>Batalkan pengakuan peringatan</translation>
    </message>
    <message>
        <source>Why is this alert going back to new? The reason is kept in the timeline.</source>
        <translation>Mengapa peringatan ini dikembalikan ke status baru? Alasannya disimpan di linimasa.</translation>
    </message>
    <message>
        <source>%1 of more than %2 shown</source>
        <translation>%1 dari lebih dari %2 ditampilkan</translation>
    </message>
    <message numerus="yes">
        <source>%n new – show</source>
        <comment>alerts held back while one is selected</comment>
        <translation>
            <numerusform>%n baru – tampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>New alerts arrived while you were working on the list. They are held back so that no row moves under the pointer; click to put them in place.</source>
        <translation>Peringatan baru masuk saat Anda bekerja di daftar. Peringatan itu ditahan agar tidak ada baris yang bergeser di bawah penunjuk; klik untuk menempatkannya.</translation>
    </message>
    <message>
        <source>• [%1] %2 — %3, raised %4</source>
        <translation>• [%1] %2 — %3, muncul %4</translation>
    </message>
</context>
<context>
    <name>mt::AlertDetailsPane</name>
    <message>
        <source>Alert details</source>
        <translation>Detail peringatan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Pilih peringatan untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation>Peringatan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Kemunculan</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Muncul</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Terakhir terlihat</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diakui</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
    <message>
        <source>Shelved until</source>
        <translation>Ditunda sampai</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
</context>
<context>
    <name>mt::AlertTableModel</name>
    <message>
        <source>%1 · escalated</source>
        <translation>%1 · dieskalasi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Raised (%1)</source>
        <translation>Muncul (%1)</translation>
    </message>
    <message>
        <source>Last seen (%1)</source>
        <translation>Terakhir terlihat (%1)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>short column header</comment>
        <translation>Keparahan</translation>
    </message>
</context>
<context>
    <name>mt::AppController</name>
    <message>
        <source>Demo mode — accounts (user / password):</source>
        <translation>Mode demo — akun (pengguna / kata sandi):</translation>
    </message>
    <message>
        <source>This database was written by a newer version of MedTrack. Install the newer version to open it; nothing was changed.</source>
        <translation>Basis data ini ditulis oleh MedTrack versi lebih baru. Pasang versi yang lebih baru untuk membukanya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Basis data tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>The database is damaged and there is no backup to restore. The damaged file was not changed; contact the L2 team.</source>
        <translation>Basis data rusak dan tidak ada cadangan untuk dipulihkan. Berkas yang rusak tidak diubah; hubungi tim L2.</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>The database is damaged. The damaged file will not be written to.

Restore the newest backup?
%1</source>
        <translation>Basis data rusak. Berkas yang rusak tidak akan ditulisi.

Pulihkan cadangan terbaru?
%1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Cadangan tidak dapat dipulihkan: %1</translation>
    </message>
    <message>
        <source>MedTrack cannot start</source>
        <translation>MedTrack tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Data demo tidak dapat dibuat: %1</translation>
    </message>
</context>
<context>
    <name>mt::BundleActions</name>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Ekspor bundel…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Impor bundel…</translation>
    </message>
    <message>
        <source>Bundle &amp;keys and trusted sites…</source>
        <translation>&amp;Kunci bundel dan site tepercaya…</translation>
    </message>
    <message>
        <source>Write the events another site lacks into a signed file.</source>
        <translation>Tulis event yang belum dimiliki site lain ke dalam berkas bertanda tangan.</translation>
    </message>
    <message>
        <source>Add the events of a signed bundle from a trusted site.</source>
        <translation>Tambahkan event dari bundel bertanda tangan milik site tepercaya.</translation>
    </message>
    <message>
        <source>Show this site&apos;s public key; trust other sites&apos; keys (administrators).</source>
        <translation>Tampilkan kunci publik site ini; percayai kunci site lain (administrator).</translation>
    </message>
</context>
<context>
    <name>mt::BundleTrustDialog</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID kunci</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>Diterima sampai</translation>
    </message>
    <message>
        <source>Confirmed up to</source>
        <translation>Dikonfirmasi sampai</translation>
    </message>
    <message>
        <source>base64 text shown in this dialog at the other site</source>
        <translation>teks base64 yang ditampilkan di dialog ini pada site lain</translation>
    </message>
    <message>
        <source>Reading from the system keychain…</source>
        <translation>Membaca dari keychain sistem…</translation>
    </message>
    <message>
        <source>The public key must be the base64 text shown under &quot;This site&apos;s public key&quot; at the other site (or by &quot;medtrackctl bundle key show&quot;).</source>
        <translation>Kunci publik harus berupa teks base64 yang ditampilkan di bawah &quot;Kunci publik site ini&quot; pada site lain (atau oleh &quot;medtrackctl bundle key show&quot;).</translation>
    </message>
    <message>
        <source>Bundles signed by site %1 (key %2) are now accepted.</source>
        <translation>Bundel yang ditandatangani site %1 (kunci %2) sekarang diterima.</translation>
    </message>
</context>
<context>
    <name>mt::CloseIncidentDialog</name>
    <message>
        <source>Close incident</source>
        <translation>Tutup insiden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>Evidence already recorded: %n item(s).</source>
        <translation>
            <numerusform>Eviden yang sudah tercatat: %n item.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lampirkan eviden</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2.</source>
        <translation>%1 melebihi batas ukuran %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Describe the resolution.</source>
        <translation>Jelaskan penyelesaiannya.</translation>
    </message>
    <message>
        <source>Add evidence: a note, a file, or both.</source>
        <translation>Tambahkan eviden: catatan, berkas, atau keduanya.</translation>
    </message>
    <message>
        <source>Enter the knowledge base reference, or choose &quot;No KB entry&quot; and say why.</source>
        <translation>Isi referensi knowledge base, atau pilih &quot;Tanpa entri KB&quot; dan jelaskan alasannya.</translation>
    </message>
    <message>
        <source>Say why there is no knowledge base entry.</source>
        <translation>Jelaskan mengapa tidak ada entri knowledge base.</translation>
    </message>
    <message>
        <source>Close incident %1: %2</source>
        <translation>Tutup insiden %1: %2</translation>
    </message>
</context>
<context>
    <name>mt::EscalationAnnouncer</name>
    <message>
        <source>MedTrack Command Center</source>
        <translation>MedTrack Command Center</translation>
    </message>
    <message>
        <source>Critical alert escalated</source>
        <translation>Peringatan kritis dieskalasi</translation>
    </message>
    <message>
        <source>Incident %1 escalated to L2</source>
        <translation>Insiden %1 dieskalasi ke L2</translation>
    </message>
    <message>
        <source>Sign in to see it.</source>
        <translation>Masuk untuk melihatnya.</translation>
    </message>
</context>
<context>
    <name>mt::EtlWorker</name>
    <message>
        <source>Region %1, run %2 (trace %3): %4</source>
        <translation>Wilayah %1, proses %2 (trace %3): %4</translation>
    </message>
    <message>
        <source>SISDMK unreachable after retries</source>
        <translation>SISDMK tidak dapat dihubungi setelah beberapa percobaan</translation>
    </message>
    <message>
        <source>SISDMK authentication failed: sync stopped</source>
        <translation>Autentikasi SISDMK gagal: sinkronisasi dihentikan</translation>
    </message>
    <message>
        <source>SISDMK data format changed: raw answer kept, sync stopped</source>
        <translation>Format data SISDMK berubah: respons mentah disimpan, sinkronisasi dihentikan</translation>
    </message>
    <message>
        <source>SISDMK sync could not write to the database</source>
        <translation>Sinkronisasi SISDMK tidak dapat menulis ke basis data</translation>
    </message>
    <message>
        <source>SISDMK sync took %1 s (limit %2 s)</source>
        <translation>Sinkronisasi SISDMK memakan %1 dtk (batas %2 dtk)</translation>
    </message>
    <message>
        <source>SISDMK sync failed %1 times in a row</source>
        <translation>Sinkronisasi SISDMK gagal %1 kali berturut-turut</translation>
    </message>
</context>
<context>
    <name>mt::ExportBundleDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Any site (everything, a full bundle)</source>
        <translation>Site mana pun (semuanya, bundel lengkap)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (kunci %2)</translation>
    </message>
    <message>
        <source>Save bundle as</source>
        <translation>Simpan bundel sebagai</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>Pilih berkas di folder yang sudah ada.</translation>
    </message>
    <message>
        <source>Reading this site&apos;s signing key from the system keychain…</source>
        <translation>Membaca kunci penandatangan site ini dari keychain sistem…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Menulis bundel…</translation>
    </message>
    <message>
        <source>Another bundle is being exported or imported; try again when it has finished.</source>
        <translation>Bundel lain sedang diekspor atau diimpor; coba lagi setelah selesai.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n event(s).</source>
        <translation>
            <numerusform>Bundel ditulis: %n event.</numerusform>
        </translation>
    </message>
    <message>
        <source>For: any site (full bundle).</source>
        <translation>Untuk: site mana pun (bundel lengkap).</translation>
    </message>
    <message>
        <source>For: site %1.</source>
        <translation>Untuk: site %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
</context>
<context>
    <name>mt::FirstRunWizard</name>
    <message>
        <source>MedTrack first start</source>
        <translation>MedTrack — penggunaan pertama</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Buat administrator</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>This workstation&apos;s site</source>
        <translation>Site untuk workstation ini</translation>
    </message>
    <message>
        <source>The database is empty. Name the site and its time zone; times are shown in this zone.</source>
        <translation>Basis data masih kosong. Isi nama site dan zona waktunya; waktu ditampilkan dalam zona ini.</translation>
    </message>
    <message>
        <source>e.g. Puskesau Jakarta</source>
        <translation>mis. Puskesau Jakarta</translation>
    </message>
    <message>
        <source>%1 (UTC+%2)</source>
        <translation>%1 (UTC+%2)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nama site</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>ID site</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>This account manages users and settings. Use a password of at least %1 characters.</source>
        <translation>Akun ini mengelola pengguna dan pengaturan. Gunakan kata sandi minimal %1 karakter.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nama tampilan</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>mt::HubConnectionDialog</name>
    <message>
        <source>Save and enrol</source>
        <translation>Simpan dan daftarkan</translation>
    </message>
    <message>
        <source>Enrolled. The first sync has started.</source>
        <translation>Terdaftar. Sinkronisasi pertama telah dimulai.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>Pendaftaran gagal: %1</translation>
    </message>
    <message>
        <source>The hub URL must look like https://host:port.</source>
        <translation>URL hub harus berbentuk https://host:port.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Pengaturan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Hub sync is off.</source>
        <translation>Sinkronisasi hub nonaktif.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Enrolling with %1…</source>
        <translation>Mendaftar ke %1…</translation>
    </message>
</context>
<context>
    <name>mt::HubSync</name>
    <message>
        <source>Enrolment with hub %1 failed: %2</source>
        <translation>Pendaftaran ke hub %1 gagal: %2</translation>
    </message>
    <message>
        <source>Hub %1 unreachable: %2</source>
        <translation>Hub %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>Hub %1 refused the device token (expired or revoked); enrol again.</source>
        <translation>Hub %1 menolak token perangkat (kedaluwarsa atau dicabut); daftarkan ulang.</translation>
    </message>
    <message>
        <source>Not enrolled with hub %1; enrol with the code from the hub&apos;s administrator.</source>
        <translation>Belum terdaftar di hub %1; daftarkan dengan kode dari administrator hub.</translation>
    </message>
    <message>
        <source>No usable OS keychain for the hub token (%1); hub sync needs a secret service.</source>
        <translation>Tidak ada keychain OS yang dapat dipakai untuk token hub (%1); sinkronisasi hub memerlukan secret service.</translation>
    </message>
    <message>
        <source>Hub %1 refused the request: %2</source>
        <translation>Hub %1 menolak permintaan: %2</translation>
    </message>
    <message>
        <source>The sync could not use the database: %1</source>
        <translation>Sinkronisasi tidak dapat menggunakan basis data: %1</translation>
    </message>
    <message>
        <source>Hub %1 sent data this version cannot use: %2</source>
        <translation>Hub %1 mengirim data yang tidak dapat digunakan oleh versi ini: %2</translation>
    </message>
    <message>
        <source>Workstation clock ahead of the hub: events held</source>
        <translation>Jam workstation lebih cepat dari hub: peristiwa ditahan</translation>
    </message>
    <message numerus="yes">
        <source>This workstation&apos;s clock is %n minute(s) ahead of the hub: %1 event(s) are kept here and sent once the clock is set right.</source>
        <translation>
            <numerusform>Jam workstation ini %n menit lebih cepat dari hub: %1 peristiwa disimpan di sini dan dikirim setelah jam dibetulkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workstation&apos;s clock is %n minute(s) ahead of the hub; the hub refuses events stamped more than a few minutes ahead. Set the clock right.</source>
        <translation>
            <numerusform>Jam workstation ini %n menit lebih cepat dari hub; hub menolak peristiwa yang bercap waktu lebih dari beberapa menit di depan. Betulkan jam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mt::HubSyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Push this site&apos;s changes to the hub and fetch the others&apos; now</source>
        <translation>Kirim perubahan site ini ke hub dan ambil perubahan site lain sekarang</translation>
    </message>
    <message>
        <source>Hub: online</source>
        <translation>Hub: daring</translation>
    </message>
    <message>
        <source>Hub: offline</source>
        <translation>Hub: luring</translation>
    </message>
    <message>
        <source>Hub: syncing…</source>
        <translation>Hub: menyinkronkan…</translation>
    </message>
    <message>
        <source>Hub: not configured</source>
        <translation>Hub: belum dikonfigurasi</translation>
    </message>
    <message>
        <source>Hub: not enrolled</source>
        <translation>Hub: belum terdaftar</translation>
    </message>
    <message>
        <source>retry %1/%2 in %3 s</source>
        <translation>coba ulang %1/%2 dalam %3 dtk</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Galat terakhir: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Sinkronisasi terakhir: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Sinkronisasi terakhir: belum pernah</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Tertunda: %1</translation>
    </message>
    <message>
        <source>Refused by hub: %1</source>
        <translation>Ditolak hub: %1</translation>
    </message>
    <message>
        <source>Events the hub refused; they are kept here and not sent again (see the sync log).</source>
        <translation>Event yang ditolak hub; event tersebut disimpan di sini dan tidak dikirim lagi (lihat log sinkronisasi).</translation>
    </message>
    <message numerus="yes">
        <source>Clock %n min ahead: %1 held</source>
        <translation>
            <numerusform>Jam %n menit lebih cepat: %1 ditahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock %n min ahead</source>
        <translation>
            <numerusform>Jam %n menit lebih cepat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mt::ImportBundleDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Buka bundel</translation>
    </message>
    <message>
        <source>Choose an existing bundle file.</source>
        <translation>Pilih berkas bundel yang sudah ada.</translation>
    </message>
    <message>
        <source>Another bundle is being exported or imported; try again when it has finished.</source>
        <translation>Bundel lain sedang diekspor atau diimpor; coba lagi setelah selesai.</translation>
    </message>
    <message>
        <source>Bundle from site %1 imported.</source>
        <translation>Bundel dari site %1 diimpor.</translation>
    </message>
    <message>
        <source>New events: %1</source>
        <translation>Event baru: %1</translation>
    </message>
    <message>
        <source>Already here: %1</source>
        <translation>Sudah ada: %1</translation>
    </message>
    <message>
        <source>Nothing changed: everything in this bundle was already here.</source>
        <translation>Tidak ada perubahan: seluruh isi bundel ini sudah ada di sini.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Memeriksa tanda tangan dan mengimpor…</translation>
    </message>
</context>
<context>
    <name>mt::IncidentDetail</name>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Ubah tingkat keparahan</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Mulai tangani</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Tutup…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>Escalate to L2…</source>
        <translation>Eskalasi ke L2…</translation>
    </message>
    <message>
        <source>Triage checklist (SOP step 3)</source>
        <translation>Daftar periksa triase (SOP langkah 3)</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Catatan dan eviden</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Select an incident in the list.</source>
        <translation>Pilih insiden di daftar.</translation>
    </message>
    <message>
        <source> · escalated to L2</source>
        <translation> · dieskalasi ke L2</translation>
    </message>
    <message>
        <source>Opened %1 by %2. SLA due %3.</source>
        <translation>Dibuka %1 oleh %2. Batas SLA %3.</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <source>Linked alerts: %1 · notes: %2 · evidence: %3</source>
        <translation>Peringatan terkait: %1 · catatan: %2 · eviden: %3</translation>
    </message>
    <message>
        <source>Resolution: %1 · KB: %2</source>
        <translation>Penyelesaian: %1 · KB: %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>terlambat %1</translation>
    </message>
    <message>
        <source>Escalate to L2</source>
        <translation>Eskalasi ke L2</translation>
    </message>
    <message>
        <source>Why does this incident need the L2 team?</source>
        <translation>Mengapa insiden ini memerlukan tim L2?</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Buka kembali insiden</translation>
    </message>
    <message>
        <source>Why is this incident being reopened?</source>
        <translation>Mengapa insiden ini dibuka kembali?</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lampirkan eviden</translation>
    </message>
    <message>
        <source>Cannot attach %1: unreadable or larger than %2.</source>
        <translation>Tidak dapat melampirkan %1: tidak terbaca atau lebih besar dari %2.</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Tulis catatan…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>situs %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2)</source>
        <translation>Eviden: %1 (%2)</translation>
    </message>
    <message>
        <source>No notes or evidence yet.</source>
        <translation>Belum ada catatan atau eviden.</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (pengguna %2)</translation>
    </message>
</context>
<context>
    <name>mt::IncidentList</name>
    <message>
        <source>Open only</source>
        <translation>Hanya yang terbuka</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Semua tingkat keparahan</translation>
    </message>
    <message>
        <source>Search incidents…</source>
        <translation>Cari insiden…</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Insiden baru…</translation>
    </message>
</context>
<context>
    <name>mt::IncidentTableModel</name>
    <message>
        <source>%1 · L2</source>
        <translation>%1 · L2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened (%1)</source>
        <translation>Dibuka (%1)</translation>
    </message>
    <message>
        <source>SLA remaining</source>
        <translation>Sisa SLA</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>short column header</comment>
        <translation>Keparahan</translation>
    </message>
    <message>
        <source>Assignee</source>
        <comment>short column header</comment>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>incident number column header</comment>
        <translation>Nomor</translation>
    </message>
</context>
<context>
    <name>mt::IntegrationScreen</name>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Source: %1 — regions: %2 — every %3 h — a run longer than %4 min raises a warning</source>
        <translation>Sumber: %1 — wilayah: %2 — setiap %3 jam — proses yang lebih lama dari %4 menit memunculkan peringatan</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belum diatur)</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Last runs (integration audit log)</source>
        <translation>Proses terakhir (log audit integrasi)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SISDMK integration&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Integrasi SISDMK&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Signing in to SISDMK…</source>
        <translation>Masuk ke SISDMK…</translation>
    </message>
    <message>
        <source>Last sync finished: %1 records received.</source>
        <translation>Sinkronisasi terakhir selesai: %1 data diterima.</translation>
    </message>
    <message>
        <source>The sync was cancelled; the pages stored stay and the next run resumes there.</source>
        <translation>Sinkronisasi dibatalkan; halaman yang sudah tersimpan tetap ada dan proses berikutnya melanjutkan dari sana.</translation>
    </message>
    <message>
        <source>Last sync did not finish: see the runs and errors below.</source>
        <translation>Sinkronisasi terakhir tidak selesai: lihat proses dan galat di bawah.</translation>
    </message>
    <message>
        <source>The sync could not start.</source>
        <translation>Sinkronisasi tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Riwayat proses tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Next scheduled run: after the one in progress</source>
        <translation>Proses terjadwal berikutnya: setelah proses yang sedang berjalan</translation>
    </message>
    <message>
        <source>Next scheduled run: %1</source>
        <translation>Proses terjadwal berikutnya: %1</translation>
    </message>
    <message>
        <source>Next scheduled run: none (SISDMK is not configured)</source>
        <translation>Proses terjadwal berikutnya: tidak ada (SISDMK belum dikonfigurasi)</translation>
    </message>
    <message>
        <source>Only data stewards and administrators can start or cancel a sync.</source>
        <translation>Hanya pengelola data dan administrator yang dapat memulai atau membatalkan sinkronisasi.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>%1, region %2: %3</source>
        <translation>%1, wilayah %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with a changed format kept for the administrator (sisdmk_raw_bodies).</source>
        <translation>
            <numerusform>%n respons dengan format yang berubah disimpan untuk administrator (sisdmk_raw_bodies).</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Tidak ada galat.</translation>
    </message>
    <message>
        <source>Region %1: page %2 of %3, %4 of %5 records</source>
        <translation>Wilayah %1: halaman %2 dari %3, %4 dari %5 data</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation>Membaca kredensial dari keychain…</translation>
    </message>
    <message>
        <source>Cancelling… the pages already stored stay; the next run resumes here.</source>
        <translation>Membatalkan… halaman yang sudah tersimpan tetap ada; proses berikutnya melanjutkan dari sini.</translation>
    </message>
</context>
<context>
    <name>mt::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Site: %1. Sign in to start your shift.</source>
        <translation>Lokasi: %1. Masuk untuk memulai shift Anda.</translation>
    </message>
    <message>
        <source>The session was locked after inactivity. Sign in again to continue.</source>
        <translation>Sesi dikunci karena tidak ada aktivitas. Masuk kembali untuk melanjutkan.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after %1.</source>
        <translation>Akun ini dikunci karena terlalu banyak percobaan gagal. Coba lagi setelah %1.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Isi nama pengguna Anda.</translation>
    </message>
    <message>
        <source>The session was locked by the user. Sign in again to continue.</source>
        <translation>Sesi dikunci oleh pengguna. Masuk kembali untuk melanjutkan.</translation>
    </message>
    <message>
        <source>While nobody is signed in, this workstation keeps syncing with the hub, pulling SISDMK on schedule and escalating overdue alerts.</source>
        <translation>Selama tidak ada yang masuk, workstation ini tetap sinkron dengan hub, menarik data SISDMK sesuai jadwal, dan mengeskalasi peringatan yang terlambat.</translation>
    </message>
</context>
<context>
    <name>mt::MainWindow</name>
    <message>
        <source>MedTrack Command Center — %1 (demo)</source>
        <translation>MedTrack Command Center — %1 (demo)</translation>
    </message>
    <message>
        <source>MedTrack Command Center — %1</source>
        <translation>MedTrack Command Center — %1</translation>
    </message>
    <message>
        <source>Start of shift</source>
        <translation>Awal shift</translation>
    </message>
    <message>
        <source>Alert console</source>
        <translation>Konsol peringatan</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesi</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Lokasi: %1</translation>
    </message>
    <message>
        <source>Database: OK</source>
        <translation>Basis data: baik</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Offline — local only</source>
        <translation>Luring — hanya lokal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Database: checking…</source>
        <translation>Basis data: sedang diperiksa…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Si&amp;nkronisasi</translation>
    </message>
    <message>
        <source>Sync with the hub &amp;now</source>
        <translation>Sinkronkan dengan hub &amp;sekarang</translation>
    </message>
    <message>
        <source>&amp;Hub connection…</source>
        <translation>Koneksi &amp;hub…</translation>
    </message>
    <message>
        <source>Session locked by the user.</source>
        <translation>Sesi dikunci oleh pengguna.</translation>
    </message>
    <message>
        <source>Session locked after inactivity.</source>
        <translation>Sesi dikunci karena tidak ada aktivitas.</translation>
    </message>
</context>
<context>
    <name>mt::OpenIncidentDialog</name>
    <message>
        <source>Open incident</source>
        <translation>Buka insiden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation>Beri judul untuk insiden ini.</translation>
    </message>
    <message>
        <source>Tick at least one affected module.</source>
        <translation>Centang minimal satu modul terdampak.</translation>
    </message>
    <message>
        <source>• [%1] %2 — %3, %4, raised %5</source>
        <translation>• [%1] %2 — %3, %4, muncul %5</translation>
    </message>
    <message>
        <source>Open incident from alert “%1”</source>
        <translation>Buka insiden dari peringatan “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Open incident from %n alerts</source>
        <translation>
            <numerusform>Buka insiden dari %n peringatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mt::PersonJobsModel</name>
    <message>
        <source>Facility</source>
        <translation>Fasyankes</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Kode fasyankes</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>STR (registration)</source>
        <translation>STR (registrasi)</translation>
    </message>
    <message>
        <source>STR valid until</source>
        <translation>STR berlaku sampai</translation>
    </message>
    <message>
        <source>SIP (practice licence)</source>
        <translation>SIP (izin praktik)</translation>
    </message>
    <message>
        <source>At facility</source>
        <translation>Di fasyankes</translation>
    </message>
</context>
<context>
    <name>mt::PersonnelScreen</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Health workers (SISDMK)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tenaga kesehatan (SISDMK)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Name or NIK (start of the number)</source>
        <translation>Nama atau NIK (awal nomor)</translation>
    </message>
    <message>
        <source>Name or full 16-digit NIK</source>
        <translation>Nama atau NIK lengkap 16 digit</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>Semua profesi</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Kode fasyankes</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktif dan tidak aktif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Select a health worker to see the details.</source>
        <translation>Pilih tenaga kesehatan untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated in SISDMK</source>
        <translation>Diperbarui di SISDMK</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Registrations (STR) and practice licences (SIP)</source>
        <translation>Registrasi (STR) dan izin praktik (SIP)</translation>
    </message>
    <message>
        <source>(choose a province)</source>
        <translation>(pilih provinsi)</translation>
    </message>
    <message>
        <source>All regencies / cities</source>
        <translation>Semua kabupaten / kota</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Enter all 16 digits to search by NIK: only data stewards may search by part of a NIK.</source>
        <translation>Masukkan ke-16 digit untuk mencari berdasarkan NIK: hanya pengelola data yang boleh mencari dengan sebagian NIK.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
    <message>
        <source>No health worker matches. Data arrives with the SISDMK sync (Integration screen).</source>
        <translation>Tidak ada tenaga kesehatan yang cocok. Data masuk melalui sinkronisasi SISDMK (layar Integrasi SISDMK).</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>menghitung…</translation>
    </message>
    <message>
        <source>0 of %1</source>
        <translation>0 dari %1</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 dari %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — loading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — memuat…</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (disamarkan)</translation>
    </message>
</context>
<context>
    <name>mt::PersonnelTableModel</name>
    <message>
        <source>NIK masked: only data stewards see the full number.</source>
        <translation>NIK disamarkan: hanya pengelola data yang dapat melihat nomor lengkapnya.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Fasyankes</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated in SISDMK</source>
        <translation>Diperbarui di SISDMK</translation>
    </message>
</context>
<context>
    <name>mt::QuarantineScreen</name>
    <message>
        <source>Not yet reviewed only</source>
        <translation>Hanya yang belum ditinjau</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Quarantine: rejected SISDMK records&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Karantina: data SISDMK yang ditolak&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Select a record.</source>
        <translation>Pilih salah satu data.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Tandai sudah ditinjau</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Alasan ditolak</translation>
    </message>
    <message>
        <source>Record as received from SISDMK</source>
        <translation>Data sebagaimana diterima dari SISDMK</translation>
    </message>
    <message>
        <source>Quarantine review is for data stewards. Rejected SISDMK records contain personal data as received; ask a data steward or an administrator.</source>
        <translation>Peninjauan karantina khusus untuk pengelola data. Data SISDMK yang ditolak berisi data pribadi sebagaimana diterima; hubungi pengelola data atau administrator.</translation>
    </message>
    <message>
        <source>The quarantine could not be read: %1</source>
        <translation>Karantina tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>0 of %1</source>
        <translation>0 dari %1</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 dari %3</translation>
    </message>
    <message>
        <source>Already reviewed by %1.</source>
        <translation>Sudah ditinjau oleh %1.</translation>
    </message>
    <message>
        <source>Not marked: %1</source>
        <translation>Tidak ditandai: %1</translation>
    </message>
    <message>
        <source>Marked reviewed by %1.</source>
        <translation>Ditandai sudah ditinjau oleh %1.</translation>
    </message>
</context>
<context>
    <name>mt::QuarantineTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>NIK as sent</source>
        <translation>NIK sesuai kiriman</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Ditinjau</translation>
    </message>
</context>
<context>
    <name>mt::ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Please give a reason; it is kept in the record.</source>
        <translation>Harap isi alasan; alasan disimpan dalam catatan.</translation>
    </message>
</context>
<context>
    <name>mt::SisdmkScheduler</name>
    <message>
        <source>SISDMK sync is not configured (base URL and regions in the settings).</source>
        <translation>Sinkronisasi SISDMK belum dikonfigurasi (URL dasar dan wilayah di pengaturan).</translation>
    </message>
    <message>
        <source>No SISDMK credentials are stored in the keychain.</source>
        <translation>Tidak ada kredensial SISDMK yang tersimpan di keychain.</translation>
    </message>
    <message>
        <source>SISDMK sync cannot start</source>
        <translation>Sinkronisasi SISDMK tidak dapat dimulai</translation>
    </message>
</context>
<context>
    <name>mt::SisdmkService</name>
    <message>
        <source>SISDMK is not configured: set base_url and regions in the [sisdmk] section of medtrack.ini.</source>
        <translation>SISDMK belum dikonfigurasi: atur base_url dan regions di bagian [sisdmk] pada medtrack.ini.</translation>
    </message>
    <message>
        <source>Checking the SISDMK credentials in the keychain…</source>
        <translation>Memeriksa kredensial SISDMK di keychain…</translation>
    </message>
    <message>
        <source>No SISDMK credentials are stored in the keychain for %1. Store them with &quot;medtrackctl sisdmk credentials set&quot;.</source>
        <translation>Tidak ada kredensial SISDMK yang tersimpan di keychain untuk %1. Simpan dengan &quot;medtrackctl sisdmk credentials set&quot;.</translation>
    </message>
    <message>
        <source>The keychain cannot be read, so SISDMK cannot be reached: %1</source>
        <translation>Keychain tidak dapat dibaca, sehingga SISDMK tidak dapat dihubungi: %1</translation>
    </message>
</context>
<context>
    <name>mt::StartOfShiftPanel</name>
    <message>
        <source>Start of shift</source>
        <translation>Awal shift</translation>
    </message>
    <message>
        <source>SOP operator step 1: check the status before taking over the shift. Then work the alerts by severity (step 2), triage (step 3), acknowledge and assign (step 4), escalate past the threshold (step 5), and close with evidence and a knowledge base entry (step 6).</source>
        <translation>SOP operator langkah 1: periksa status sebelum menerima serah terima shift. Lalu tangani peringatan sesuai tingkat keparahan (langkah 2), lakukan triase (langkah 3), akui dan tugaskan (langkah 4), eskalasi bila melewati ambang waktu (langkah 5), dan tutup dengan eviden serta entri knowledge base (langkah 6).</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Open critical alerts</source>
        <translation>Peringatan kritis terbuka</translation>
    </message>
    <message>
        <source>Open incidents with SLA at risk</source>
        <translation>Insiden terbuka dengan SLA berisiko</translation>
    </message>
    <message>
        <source>Check database again</source>
        <translation>Periksa basis data lagi</translation>
    </message>
    <message>
        <source>Go to the alert console</source>
        <translation>Ke konsol peringatan</translation>
    </message>
    <message>
        <source>Go to incidents</source>
        <translation>Ke daftar insiden</translation>
    </message>
    <message>
        <source>✔ Healthy (integrity check passed)</source>
        <translation>✔ Sehat (pemeriksaan integritas lolos)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Offline — local only</source>
        <translation>Luring — hanya lokal</translation>
    </message>
    <message numerus="yes">
        <source>%n open critical alert(s)</source>
        <translation>
            <numerusform>%n peringatan kritis terbuka</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at risk · %2 breached</source>
        <translation>%1 berisiko · %2 terlampaui</translation>
    </message>
    <message>
        <source>… Integrity check running</source>
        <translation>… Pemeriksaan integritas berjalan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>%1 · %2 pending · last sync %3</source>
        <translation>%1 · %2 tertunda · sinkronisasi terakhir %3</translation>
    </message>
</context>
<context>
    <name>mt::SyncRunsModel</name>
    <message>
        <source>Batch %1, trace %2</source>
        <translation>Batch %1, trace %2</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Mulai (%1)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
</context>
<context>
    <name>mt::TimelineView</name>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflik: %1</translation>
    </message>
    <message>
        <source>A concurrent change from another site that lost; nothing was overwritten silently.</source>
        <translation>Perubahan bersamaan dari site lain yang kalah; tidak ada data yang ditimpa diam-diam.</translation>
    </message>
    <message>
        <source>Show older entries (%1 more)</source>
        <translation>Tampilkan entri lebih lama (%1 lagi)</translation>
    </message>
</context>
</TS>
