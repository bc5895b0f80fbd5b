// Tests Workspace's incident use cases: open from alerts with SLA, close rules, evidence limits, escalation.
#include "CoreFixture.h"
#include "services/ErrorText.h"
#include "services/IncidentService.h"
#include "services/TimelineService.h"
#include "services/EventLogService.h"
#include "services/Workspace.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QtTest>

using namespace mt;

namespace {

QString openSev(CoreFixture &f, int severity, const Session &who)
{
    const QString alert = f.raise(f.l1, AlertSeverity::Critical, Module::Logistics, QStringLiteral("Stok vaksin habis"));
    OpenIncidentRequest r;
    r.title = QStringLiteral("Kekurangan vaksin");
    r.severity = severity;
    r.alertIds = {alert};
    const auto id = f.ws->incidents().open(who, r);
    return id ? id.value() : QString();
}

CloseIncidentRequest goodClose()
{
    CloseIncidentRequest r;
    r.resolution = QStringLiteral("Stok dipindahkan dari gudang provinsi.");
    r.kbRef = QStringLiteral("KB-LOG-007");
    r.files = {EvidenceFile{QStringLiteral("bukti-kirim.pdf"), QByteArray("%PDF-1.4 surat jalan")}};
    return r;
}

} // namespace

class TestCoreIncidents : public QObject
{
    Q_OBJECT
private slots:
    void openFromAlertsComputesSlaAndLinks()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString a1 = f.raise(f.l1, AlertSeverity::Critical, Module::Logistics, QStringLiteral("Stok BCG"));
        const QString a2 = f.raise(f.l1, AlertSeverity::Critical, Module::Distribution, QStringLiteral("Cold chain"));
        OpenIncidentRequest r;
        r.title = QStringLiteral("Gangguan rantai dingin");
        r.severity = 1;
        r.alertIds = {a1, a2};
        r.assignee = f.l2.user;
        const auto id = f.ws->incidents().open(f.ic, r);
        QVERIFY(id.ok());
        const Incident i = f.incident(id.value());
        QCOMPARE(i.severity, 1);
        QCOMPARE(i.modules, (QList<Module>{Module::Logistics, Module::Distribution}));
        QCOMPARE(i.openedBy, f.ic.user);
        QCOMPARE(i.assignee, f.l2.user);
        QCOMPARE(i.slaDueAtMs - i.openedAtMs, qint64(4) * 3600 * 1000);
        QCOMPARE(f.alert(a1).incidentId, id.value());
        QCOMPARE(f.alert(a2).incidentId, id.value());
        QCOMPARE(f.ws->incidents().slaState(i), SlaState::OnTrack);
    }

    void openNeedsModuleAndExistingAlerts()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        OpenIncidentRequest r;
        r.title = QStringLiteral("Tanpa modul");
        const auto none = f.ws->incidents().open(f.l1, r);
        QCOMPARE(none.error().field, QStringLiteral("modules"));
        r.alertIds = {QStringLiteral("01900000-0000-7000-8000-000000000000")};
        QCOMPARE(f.ws->incidents().open(f.l1, r).error().code, ErrorCode::NotFound);
        r.alertIds.clear();
        r.modules = {Module::HR};
        r.severity = 7;
        QCOMPARE(f.ws->incidents().open(f.l1, r).error().field, QStringLiteral("severity"));
        r.severity = 3;
        QVERIFY(f.ws->incidents().open(f.l1, r).ok());
    }

    void closeNeedsEvidenceKbAndResolution()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString id = openSev(f, 3, f.l1);
        CloseIncidentRequest r = goodClose();
        r.files.clear();
        Status st = f.ws->incidents().close(f.l1, id, r);
        QCOMPARE(st.code, ErrorCode::Validation);
        QCOMPARE(st.field, QStringLiteral("evidence"));
        r = goodClose();
        r.kbRef.clear();
        QCOMPARE(f.ws->incidents().close(f.l1, id, r).field, QStringLiteral("kb_ref"));
        r = goodClose();
        r.resolution = QStringLiteral("ok");
        QCOMPARE(f.ws->incidents().close(f.l1, id, r).field, QStringLiteral("resolution"));
        QVERIFY(!f.incident(id).isClosed());
        QVERIFY(f.ws->incidents().attachments(id)->isEmpty());
    }

    void closeWithEvidenceStoresFiles()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString id = openSev(f, 3, f.l1);
        CloseIncidentRequest r = goodClose();
        r.evidenceNote = QStringLiteral("Dicek langsung ke gudang.");
        QVERIFY(f.ws->incidents().close(f.l1, id, r).ok());
        const Incident i = f.incident(id);
        QVERIFY(i.isClosed());
        QCOMPARE(i.closedBy, f.l1.user);
        QCOMPARE(i.kbRef, QStringLiteral("KB-LOG-007"));
        const auto files = f.ws->incidents().attachments(id);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().fileName, QStringLiteral("bukti-kirim.pdf"));
        QCOMPARE(files->first().sha256,
                 QString::fromLatin1(QCryptographicHash::hash(r.files.first().content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(f.ws->incidents().attachmentContent(files->first().id).value(), r.files.first().content);
        const auto tl = f.ws->timelines().timeline(EntityType::Incident, id);
        QVERIFY(tl.ok());
        QCOMPARE(tl->last().type, EventType::IncidentClosed);
        QCOMPARE(f.ws->incidents().close(f.l1, id, goodClose()).code, ErrorCode::InvalidTransition);
        QVERIFY(f.ws->events().verifyAudit()->intact);
    }

    void tooLargeAttachmentStoresNothing()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        AppConfig cfg = f.ws->config();
        cfg.maxAttachmentBytes = 1024;
        QVERIFY(f.ws->saveConfig(cfg).ok());
        const QString id = openSev(f, 3, f.l1);
        const qsizetype before = f.ws->timelines().timeline(EntityType::Incident, id)->size();
        CloseIncidentRequest r = goodClose();
        r.files << EvidenceFile{QStringLiteral("foto-gudang.jpg"), QByteArray(2048, 'x')};
        const Status st = f.ws->incidents().close(f.l1, id, r);
        QCOMPARE(st.code, ErrorCode::TooLarge);
        QCOMPARE(st.field, QStringLiteral("evidence"));
        QVERIFY(st.detail.contains(QLatin1String("foto-gudang.jpg")));
        QVERIFY(ErrorText::message(st).contains(QLatin1String("foto-gudang.jpg")));
        QVERIFY(!f.incident(id).isClosed());
        QVERIFY(f.ws->incidents().attachments(id)->isEmpty());
        QCOMPARE(f.ws->timelines().timeline(EntityType::Incident, id)->size(), before);
        QCOMPARE(f.ws->incidents().attachEvidence(f.l1, id, r.files.last()).code, ErrorCode::TooLarge);
        QVERIFY(f.ws->incidents().attachEvidence(f.l1, id, r.files.first()).ok());
        QCOMPARE(f.ws->incidents().attachments(id)->size(), 1);
    }

    void l1CannotCloseSev1ButL2Can()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString id = openSev(f, 1, f.l1);
        const Status st = f.ws->incidents().close(f.l1, id, goodClose());
        QCOMPARE(st.code, ErrorCode::PermissionDenied);
        QCOMPARE(ErrorText::message(st), QStringLiteral("Closing a Sev-1 or Sev-2 incident needs an L2 operator or above."));
        QVERIFY(f.ws->incidents().attachments(id)->isEmpty());
        QVERIFY(f.ws->incidents().close(f.l2, id, goodClose()).ok());
        QCOMPARE(f.incident(id).closedBy, f.l2.user);
    }

    void escalatesToL2AtHalfTheSla()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        QSignalSpy spy(&f.ws->notifier(), &ChangeNotifier::incidentEscalated);
        const QString id = openSev(f, 1, f.ic);
        f.clock.advanceMinutes(119);
        QCOMPARE(f.ws->incidents().escalateDue().value(), 0);
        f.clock.advanceMinutes(2);
        QCOMPARE(f.ws->incidents().escalateDue().value(), 1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(f.incident(id).escalationLevel, 2);
        QCOMPARE(f.ws->incidents().escalateDue().value(), 0);
    }

    void updatesAndTimelineText()
    {
        CoreFixture f;
        QVERIFY(f.openWithUsers());
        const QString id = openSev(f, 3, f.l1);
        QVERIFY(f.ws->incidents().tickChecklist(f.l1, id, QStringLiteral("check_data"), true).ok());
        QCOMPARE(f.ws->incidents().tickChecklist(f.l1, id, QStringLiteral("nope"), true).field, QStringLiteral("step"));
        QVERIFY(f.ws->incidents().addNote(f.l1, id, QStringLiteral("Gudang dihubungi.")).ok());
        QCOMPARE(f.ws->incidents().assign(f.l1, id, QStringLiteral("ghost")).field, QStringLiteral("assignee"));
        QVERIFY(f.ws->incidents().assign(f.l1, id, f.l2.user).ok());
        QCOMPARE(f.ws->incidents().changeSeverity(f.l1, id, 2).code, ErrorCode::PermissionDenied);
        QVERIFY(f.ws->incidents().changeSeverity(f.l2, id, 2).ok());
        QCOMPARE(f.incident(id).slaDueAtMs - f.incident(id).openedAtMs, qint64(8) * 3600 * 1000);
        QVERIFY(f.ws->incidents().setStatus(f.l2, id, IncidentStatus::InProgress).ok());
        QCOMPARE(f.ws->incidents().setStatus(f.l2, id, IncidentStatus::Closed).code, ErrorCode::InvalidTransition);
        const auto tl = f.ws->timelines().timeline(EntityType::Incident, id);
        QVERIFY(tl.ok());
        QStringList summaries;
        for (const TimelineEntry &e : tl.value())
            summaries << e.summary;
        QVERIFY2(summaries.contains(QStringLiteral("operator1 ticked \"Check the data\"")), qPrintable(summaries.join(u'|')));
        QVERIFY(summaries.contains(QStringLiteral("operator1 assigned the incident to operator2")));
        QVERIFY(summaries.contains(QStringLiteral("operator2 changed the severity to Sev-2")));
    }
};

QTEST_GUILESS_MAIN(TestCoreIncidents)
#include "tst_coreincidents.moc"
