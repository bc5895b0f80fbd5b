<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundleText</name>
    <message>
        <source>This file is not a MedTrack bundle.</source>
        <translation>This file is not a MedTrack bundle.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer MedTrack version; update MedTrack to import it.</source>
        <translation>This bundle was made by a newer MedTrack version; update MedTrack to import it.</translation>
    </message>
    <message>
        <source>The bundle file is incomplete (cut off); nothing was imported. Copy it again.</source>
        <translation>The bundle file is incomplete (cut off); nothing was imported. Copy it again.</translation>
    </message>
    <message>
        <source>Refused: the bundle comes from site &quot;%1&quot;, which is not a trusted peer here; nothing was imported. An administrator must trust that site&apos;s key first.</source>
        <translation>Refused: the bundle comes from site &quot;%1&quot;, which is not a trusted peer here; nothing was imported. An administrator must trust that site&apos;s key first.</translation>
    </message>
    <message>
        <source>Refused: the bundle claims to come from site &quot;%1&quot; but is signed with a key that is not trusted for it; nothing was imported.</source>
        <translation>Refused: the bundle claims to come from site &quot;%1&quot; but is signed with a key that is not trusted for it; nothing was imported.</translation>
    </message>
    <message>
        <source>Refused: the bundle&apos;s signature does not match its content (the file was altered or damaged); nothing was imported.</source>
        <translation>Refused: the bundle&apos;s signature does not match its content (the file was altered or damaged); nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle was made at this site; there is nothing to import.</source>
        <translation>This bundle was made at this site; there is nothing to import.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its content does not match its header); nothing was imported.</source>
        <translation>The bundle is damaged (its content does not match its header); nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle file is larger than 1 GiB; it was not read.</source>
        <translation>The bundle file is larger than 1 GiB; it was not read.</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was imported.</source>
        <translation>The bundle was refused; nothing was imported.</translation>
    </message>
    <message>
        <source>Access to the bundle signing key in the system keychain was denied.</source>
        <translation>Access to the bundle signing key in the system keychain was denied.</translation>
    </message>
    <message>
        <source>The bundle signing key in the system keychain is damaged.</source>
        <translation>The bundle signing key in the system keychain is damaged.</translation>
    </message>
    <message>
        <source>The system keychain did not answer; bundles cannot be signed now.</source>
        <translation>The system keychain did not answer; bundles cannot be signed now.</translation>
    </message>
    <message>
        <source>No system keychain (secret service) is available, so the bundle signing key cannot be stored safely; refusing to continue. Start a keyring (e.g. GNOME Keyring) and try again.</source>
        <translation>No system keychain (secret service) is available, so the bundle signing key cannot be stored safely; refusing to continue. Start a keyring (e.g. GNOME Keyring) and try again.</translation>
    </message>
    <message>
        <source>The public key must be the base64 text printed by &quot;bundle key show&quot; on the other site.</source>
        <translation>The public key must be the base64 text printed by &quot;bundle key show&quot; on the other site.</translation>
    </message>
    <message>
        <source>That is this site&apos;s own id; trust the other site&apos;s key instead.</source>
        <translation>That is this site&apos;s own id; trust the other site&apos;s key instead.</translation>
    </message>
    <message numerus="yes">
        <source>%n user-account event(s)</source>
        <translation>
            <numerusform>%n user-account event(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SISDMK quarantine review(s)</source>
        <translation>
            <numerusform>%n SISDMK quarantine review(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of type &quot;%1&quot;</source>
        <translation>
            <numerusform>%n event(s) of type &quot;%1&quot;</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (they stay on this workstation): %1.</source>
        <translation>Left out (they stay on this workstation): %1.</translation>
    </message>
    <message>
        <source>A site id has 1 to %L1 characters: letters, digits, dot, dash or underscore.</source>
        <translation>A site id has 1 to %L1 characters: letters, digits, dot, dash or underscore.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are stamped more than 5 minutes ahead of this machine&apos;s clock and were not imported. Check both computers&apos; clocks, then import the same bundle again: nothing is lost.</source>
        <translation>
            <numerusform>%n event is stamped more than 5 minutes ahead of this machine&apos;s clock and was not imported. Check both computers&apos; clocks, then import the same bundle again: nothing is lost.</numerusform>
            <numerusform>%n events are stamped more than 5 minutes ahead of this machine&apos;s clock and were not imported. Check both computers&apos; clocks, then import the same bundle again: nothing is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(Up to %n minute(s) ahead.)</source>
        <translation>
            <numerusform>(Up to %n minute ahead.)</numerusform>
            <numerusform>(Up to %n minutes ahead.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleTrustDialog</name>
    <message>
        <source>Bundle keys and trusted sites</source>
        <translation>Bundle keys and trusted sites</translation>
    </message>
    <message>
        <source>This site&apos;s public key (give it to the other site&apos;s administrator)</source>
        <translation>This site&apos;s public key (give it to the other site&apos;s administrator)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>Trusted sites: bundles signed by these keys are accepted here</source>
        <translation>Trusted sites: bundles signed by these keys are accepted here</translation>
    </message>
    <message>
        <source>Trust another site</source>
        <translation>Trust another site</translation>
    </message>
    <message>
        <source>&amp;Site id</source>
        <translation>&amp;Site id</translation>
    </message>
    <message>
        <source>&amp;Public key</source>
        <translation>&amp;Public key</translation>
    </message>
    <message>
        <source>&amp;Trust this site</source>
        <translation>&amp;Trust this site</translation>
    </message>
</context>
<context>
    <name>BundleUi</name>
    <message>
        <source>Needs one of these roles: %1.</source>
        <translation>Needs one of these roles: %1.</translation>
    </message>
    <message>
        <source>MedTrack bundles (*.mtb);;All files (*)</source>
        <translation>MedTrack bundles (*.mtb);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>Close incident</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <source>SOP step 6: record how the incident was resolved, the evidence, and the knowledge base entry.</source>
        <translation>SOP step 6: record how the incident was resolved, the evidence, and the knowledge base entry.</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence &amp;note</source>
        <translation>Evidence &amp;note</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>&amp;KB reference</source>
        <translation>&amp;KB reference</translation>
    </message>
    <message>
        <source>e.g. KB-0123</source>
        <translation>e.g. KB-0123</translation>
    </message>
    <message>
        <source>No KB entry, because</source>
        <translation>No KB entry, because</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Knowledge-base reference</source>
        <translation>Knowledge-base reference</translation>
    </message>
    <message>
        <source>Reason for no knowledge-base article</source>
        <translation>Reason for no knowledge-base article</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Shelve until</source>
        <translation>Shelve until</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Checklist step</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deduplication key</source>
        <translation>Deduplication key</translation>
    </message>
    <message>
        <source>Linked alerts</source>
        <translation>Linked alerts</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>The shelve time must be in the future.</source>
        <translation>The shelve time must be in the future.</translation>
    </message>
    <message>
        <source>Severity must be 1 (critical) to 4 (low).</source>
        <translation>Severity must be 1 (critical) to 4 (low).</translation>
    </message>
    <message>
        <source>Each module can be listed only once.</source>
        <translation>Each module can be listed only once.</translation>
    </message>
    <message>
        <source>Choose at least one affected module.</source>
        <translation>Choose at least one affected module.</translation>
    </message>
    <message>
        <source>The assignee must be an existing, active user.</source>
        <translation>The assignee must be an existing, active user.</translation>
    </message>
    <message>
        <source>That checklist step does not exist.</source>
        <translation>That checklist step does not exist.</translation>
    </message>
    <message>
        <source>Every evidence file needs a file name.</source>
        <translation>Every evidence file needs a file name.</translation>
    </message>
    <message>
        <source>Closing needs evidence: attach a file or write an evidence note.</source>
        <translation>Closing needs evidence: attach a file or write an evidence note.</translation>
    </message>
    <message>
        <source>Give a knowledge-base reference, or the reason why no article is needed.</source>
        <translation>Give a knowledge-base reference, or the reason why no article is needed.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>The password must not be the same as the user name.</source>
        <translation>The password must not be the same as the user name.</translation>
    </message>
    <message>
        <source>The first user must be an administrator.</source>
        <translation>The first user must be an administrator.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 is not valid.</translation>
    </message>
    <message>
        <source>The alert is already resolved.</source>
        <translation>The alert is already resolved.</translation>
    </message>
    <message>
        <source>The alert is already acknowledged.</source>
        <translation>The alert is already acknowledged.</translation>
    </message>
    <message>
        <source>The alert is not acknowledged.</source>
        <translation>The alert is not acknowledged.</translation>
    </message>
    <message>
        <source>This has already been escalated.</source>
        <translation>This has already been escalated.</translation>
    </message>
    <message>
        <source>The incident is already closed.</source>
        <translation>The incident is already closed.</translation>
    </message>
    <message>
        <source>Only a resolved or closed incident can be reopened.</source>
        <translation>Only a resolved or closed incident can be reopened.</translation>
    </message>
    <message>
        <source>The incident already has that status.</source>
        <translation>The incident already has that status.</translation>
    </message>
    <message>
        <source>The incident already has that severity.</source>
        <translation>The incident already has that severity.</translation>
    </message>
    <message>
        <source>Use Close to close an incident: it needs a resolution and evidence.</source>
        <translation>Use Close to close an incident: it needs a resolution and evidence.</translation>
    </message>
    <message>
        <source>This action is not possible in the current state.</source>
        <translation>This action is not possible in the current state.</translation>
    </message>
    <message>
        <source>That alert does not exist.</source>
        <translation>That alert does not exist.</translation>
    </message>
    <message>
        <source>That incident does not exist.</source>
        <translation>That incident does not exist.</translation>
    </message>
    <message>
        <source>That user does not exist.</source>
        <translation>That user does not exist.</translation>
    </message>
    <message>
        <source>The file %1 was not found.</source>
        <translation>The file %1 was not found.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>The requested item was not found.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>The database is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>The disk is full; free some space and try again.</translation>
    </message>
    <message>
        <source>The database file is damaged; restore it from a backup.</source>
        <translation>The database file is damaged; restore it from a backup.</translation>
    </message>
    <message>
        <source>The database was written by a newer MedTrack version; please update MedTrack.</source>
        <translation>The database was written by a newer MedTrack version; please update MedTrack.</translation>
    </message>
    <message>
        <source>The database cannot be written yet: the start-up integrity check is still running (or the file is read-only). Nothing was changed; try again in a moment.</source>
        <translation>The database cannot be written yet: the start-up integrity check is still running (or the file is read-only). Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>An unexpected error occurred; see the log for details.</source>
        <translation>An unexpected error occurred; see the log for details.</translation>
    </message>
    <message>
        <source>Closing a Sev-1 or Sev-2 incident needs an L2 operator or above.</source>
        <translation>Closing a Sev-1 or Sev-2 incident needs an L2 operator or above.</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>That user name is already taken.</translation>
    </message>
    <message>
        <source>This conflicts with existing data.</source>
        <translation>This conflicts with existing data.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked until %1.</source>
        <translation>Too many failed logins: the account is locked until %1.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than the attachment size limit.</source>
        <translation>The file &quot;%1&quot; is larger than the attachment size limit.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event #%1: the event log was changed outside MedTrack.</source>
        <translation>The audit trail is broken at event #%1: the event log was changed outside MedTrack.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>A file could not be read or written.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>A file could not be read or written: %1</translation>
    </message>
    <message>
        <source>Title must be 1 to %L1 characters.</source>
        <translation>Title must be 1 to %L1 characters.</translation>
    </message>
    <message>
        <source>Details must be at most %L1 characters.</source>
        <translation>Details must be at most %L1 characters.</translation>
    </message>
    <message>
        <source>The deduplication key must be at most %L1 characters.</source>
        <translation>The deduplication key must be at most %L1 characters.</translation>
    </message>
    <message>
        <source>A note must be 1 to %L1 characters.</source>
        <translation>A note must be 1 to %L1 characters.</translation>
    </message>
    <message>
        <source>The resolution must be at least %L1 characters.</source>
        <translation>The resolution must be at least %L1 characters.</translation>
    </message>
    <message>
        <source>The password must be at least %L1 characters.</source>
        <translation>The password must be at least %L1 characters.</translation>
    </message>
    <message>
        <source>A user name has %L1 to %L2 characters: lower-case letters, digits, dot, dash or underscore.</source>
        <translation>A user name has %L1 to %L2 characters: lower-case letters, digits, dot, dash or underscore.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>Writes the events the other site does not have yet into one signed file, to carry to a site with no network.</source>
        <translation>Writes the events the other site does not have yet into one signed file, to carry to a site with no network.</translation>
    </message>
    <message>
        <source>&amp;For site</source>
        <translation>&amp;For site</translation>
    </message>
    <message>
        <source>&amp;All events (also what that site already confirmed having)</source>
        <translation>&amp;All events (also what that site already confirmed having)</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>F&amp;ile</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>HubConnectionDialog</name>
    <message>
        <source>Hub connection</source>
        <translation>Hub connection</translation>
    </message>
    <message>
        <source>The hub this workstation syncs with. To enrol, enter the one-off enrolment code the hub&apos;s administrator gave you for this site; the device token is kept in the system keychain.</source>
        <translation>The hub this workstation syncs with. To enrol, enter the one-off enrolment code the hub&apos;s administrator gave you for this site; the device token is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Hub &amp;URL</source>
        <translation>Hub &amp;URL</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Enrolment code</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>Adds the events of a signed bundle from another site. Only bundles signed by a trusted site are accepted; importing the same bundle again changes nothing.</source>
        <translation>Adds the events of a signed bundle from another site. Only bundles signed by a trusted site are accepted; importing the same bundle again changes nothing.</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>F&amp;ile</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>MedTrack Command Center — sign in</source>
        <translation>MedTrack Command Center — sign in</translation>
    </message>
    <message>
        <source>MedTrack Command Center</source>
        <translation>MedTrack Command Center</translation>
    </message>
    <message>
        <source>Sign in to start your shift.</source>
        <translation>Sign in to start your shift.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>Open incident</source>
        <translation>Open incident</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Assignee</translation>
    </message>
    <message>
        <source>Linked alerts</source>
        <translation>Linked alerts</translation>
    </message>
    <message>
        <source>Affected modules</source>
        <translation>Affected modules</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>PersonnelText</name>
    <message>
        <source>This list is out of date; search again.</source>
        <translation>This list is out of date; search again.</translation>
    </message>
    <message>
        <source>This person is no longer stored.</source>
        <translation>This person is no longer stored.</translation>
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
        <translation>NIK is not 16 digits</translation>
    </message>
    <message>
        <source>NIK district code is in no Kemendagri decree</source>
        <translation>NIK district code is in no Kemendagri decree</translation>
    </message>
    <message>
        <source>NIK birth date is not a real date</source>
        <translation>NIK birth date is not a real date</translation>
    </message>
    <message>
        <source>NIK serial number is 0000</source>
        <translation>NIK serial number is 0000</translation>
    </message>
    <message>
        <source>Sex does not match the NIK</source>
        <translation>Sex does not match the NIK</translation>
    </message>
    <message>
        <source>Birth date does not match the NIK</source>
        <translation>Birth date does not match the NIK</translation>
    </message>
    <message>
        <source>NIK is not a text value</source>
        <translation>NIK is not a text value</translation>
    </message>
    <message>
        <source>Name is empty</source>
        <translation>Name is empty</translation>
    </message>
    <message>
        <source>Name is too long</source>
        <translation>Name is too long</translation>
    </message>
    <message>
        <source>A field has the wrong type</source>
        <translation>A field has the wrong type</translation>
    </message>
    <message>
        <source>A field is too long</source>
        <translation>A field is too long</translation>
    </message>
    <message>
        <source>STATUS_AKTIF is neither AKTIF nor TIDAK AKTIF</source>
        <translation>STATUS_AKTIF is neither AKTIF nor TIDAK AKTIF</translation>
    </message>
    <message>
        <source>Sex is neither L nor P</source>
        <translation>Sex is neither L nor P</translation>
    </message>
    <message>
        <source>Birth date is not a real YYYY-MM-DD date</source>
        <translation>Birth date is not a real YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>Unknown province code</source>
        <translation>Unknown province code</translation>
    </message>
    <message>
        <source>Unknown regency code</source>
        <translation>Unknown regency code</translation>
    </message>
    <message>
        <source>Region code was retired by a newer decree</source>
        <translation>Region code was retired by a newer decree</translation>
    </message>
    <message>
        <source>Regency is not in the province</source>
        <translation>Regency is not in the province</translation>
    </message>
    <message>
        <source>LAST_UPDATED is not an ISO 8601 time</source>
        <translation>LAST_UPDATED is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>Unknown SDMK category</source>
        <translation>Unknown SDMK category</translation>
    </message>
    <message>
        <source>The same NIK twice in one page</source>
        <translation>The same NIK twice in one page</translation>
    </message>
    <message>
        <source>Invalid UTF-8 text</source>
        <translation>Invalid UTF-8 text</translation>
    </message>
    <message>
        <source>The record is not a JSON object</source>
        <translation>The record is not a JSON object</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
</context>
<context>
    <name>SisdmkScreens</name>
    <message>
        <source>Health workers</source>
        <translation>Health workers</translation>
    </message>
    <message>
        <source>SISDMK integration</source>
        <translation>SISDMK integration</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>For data stewards and administrators only.</source>
        <translation>For data stewards and administrators only.</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>(not applied: a concurrent change came first)</source>
        <translation>(not applied: a concurrent change came first)</translation>
    </message>
    <message>
        <source>%1 raised the alert: %2</source>
        <translation>%1 raised the alert: %2</translation>
    </message>
    <message>
        <source>The alert fired again</source>
        <translation>The alert fired again</translation>
    </message>
    <message>
        <source>%1 acknowledged the alert</source>
        <translation>%1 acknowledged the alert</translation>
    </message>
    <message>
        <source>%1 returned the alert to new: %2</source>
        <translation>%1 returned the alert to new: %2</translation>
    </message>
    <message>
        <source>%1 shelved the alert until %2 %3</source>
        <translation>%1 shelved the alert until %2 %3</translation>
    </message>
    <message>
        <source>%1 unshelved the alert</source>
        <translation>%1 unshelved the alert</translation>
    </message>
    <message>
        <source>Escalated: not acknowledged within %1 minutes</source>
        <translation>Escalated: not acknowledged within %1 minutes</translation>
    </message>
    <message>
        <source>%1 escalated the alert</source>
        <translation>%1 escalated the alert</translation>
    </message>
    <message>
        <source>%1 resolved the alert</source>
        <translation>%1 resolved the alert</translation>
    </message>
    <message>
        <source>%1 linked the alert to an incident</source>
        <translation>%1 linked the alert to an incident</translation>
    </message>
    <message>
        <source>%1 changed the severity to Sev-%2</source>
        <translation>%1 changed the severity to Sev-%2</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 set the status to %2</translation>
    </message>
    <message>
        <source>%1 assigned the incident to %2</source>
        <translation>%1 assigned the incident to %2</translation>
    </message>
    <message>
        <source>Escalated to L2: the SLA threshold was passed</source>
        <translation>Escalated to L2: the SLA threshold was passed</translation>
    </message>
    <message>
        <source>%1 escalated the incident to L2</source>
        <translation>%1 escalated the incident to L2</translation>
    </message>
    <message>
        <source>%1 added a note: %2</source>
        <translation>%1 added a note: %2</translation>
    </message>
    <message>
        <source>%1 ticked &quot;%2&quot;</source>
        <translation>%1 ticked &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 unticked &quot;%2&quot;</source>
        <translation>%1 unticked &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 linked an alert</source>
        <translation>%1 linked an alert</translation>
    </message>
    <message>
        <source>%1 changed the affected modules</source>
        <translation>%1 changed the affected modules</translation>
    </message>
    <message>
        <source>%1 attached evidence: %2</source>
        <translation>%1 attached evidence: %2</translation>
    </message>
    <message>
        <source>%1 closed the incident: %2</source>
        <translation>%1 closed the incident: %2</translation>
    </message>
    <message>
        <source>%1 reopened the incident: %2</source>
        <translation>%1 reopened the incident: %2</translation>
    </message>
    <message>
        <source>%1 created the account %2 (%3)</source>
        <translation>%1 created the account %2 (%3)</translation>
    </message>
    <message>
        <source>%1 changed the role to %2</source>
        <translation>%1 changed the role to %2</translation>
    </message>
    <message>
        <source>%1 disabled the account</source>
        <translation>%1 disabled the account</translation>
    </message>
    <message>
        <source>%1 logged in</source>
        <translation>%1 logged in</translation>
    </message>
    <message>
        <source>Failed login (attempt %1)</source>
        <translation>Failed login (attempt %1)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <source>Check the impact</source>
        <translation>Check the impact</translation>
    </message>
    <message>
        <source>Check the affected modules</source>
        <translation>Check the affected modules</translation>
    </message>
    <message>
        <source>%1 linked the alert to incident %2</source>
        <translation>%1 linked the alert to incident %2</translation>
    </message>
    <message>
        <source>%1 opened incident %2 (Sev-%3): %4</source>
        <translation>%1 opened incident %2 (Sev-%3): %4</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Logistics &amp; Stock</source>
        <translation>Logistics &amp; Stock</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>HR &amp; Personnel</source>
        <translation>HR &amp; Personnel</translation>
    </message>
    <message>
        <source>Medical Services</source>
        <translation>Medical Services</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>L1 operator</source>
        <translation>L1 operator</translation>
    </message>
    <message>
        <source>L2 operator</source>
        <translation>L2 operator</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident commander</translation>
    </message>
    <message>
        <source>Data steward</source>
        <translation>Data steward</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Sev-1 (critical, 4 h)</source>
        <translation>Sev-1 (critical, 4 h)</translation>
    </message>
    <message>
        <source>Sev-2 (high, 8 h)</source>
        <translation>Sev-2 (high, 8 h)</translation>
    </message>
    <message>
        <source>Sev-3 (medium, 24 h)</source>
        <translation>Sev-3 (medium, 24 h)</translation>
    </message>
    <message>
        <source>Sev-4 (low, 3 business days)</source>
        <translation>Sev-4 (low, 3 business days)</translation>
    </message>
    <message>
        <source>Sev-%1</source>
        <translation>Sev-%1</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
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
        <translation>Check the data</translation>
    </message>
    <message>
        <source>Check the impact</source>
        <translation>Check the impact</translation>
    </message>
    <message>
        <source>Check the affected modules</source>
        <translation>Check the affected modules</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>medtrackctl</name>
    <message>
        <source>--name is required.</source>
        <translation>--name is required.</translation>
    </message>
    <message>
        <source>--role must be l1, l2, ic, steward or admin.</source>
        <translation>--role must be l1, l2, ic, steward or admin.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>User %1 added with role %2.</source>
        <translation>User %1 added with role %2.</translation>
    </message>
    <message>
        <source>Unknown audit command &quot;%1&quot;: use verify.</source>
        <translation>Unknown audit command &quot;%1&quot;: use verify.</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 events checked.</source>
        <translation>Audit trail intact: %1 events checked.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;: use add or list.</source>
        <translation>Unknown user command &quot;%1&quot;: use add or list.</translation>
    </message>
    <message>
        <source>Unknown db command &quot;%1&quot;: use check.</source>
        <translation>Unknown db command &quot;%1&quot;: use check.</translation>
    </message>
    <message>
        <source>Database OK (schema version %1).</source>
        <translation>Database OK (schema version %1).</translation>
    </message>
    <message>
        <source>backup needs a target file.</source>
        <translation>backup needs a target file.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>restore needs a backup file.</source>
        <translation>restore needs a backup file.</translation>
    </message>
    <message>
        <source>Database restored from %1.</source>
        <translation>Database restored from %1.</translation>
    </message>
    <message>
        <source>Unknown demo command &quot;%1&quot;: use seed.</source>
        <translation>Unknown demo command &quot;%1&quot;: use seed.</translation>
    </message>
    <message>
        <source>Demo data ready in %1.</source>
        <translation>Demo data ready in %1.</translation>
    </message>
    <message>
        <source>--severity must be info, warning or critical.</source>
        <translation>--severity must be info, warning or critical.</translation>
    </message>
    <message>
        <source>--module must be one of: %1.</source>
        <translation>--module must be one of: %1.</translation>
    </message>
    <message>
        <source>--title is required.</source>
        <translation>--title is required.</translation>
    </message>
    <message>
        <source>Alert %1 repeated (deduplicated).</source>
        <translation>Alert %1 repeated (deduplicated).</translation>
    </message>
    <message>
        <source>Alert %1 raised.</source>
        <translation>Alert %1 raised.</translation>
    </message>
    <message>
        <source>--state must be open, new, acked, resolved or all.</source>
        <translation>--state must be open, new, acked, resolved or all.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 10000.</source>
        <translation>--limit must be a number from 1 to 10000.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <source>alert ack needs an alert id.</source>
        <translation>alert ack needs an alert id.</translation>
    </message>
    <message>
        <source>--as USER is required.</source>
        <translation>--as USER is required.</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation>Alert %1 acknowledged.</translation>
    </message>
    <message>
        <source>Unknown alert command &quot;%1&quot;: use raise, list or ack.</source>
        <translation>Unknown alert command &quot;%1&quot;: use raise, list or ack.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown bundle key command &quot;%1&quot;: use show.</source>
        <translation>Unknown bundle key command &quot;%1&quot;: use show.</translation>
    </message>
    <message>
        <source>Site %1
Public key: %2
Key id: %3
On the other site run: medtrackctl bundle trust --site %1 --public-key %2</source>
        <translation>Site %1
Public key: %2
Key id: %3
On the other site run: medtrackctl bundle trust --site %1 --public-key %2</translation>
    </message>
    <message>
        <source>bundle trust needs --site S and --public-key KEY.</source>
        <translation>bundle trust needs --site S and --public-key KEY.</translation>
    </message>
    <message>
        <source>Bundles signed by site %1 (key %2) are now accepted.</source>
        <translation>Bundles signed by site %1 (key %2) are now accepted.</translation>
    </message>
    <message>
        <source>bundle export needs a target file.</source>
        <translation>bundle export needs a target file.</translation>
    </message>
    <message>
        <source>bundle import needs a bundle file.</source>
        <translation>bundle import needs a bundle file.</translation>
    </message>
    <message>
        <source>Bundle from site %1 imported: %2 new, %3 already here.</source>
        <translation>Bundle from site %1 imported: %2 new, %3 already here.</translation>
    </message>
    <message>
        <source>Unknown bundle command &quot;%1&quot;: use export, import, key show, trust or peers.</source>
        <translation>Unknown bundle command &quot;%1&quot;: use export, import, key show, trust or peers.</translation>
    </message>
    <message>
        <source>(see medtrackctl --help)</source>
        <translation>(see medtrackctl --help)</translation>
    </message>
    <message>
        <source>Unknown option --%1 for this command.</source>
        <translation>Unknown option --%1 for this command.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--severity must be 1, 2, 3 or 4.</source>
        <translation>--severity must be 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <source>Incident %1 opened.</source>
        <translation>Incident %1 opened.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit must be a positive number.</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>No incidents.</translation>
    </message>
    <message>
        <source>incident close needs an incident id.</source>
        <translation>incident close needs an incident id.</translation>
    </message>
    <message>
        <source>Give either --kb or --no-kb-reason, not both.</source>
        <translation>Give either --kb or --no-kb-reason, not both.</translation>
    </message>
    <message>
        <source>Incident %1 closed.</source>
        <translation>Incident %1 closed.</translation>
    </message>
    <message>
        <source>incident show needs an incident id.</source>
        <translation>incident show needs an incident id.</translation>
    </message>
    <message>
        <source>Unknown incident command &quot;%1&quot;: use open, list, close or show.</source>
        <translation>Unknown incident command &quot;%1&quot;: use open, list, close or show.</translation>
    </message>
    <message>
        <source>SISDMK password for %1: </source>
        <translation>SISDMK password for %1: </translation>
    </message>
    <message>
        <source>%1: page %2/%3, %4/%5 rows</source>
        <translation>%1: page %2/%3, %4/%5 rows</translation>
    </message>
    <message>
        <source>%1 %2: %3 received, %4 inserted, %5 updated, %6 unchanged, %7 rejected%8</source>
        <translation>%1 %2: %3 received, %4 inserted, %5 updated, %6 unchanged, %7 rejected%8</translation>
    </message>
    <message>
        <source>SISDMK sync failed: %1</source>
        <translation>SISDMK sync failed: %1</translation>
    </message>
    <message>
        <source>--base-url URL is required (or sisdmk/base_url in medtrack.ini).</source>
        <translation>--base-url URL is required (or sisdmk/base_url in medtrack.ini).</translation>
    </message>
    <message>
        <source>--region CODE is required (or sisdmk/regions in medtrack.ini).</source>
        <translation>--region CODE is required (or sisdmk/regions in medtrack.ini).</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 time, e.g. 2026-11-20T00:00:00Z.</source>
        <translation>--since must be an ISO 8601 time, e.g. 2026-11-20T00:00:00Z.</translation>
    </message>
    <message>
        <source>No SISDMK credentials stored for %1: run &quot;sisdmk credentials set&quot; or pass --username.</source>
        <translation>No SISDMK credentials stored for %1: run &quot;sisdmk credentials set&quot; or pass --username.</translation>
    </message>
    <message>
        <source>Use: sisdmk credentials set --base-url URL --username U</source>
        <translation>Use: sisdmk credentials set --base-url URL --username U</translation>
    </message>
    <message>
        <source>--base-url URL and --username U are required.</source>
        <translation>--base-url URL and --username U are required.</translation>
    </message>
    <message>
        <source>The password (first line of standard input) is empty.</source>
        <translation>The password (first line of standard input) is empty.</translation>
    </message>
    <message>
        <source>SISDMK credentials for %1 stored in the keychain.</source>
        <translation>SISDMK credentials for %1 stored in the keychain.</translation>
    </message>
    <message>
        <source>Use: sisdmk sync|credentials set|runs</source>
        <translation>Use: sisdmk sync|credentials set|runs</translation>
    </message>
    <message>
        <source>Use: personnel list [--region CODE] [--search T] [--limit N]</source>
        <translation>Use: personnel list [--region CODE] [--search T] [--limit N]</translation>
    </message>
    <message>
        <source>--data-dir DIR is required.</source>
        <translation>--data-dir DIR is required.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--lang must be id or en.</source>
        <translation>--lang must be id or en.</translation>
    </message>
    <message>
        <source>--enrol-site %1 is not this data directory&apos;s site (%2).</source>
        <translation>--enrol-site %1 is not this data directory&apos;s site (%2).</translation>
    </message>
    <message>
        <source>sync needs --hub URL.</source>
        <translation>sync needs --hub URL.</translation>
    </message>
    <message>
        <source>--enrol-site and --enrol-code go together.</source>
        <translation>--enrol-site and --enrol-code go together.</translation>
    </message>
    <message>
        <source>Not enrolled with hub %1; run sync once with --enrol-site and --enrol-code.</source>
        <translation>Not enrolled with hub %1; run sync once with --enrol-site and --enrol-code.</translation>
    </message>
    <message>
        <source>Hub %1 refused the device token (expired or revoked); enrol again with --enrol-site and --enrol-code.</source>
        <translation>Hub %1 refused the device token (expired or revoked); enrol again with --enrol-site and --enrol-code.</translation>
    </message>
    <message>
        <source>Synced with %1: pushed %2, duplicates %3, rejected %4, pulled %5, new %6, retries %7.</source>
        <translation>Synced with %1: pushed %2, duplicates %3, rejected %4, pulled %5, new %6, retries %7.</translation>
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
        <translation>Usage: medtrackctl --data-dir DIR [--json] [--lang id|en] COMMAND

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
Exit codes: 0 success, 1 failure, 2 usage error.</translation>
    </message>
    <message>
        <source>Bundle written to %1: %2 events.</source>
        <translation>Bundle written to %1: %2 events.</translation>
    </message>
</context>
<context>
    <name>mt::AlertConsole</name>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>All modules</translation>
    </message>
    <message>
        <source>Open (new + acknowledged)</source>
        <translation>Open (new + acknowledged)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Search title, details, resource…</source>
        <translation>Search title, details, resource…</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Unacknowledge…</source>
        <translation>Unacknowledge…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>Shelve</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 hours</translation>
    </message>
    <message>
        <source>8 hours (one shift)</source>
        <translation>8 hours (one shift)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Open incident…</source>
        <translation>Open incident…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Unacknowledge alert</source>
        <translation>Unacknowledge alert</translation>
    </message>
    <message>
        <source>Why is this alert going back to new? The reason is kept in the timeline.</source>
        <translation>Why is this alert going back to new? The reason is kept in the timeline.</translation>
    </message>
    <message>
        <source>%1 of more than %2 shown</source>
        <translation>%1 of more than %2 shown</translation>
    </message>
    <message numerus="yes">
        <source>%n new – show</source>
        <comment>alerts held back while one is selected</comment>
        <translation>
            <numerusform>%n new – show</numerusform>
            <numerusform>%n new – show</numerusform>
        </translation>
    </message>
    <message>
        <source>New alerts arrived while you were working on the list. They are held back so that no row moves under the pointer; click to put them in place.</source>
        <translation>New alerts arrived while you were working on the list. They are held back so that no row moves under the pointer; click to put them in place.</translation>
    </message>
    <message>
        <source>• [%1] %2 — %3, raised %4</source>
        <translation>• [%1] %2 — %3, raised %4</translation>
    </message>
</context>
<context>
    <name>mt::AlertDetailsPane</name>
    <message>
        <source>Alert details</source>
        <translation>Alert details</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Select an alert to see its details.</translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation>The alert no longer exists.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Shelved until</source>
        <translation>Shelved until</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>mt::AlertTableModel</name>
    <message>
        <source>%1 · escalated</source>
        <translation>%1 · escalated</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Raised (%1)</source>
        <translation>Raised (%1)</translation>
    </message>
    <message>
        <source>Last seen (%1)</source>
        <translation>Last seen (%1)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>short column header</comment>
        <translation>Severity</translation>
    </message>
</context>
<context>
    <name>mt::AppController</name>
    <message>
        <source>Demo mode — accounts (user / password):</source>
        <translation>Demo mode — accounts (user / password):</translation>
    </message>
    <message>
        <source>This database was written by a newer version of MedTrack. Install the newer version to open it; nothing was changed.</source>
        <translation>This database was written by a newer version of MedTrack. Install the newer version to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <source>The database is damaged and there is no backup to restore. The damaged file was not changed; contact the L2 team.</source>
        <translation>The database is damaged and there is no backup to restore. The damaged file was not changed; contact the L2 team.</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>The database is damaged. The damaged file will not be written to.

Restore the newest backup?
%1</source>
        <translation>The database is damaged. The damaged file will not be written to.

Restore the newest backup?
%1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>The backup could not be restored: %1</translation>
    </message>
    <message>
        <source>MedTrack cannot start</source>
        <translation>MedTrack cannot start</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>The demo data could not be created: %1</translation>
    </message>
</context>
<context>
    <name>mt::BundleActions</name>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>Bundle &amp;keys and trusted sites…</source>
        <translation>Bundle &amp;keys and trusted sites…</translation>
    </message>
    <message>
        <source>Write the events another site lacks into a signed file.</source>
        <translation>Write the events another site lacks into a signed file.</translation>
    </message>
    <message>
        <source>Add the events of a signed bundle from a trusted site.</source>
        <translation>Add the events of a signed bundle from a trusted site.</translation>
    </message>
    <message>
        <source>Show this site&apos;s public key; trust other sites&apos; keys (administrators).</source>
        <translation>Show this site&apos;s public key; trust other sites&apos; keys (administrators).</translation>
    </message>
</context>
<context>
    <name>mt::BundleTrustDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>Received up to</translation>
    </message>
    <message>
        <source>Confirmed up to</source>
        <translation>Confirmed up to</translation>
    </message>
    <message>
        <source>base64 text shown in this dialog at the other site</source>
        <translation>base64 text shown in this dialog at the other site</translation>
    </message>
    <message>
        <source>Reading from the system keychain…</source>
        <translation>Reading from the system keychain…</translation>
    </message>
    <message>
        <source>The public key must be the base64 text shown under &quot;This site&apos;s public key&quot; at the other site (or by &quot;medtrackctl bundle key show&quot;).</source>
        <translation>The public key must be the base64 text shown under &quot;This site&apos;s public key&quot; at the other site (or by &quot;medtrackctl bundle key show&quot;).</translation>
    </message>
    <message>
        <source>Bundles signed by site %1 (key %2) are now accepted.</source>
        <translation>Bundles signed by site %1 (key %2) are now accepted.</translation>
    </message>
</context>
<context>
    <name>mt::CloseIncidentDialog</name>
    <message>
        <source>Close incident</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Evidence already recorded: %n item(s).</source>
        <translation>
            <numerusform>Evidence already recorded: %n item(s).</numerusform>
            <numerusform>Evidence already recorded: %n item(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2.</source>
        <translation>%1 is larger than the limit of %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Describe the resolution.</source>
        <translation>Describe the resolution.</translation>
    </message>
    <message>
        <source>Add evidence: a note, a file, or both.</source>
        <translation>Add evidence: a note, a file, or both.</translation>
    </message>
    <message>
        <source>Enter the knowledge base reference, or choose &quot;No KB entry&quot; and say why.</source>
        <translation>Enter the knowledge base reference, or choose &quot;No KB entry&quot; and say why.</translation>
    </message>
    <message>
        <source>Say why there is no knowledge base entry.</source>
        <translation>Say why there is no knowledge base entry.</translation>
    </message>
    <message>
        <source>Close incident %1: %2</source>
        <translation>Close incident %1: %2</translation>
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
        <translation>Critical alert escalated</translation>
    </message>
    <message>
        <source>Incident %1 escalated to L2</source>
        <translation>Incident %1 escalated to L2</translation>
    </message>
    <message>
        <source>Sign in to see it.</source>
        <translation>Sign in to see it.</translation>
    </message>
</context>
<context>
    <name>mt::EtlWorker</name>
    <message>
        <source>Region %1, run %2 (trace %3): %4</source>
        <translation>Region %1, run %2 (trace %3): %4</translation>
    </message>
    <message>
        <source>SISDMK unreachable after retries</source>
        <translation>SISDMK unreachable after retries</translation>
    </message>
    <message>
        <source>SISDMK authentication failed: sync stopped</source>
        <translation>SISDMK authentication failed: sync stopped</translation>
    </message>
    <message>
        <source>SISDMK data format changed: raw answer kept, sync stopped</source>
        <translation>SISDMK data format changed: raw answer kept, sync stopped</translation>
    </message>
    <message>
        <source>SISDMK sync could not write to the database</source>
        <translation>SISDMK sync could not write to the database</translation>
    </message>
    <message>
        <source>SISDMK sync took %1 s (limit %2 s)</source>
        <translation>SISDMK sync took %1 s (limit %2 s)</translation>
    </message>
    <message>
        <source>SISDMK sync failed %1 times in a row</source>
        <translation>SISDMK sync failed %1 times in a row</translation>
    </message>
</context>
<context>
    <name>mt::ExportBundleDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Any site (everything, a full bundle)</source>
        <translation>Any site (everything, a full bundle)</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (key %2)</translation>
    </message>
    <message>
        <source>Save bundle as</source>
        <translation>Save bundle as</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>Choose a file in an existing folder.</translation>
    </message>
    <message>
        <source>Reading this site&apos;s signing key from the system keychain…</source>
        <translation>Reading this site&apos;s signing key from the system keychain…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Another bundle is being exported or imported; try again when it has finished.</source>
        <translation>Another bundle is being exported or imported; try again when it has finished.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n event(s).</source>
        <translation>
            <numerusform>Bundle written: %n event(s).</numerusform>
            <numerusform>Bundle written: %n event(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>For: any site (full bundle).</source>
        <translation>For: any site (full bundle).</translation>
    </message>
    <message>
        <source>For: site %1.</source>
        <translation>For: site %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
</context>
<context>
    <name>mt::FirstRunWizard</name>
    <message>
        <source>MedTrack first start</source>
        <translation>MedTrack first start</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>This workstation&apos;s site</source>
        <translation>This workstation&apos;s site</translation>
    </message>
    <message>
        <source>The database is empty. Name the site and its time zone; times are shown in this zone.</source>
        <translation>The database is empty. Name the site and its time zone; times are shown in this zone.</translation>
    </message>
    <message>
        <source>e.g. Puskesau Jakarta</source>
        <translation>e.g. Puskesau Jakarta</translation>
    </message>
    <message>
        <source>%1 (UTC+%2)</source>
        <translation>%1 (UTC+%2)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>This account manages users and settings. Use a password of at least %1 characters.</source>
        <translation>This account manages users and settings. Use a password of at least %1 characters.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>mt::HubConnectionDialog</name>
    <message>
        <source>Save and enrol</source>
        <translation>Save and enrol</translation>
    </message>
    <message>
        <source>Enrolled. The first sync has started.</source>
        <translation>Enrolled. The first sync has started.</translation>
    </message>
    <message>
        <source>Enrolment failed: %1</source>
        <translation>Enrolment failed: %1</translation>
    </message>
    <message>
        <source>The hub URL must look like https://host:port.</source>
        <translation>The hub URL must look like https://host:port.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>The setting could not be saved: %1</translation>
    </message>
    <message>
        <source>Hub sync is off.</source>
        <translation>Hub sync is off.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Enrolling with %1…</source>
        <translation>Enrolling with %1…</translation>
    </message>
</context>
<context>
    <name>mt::HubSync</name>
    <message>
        <source>Enrolment with hub %1 failed: %2</source>
        <translation>Enrolment with hub %1 failed: %2</translation>
    </message>
    <message>
        <source>Hub %1 unreachable: %2</source>
        <translation>Hub %1 unreachable: %2</translation>
    </message>
    <message>
        <source>Hub %1 refused the device token (expired or revoked); enrol again.</source>
        <translation>Hub %1 refused the device token (expired or revoked); enrol again.</translation>
    </message>
    <message>
        <source>Not enrolled with hub %1; enrol with the code from the hub&apos;s administrator.</source>
        <translation>Not enrolled with hub %1; enrol with the code from the hub&apos;s administrator.</translation>
    </message>
    <message>
        <source>No usable OS keychain for the hub token (%1); hub sync needs a secret service.</source>
        <translation>No usable OS keychain for the hub token (%1); hub sync needs a secret service.</translation>
    </message>
    <message>
        <source>Hub %1 refused the request: %2</source>
        <translation>Hub %1 refused the request: %2</translation>
    </message>
    <message>
        <source>The sync could not use the database: %1</source>
        <translation>The sync could not use the database: %1</translation>
    </message>
    <message>
        <source>Hub %1 sent data this version cannot use: %2</source>
        <translation>Hub %1 sent data this version cannot use: %2</translation>
    </message>
    <message>
        <source>Workstation clock ahead of the hub: events held</source>
        <translation>Workstation clock ahead of the hub: events held</translation>
    </message>
    <message numerus="yes">
        <source>This workstation&apos;s clock is %n minute(s) ahead of the hub: %1 event(s) are kept here and sent once the clock is set right.</source>
        <translation>
            <numerusform>This workstation&apos;s clock is %n minute ahead of the hub: %1 event(s) are kept here and sent once the clock is set right.</numerusform>
            <numerusform>This workstation&apos;s clock is %n minutes ahead of the hub: %1 event(s) are kept here and sent once the clock is set right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This workstation&apos;s clock is %n minute(s) ahead of the hub; the hub refuses events stamped more than a few minutes ahead. Set the clock right.</source>
        <translation>
            <numerusform>This workstation&apos;s clock is %n minute ahead of the hub; the hub refuses events stamped more than a few minutes ahead. Set the clock right.</numerusform>
            <numerusform>This workstation&apos;s clock is %n minutes ahead of the hub; the hub refuses events stamped more than a few minutes ahead. Set the clock right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mt::HubSyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Push this site&apos;s changes to the hub and fetch the others&apos; now</source>
        <translation>Push this site&apos;s changes to the hub and fetch the others&apos; now</translation>
    </message>
    <message>
        <source>Hub: online</source>
        <translation>Hub: online</translation>
    </message>
    <message>
        <source>Hub: offline</source>
        <translation>Hub: offline</translation>
    </message>
    <message>
        <source>Hub: syncing…</source>
        <translation>Hub: syncing…</translation>
    </message>
    <message>
        <source>Hub: not configured</source>
        <translation>Hub: not configured</translation>
    </message>
    <message>
        <source>Hub: not enrolled</source>
        <translation>Hub: not enrolled</translation>
    </message>
    <message>
        <source>retry %1/%2 in %3 s</source>
        <translation>retry %1/%2 in %3 s</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Pending: %1</translation>
    </message>
    <message>
        <source>Refused by hub: %1</source>
        <translation>Refused by hub: %1</translation>
    </message>
    <message>
        <source>Events the hub refused; they are kept here and not sent again (see the sync log).</source>
        <translation>Events the hub refused; they are kept here and not sent again (see the sync log).</translation>
    </message>
    <message numerus="yes">
        <source>Clock %n min ahead: %1 held</source>
        <translation>
            <numerusform>Clock %n min ahead: %1 held</numerusform>
            <numerusform>Clock %n min ahead: %1 held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock %n min ahead</source>
        <translation>
            <numerusform>Clock %n min ahead</numerusform>
            <numerusform>Clock %n min ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mt::ImportBundleDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <source>Choose an existing bundle file.</source>
        <translation>Choose an existing bundle file.</translation>
    </message>
    <message>
        <source>Another bundle is being exported or imported; try again when it has finished.</source>
        <translation>Another bundle is being exported or imported; try again when it has finished.</translation>
    </message>
    <message>
        <source>Bundle from site %1 imported.</source>
        <translation>Bundle from site %1 imported.</translation>
    </message>
    <message>
        <source>New events: %1</source>
        <translation>New events: %1</translation>
    </message>
    <message>
        <source>Already here: %1</source>
        <translation>Already here: %1</translation>
    </message>
    <message>
        <source>Nothing changed: everything in this bundle was already here.</source>
        <translation>Nothing changed: everything in this bundle was already here.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Checking the signature and importing…</translation>
    </message>
</context>
<context>
    <name>mt::IncidentDetail</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Change severity</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Escalate to L2…</source>
        <translation>Escalate to L2…</translation>
    </message>
    <message>
        <source>Triage checklist (SOP step 3)</source>
        <translation>Triage checklist (SOP step 3)</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notes and evidence</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Select an incident in the list.</source>
        <translation>Select an incident in the list.</translation>
    </message>
    <message>
        <source> · escalated to L2</source>
        <translation> · escalated to L2</translation>
    </message>
    <message>
        <source>Opened %1 by %2. SLA due %3.</source>
        <translation>Opened %1 by %2. SLA due %3.</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>Modules: %1</translation>
    </message>
    <message>
        <source>Linked alerts: %1 · notes: %2 · evidence: %3</source>
        <translation>Linked alerts: %1 · notes: %2 · evidence: %3</translation>
    </message>
    <message>
        <source>Resolution: %1 · KB: %2</source>
        <translation>Resolution: %1 · KB: %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>%1 remaining</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>Escalate to L2</source>
        <translation>Escalate to L2</translation>
    </message>
    <message>
        <source>Why does this incident need the L2 team?</source>
        <translation>Why does this incident need the L2 team?</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Reopen incident</translation>
    </message>
    <message>
        <source>Why is this incident being reopened?</source>
        <translation>Why is this incident being reopened?</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Cannot attach %1: unreadable or larger than %2.</source>
        <translation>Cannot attach %1: unreadable or larger than %2.</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2)</source>
        <translation>Evidence: %1 (%2)</translation>
    </message>
    <message>
        <source>No notes or evidence yet.</source>
        <translation>No notes or evidence yet.</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (user %2)</translation>
    </message>
</context>
<context>
    <name>mt::IncidentList</name>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Search incidents…</source>
        <translation>Search incidents…</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>New incident…</translation>
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
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened (%1)</source>
        <translation>Opened (%1)</translation>
    </message>
    <message>
        <source>SLA remaining</source>
        <translation>SLA remaining</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>short column header</comment>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Assignee</source>
        <comment>short column header</comment>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>incident number column header</comment>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>mt::IntegrationScreen</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Source: %1 — regions: %2 — every %3 h — a run longer than %4 min raises a warning</source>
        <translation>Source: %1 — regions: %2 — every %3 h — a run longer than %4 min raises a warning</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Last runs (integration audit log)</source>
        <translation>Last runs (integration audit log)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SISDMK integration&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SISDMK integration&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Signing in to SISDMK…</source>
        <translation>Signing in to SISDMK…</translation>
    </message>
    <message>
        <source>Last sync finished: %1 records received.</source>
        <translation>Last sync finished: %1 records received.</translation>
    </message>
    <message>
        <source>The sync was cancelled; the pages stored stay and the next run resumes there.</source>
        <translation>The sync was cancelled; the pages stored stay and the next run resumes there.</translation>
    </message>
    <message>
        <source>Last sync did not finish: see the runs and errors below.</source>
        <translation>Last sync did not finish: see the runs and errors below.</translation>
    </message>
    <message>
        <source>The sync could not start.</source>
        <translation>The sync could not start.</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>The run history could not be read: %1</translation>
    </message>
    <message>
        <source>Next scheduled run: after the one in progress</source>
        <translation>Next scheduled run: after the one in progress</translation>
    </message>
    <message>
        <source>Next scheduled run: %1</source>
        <translation>Next scheduled run: %1</translation>
    </message>
    <message>
        <source>Next scheduled run: none (SISDMK is not configured)</source>
        <translation>Next scheduled run: none (SISDMK is not configured)</translation>
    </message>
    <message>
        <source>Only data stewards and administrators can start or cancel a sync.</source>
        <translation>Only data stewards and administrators can start or cancel a sync.</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Could not start: %1</translation>
    </message>
    <message>
        <source>%1, region %2: %3</source>
        <translation>%1, region %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with a changed format kept for the administrator (sisdmk_raw_bodies).</source>
        <translation>
            <numerusform>%n answer(s) with a changed format kept for the administrator (sisdmk_raw_bodies).</numerusform>
            <numerusform>%n answer(s) with a changed format kept for the administrator (sisdmk_raw_bodies).</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <source>Region %1: page %2 of %3, %4 of %5 records</source>
        <translation>Region %1: page %2 of %3, %4 of %5 records</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation>Reading the credentials from the keychain…</translation>
    </message>
    <message>
        <source>Cancelling… the pages already stored stay; the next run resumes here.</source>
        <translation>Cancelling… the pages already stored stay; the next run resumes here.</translation>
    </message>
</context>
<context>
    <name>mt::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Site: %1. Sign in to start your shift.</source>
        <translation>Site: %1. Sign in to start your shift.</translation>
    </message>
    <message>
        <source>The session was locked after inactivity. Sign in again to continue.</source>
        <translation>The session was locked after inactivity. Sign in again to continue.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Try again after %1.</source>
        <translation>This account is locked after too many failed attempts. Try again after %1.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>The session was locked by the user. Sign in again to continue.</source>
        <translation>The session was locked by the user. Sign in again to continue.</translation>
    </message>
    <message>
        <source>While nobody is signed in, this workstation keeps syncing with the hub, pulling SISDMK on schedule and escalating overdue alerts.</source>
        <translation>While nobody is signed in, this workstation keeps syncing with the hub, pulling SISDMK on schedule and escalating overdue alerts.</translation>
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
        <translation>Start of shift</translation>
    </message>
    <message>
        <source>Alert console</source>
        <translation>Alert console</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Database: OK</source>
        <translation>Database: OK</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Offline — local only</source>
        <translation>Offline — local only</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Database: checking…</source>
        <translation>Database: checking…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Sync with the hub &amp;now</source>
        <translation>Sync with the hub &amp;now</translation>
    </message>
    <message>
        <source>&amp;Hub connection…</source>
        <translation>&amp;Hub connection…</translation>
    </message>
    <message>
        <source>Session locked by the user.</source>
        <translation>Session locked by the user.</translation>
    </message>
    <message>
        <source>Session locked after inactivity.</source>
        <translation>Session locked after inactivity.</translation>
    </message>
</context>
<context>
    <name>mt::OpenIncidentDialog</name>
    <message>
        <source>Open incident</source>
        <translation>Open incident</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation>Give the incident a title.</translation>
    </message>
    <message>
        <source>Tick at least one affected module.</source>
        <translation>Tick at least one affected module.</translation>
    </message>
    <message>
        <source>• [%1] %2 — %3, %4, raised %5</source>
        <translation>• [%1] %2 — %3, %4, raised %5</translation>
    </message>
    <message>
        <source>Open incident from alert “%1”</source>
        <translation>Open incident from alert “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Open incident from %n alerts</source>
        <translation>
            <numerusform>Open incident from %n alerts</numerusform>
            <numerusform>Open incident from %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mt::PersonJobsModel</name>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Facility code</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>STR (registration)</source>
        <translation>STR (registration)</translation>
    </message>
    <message>
        <source>STR valid until</source>
        <translation>STR valid until</translation>
    </message>
    <message>
        <source>SIP (practice licence)</source>
        <translation>SIP (practice licence)</translation>
    </message>
    <message>
        <source>At facility</source>
        <translation>At facility</translation>
    </message>
</context>
<context>
    <name>mt::PersonnelScreen</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Health workers (SISDMK)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Health workers (SISDMK)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Name or NIK (start of the number)</source>
        <translation>Name or NIK (start of the number)</translation>
    </message>
    <message>
        <source>Name or full 16-digit NIK</source>
        <translation>Name or full 16-digit NIK</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>All professions</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Facility code</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Select a health worker to see the details.</source>
        <translation>Select a health worker to see the details.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated in SISDMK</source>
        <translation>Updated in SISDMK</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Registrations (STR) and practice licences (SIP)</source>
        <translation>Registrations (STR) and practice licences (SIP)</translation>
    </message>
    <message>
        <source>(choose a province)</source>
        <translation>(choose a province)</translation>
    </message>
    <message>
        <source>All regencies / cities</source>
        <translation>All regencies / cities</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Enter all 16 digits to search by NIK: only data stewards may search by part of a NIK.</source>
        <translation>Enter all 16 digits to search by NIK: only data stewards may search by part of a NIK.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>No health worker matches. Data arrives with the SISDMK sync (Integration screen).</source>
        <translation>No health worker matches. Data arrives with the SISDMK sync (Integration screen).</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>0 of %1</source>
        <translation>0 of %1</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — loading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — loading…</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (masked)</translation>
    </message>
</context>
<context>
    <name>mt::PersonnelTableModel</name>
    <message>
        <source>NIK masked: only data stewards see the full number.</source>
        <translation>NIK masked: only data stewards see the full number.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated in SISDMK</source>
        <translation>Updated in SISDMK</translation>
    </message>
</context>
<context>
    <name>mt::QuarantineScreen</name>
    <message>
        <source>Not yet reviewed only</source>
        <translation>Not yet reviewed only</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Quarantine: rejected SISDMK records&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Quarantine: rejected SISDMK records&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Select a record.</source>
        <translation>Select a record.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Why it was rejected</translation>
    </message>
    <message>
        <source>Record as received from SISDMK</source>
        <translation>Record as received from SISDMK</translation>
    </message>
    <message>
        <source>Quarantine review is for data stewards. Rejected SISDMK records contain personal data as received; ask a data steward or an administrator.</source>
        <translation>Quarantine review is for data stewards. Rejected SISDMK records contain personal data as received; ask a data steward or an administrator.</translation>
    </message>
    <message>
        <source>The quarantine could not be read: %1</source>
        <translation>The quarantine could not be read: %1</translation>
    </message>
    <message>
        <source>0 of %1</source>
        <translation>0 of %1</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 of %3</translation>
    </message>
    <message>
        <source>Already reviewed by %1.</source>
        <translation>Already reviewed by %1.</translation>
    </message>
    <message>
        <source>Not marked: %1</source>
        <translation>Not marked: %1</translation>
    </message>
    <message>
        <source>Marked reviewed by %1.</source>
        <translation>Marked reviewed by %1.</translation>
    </message>
</context>
<context>
    <name>mt::QuarantineTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>NIK as sent</source>
        <translation>NIK as sent</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please give a reason; it is kept in the record.</source>
        <translation>Please give a reason; it is kept in the record.</translation>
    </message>
</context>
<context>
    <name>mt::SisdmkScheduler</name>
    <message>
        <source>SISDMK sync is not configured (base URL and regions in the settings).</source>
        <translation>SISDMK sync is not configured (base URL and regions in the settings).</translation>
    </message>
    <message>
        <source>No SISDMK credentials are stored in the keychain.</source>
        <translation>No SISDMK credentials are stored in the keychain.</translation>
    </message>
    <message>
        <source>SISDMK sync cannot start</source>
        <translation>SISDMK sync cannot start</translation>
    </message>
</context>
<context>
    <name>mt::SisdmkService</name>
    <message>
        <source>SISDMK is not configured: set base_url and regions in the [sisdmk] section of medtrack.ini.</source>
        <translation>SISDMK is not configured: set base_url and regions in the [sisdmk] section of medtrack.ini.</translation>
    </message>
    <message>
        <source>Checking the SISDMK credentials in the keychain…</source>
        <translation>Checking the SISDMK credentials in the keychain…</translation>
    </message>
    <message>
        <source>No SISDMK credentials are stored in the keychain for %1. Store them with &quot;medtrackctl sisdmk credentials set&quot;.</source>
        <translation>No SISDMK credentials are stored in the keychain for %1. Store them with &quot;medtrackctl sisdmk credentials set&quot;.</translation>
    </message>
    <message>
        <source>The keychain cannot be read, so SISDMK cannot be reached: %1</source>
        <translation>The keychain cannot be read, so SISDMK cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>mt::StartOfShiftPanel</name>
    <message>
        <source>Start of shift</source>
        <translation>Start of shift</translation>
    </message>
    <message>
        <source>SOP operator step 1: check the status before taking over the shift. Then work the alerts by severity (step 2), triage (step 3), acknowledge and assign (step 4), escalate past the threshold (step 5), and close with evidence and a knowledge base entry (step 6).</source>
        <translation>SOP operator step 1: check the status before taking over the shift. Then work the alerts by severity (step 2), triage (step 3), acknowledge and assign (step 4), escalate past the threshold (step 5), and close with evidence and a knowledge base entry (step 6).</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Open critical alerts</source>
        <translation>Open critical alerts</translation>
    </message>
    <message>
        <source>Open incidents with SLA at risk</source>
        <translation>Open incidents with SLA at risk</translation>
    </message>
    <message>
        <source>Check database again</source>
        <translation>Check database again</translation>
    </message>
    <message>
        <source>Go to the alert console</source>
        <translation>Go to the alert console</translation>
    </message>
    <message>
        <source>Go to incidents</source>
        <translation>Go to incidents</translation>
    </message>
    <message>
        <source>✔ Healthy (integrity check passed)</source>
        <translation>✔ Healthy (integrity check passed)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Offline — local only</source>
        <translation>Offline — local only</translation>
    </message>
    <message numerus="yes">
        <source>%n open critical alert(s)</source>
        <translation>
            <numerusform>%n open critical alert(s)</numerusform>
            <numerusform>%n open critical alert(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at risk · %2 breached</source>
        <translation>%1 at risk · %2 breached</translation>
    </message>
    <message>
        <source>… Integrity check running</source>
        <translation>… Integrity check running</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 · %2 pending · last sync %3</source>
        <translation>%1 · %2 pending · last sync %3</translation>
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
        <translation>Start (%1)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>mt::TimelineView</name>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>A concurrent change from another site that lost; nothing was overwritten silently.</source>
        <translation>A concurrent change from another site that lost; nothing was overwritten silently.</translation>
    </message>
    <message>
        <source>Show older entries (%1 more)</source>
        <translation>Show older entries (%1 more)</translation>
    </message>
</context>
</TS>
