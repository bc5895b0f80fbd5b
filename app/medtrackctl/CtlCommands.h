// The medtrackctl commands; each returns the process exit code (0 ok, 1 failure, 2 usage).
#pragma once

#include "CtlContext.h"
#include "domain/Incident.h"

namespace mt {

int runAlert(CtlContext &ctx);
int runIncident(CtlContext &ctx);
int runUser(CtlContext &ctx);
int runDb(CtlContext &ctx);
int runBackup(CtlContext &ctx);
int runRestore(CtlContext &ctx);
int runAudit(CtlContext &ctx);
int runDemo(CtlContext &ctx);
int runBundle(CtlContext &ctx);    // CtlBundle.cpp
int runSisdmk(CtlContext &ctx);    // CtlSisdmk.cpp
int runPersonnel(CtlContext &ctx); // CtlSisdmkPersonnel.cpp
int runHubSync(CtlContext &ctx);   // CtlSync.cpp

// Shared JSON shapes (documented in docs/cli.md).
// `incidentNumber`: the number of the incident the alert is linked to, if that incident is here.
QJsonObject alertJson(const Alert &a, const QString &incidentNumber = {});
QJsonObject incidentJson(const Incident &i, SlaState sla);
QString isoUtc(qint64 ms);

} // namespace mt
