// Runs bundle export and import off the GUI thread, on a Workspace of its own living on a worker thread.
#pragma once

#include "common/Error.h"
#include "services/Bundle.h"
#include "services/Workspace.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace mt {

class BundleWorker;

// Workspace is bound to the GUI thread (its SQLite connection belongs to the thread that opened it),
// so the worker opens a second Workspace on the same data directory, on its own thread, the first
// time it is needed (the way medtrackctl works beside a running app: WAL, one writer at a time).
// Only the results come back, as queued calls; the GUI thread never waits on the file or the DB.
class BundleRunner : public QObject
{
    Q_OBJECT
public:
    using ExportDone = std::function<void(const Result<BundleExportSummary> &)>;
    using ImportDone = std::function<void(const Result<BundleImportSummary> &)>;

    explicit BundleRunner(Workspace &ws, QObject *parent = nullptr);
    ~BundleRunner() override; // waits for a running job: the file must not be left half-written

    bool isBusy() const { return m_busy; }
    // Each returns false, and runs nothing, while another job is running. `done` runs on this
    // (the GUI) thread, and only while `context` is alive.
    bool exportBundle(const Session &s, const QString &file, const BundleSigningKey &key,
                      const BundleExportOptions &options, QObject *context, ExportDone done);
    // After an import that stored something, the GUI's Workspace merges the newest imported HLC
    // into its clock (so later local edits sort after what arrived) and the views refresh.
    bool importBundle(const Session &s, const QString &file, QObject *context, ImportDone done);

signals:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void afterImport(const std::optional<Event> &newest);

    Workspace &m_ws;
    QThread m_thread;
    BundleWorker *m_worker = nullptr; // lives on m_thread, deleted there
    bool m_busy = false;
};

} // namespace mt
