// Read side of the SISDMK screens: personnel, quarantine and run queries on a thread of their own.
#pragma once

#include "services/Session.h"
#include "services/PersonnelTypes.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace mt {

class IntegrityGate;
class PersonnelQueryWorker;
class RegionDirectory;

// Every query runs on a dedicated thread with its own read-only connection, so a name search
// over two million rows never stalls the GUI. Calls return a ticket at once; the result comes
// back as a signal on the owner's thread. A newer personnel search makes older ones stale:
// a stale search still queued is skipped and its result is never emitted.
class PersonnelQueries : public QObject
{
    Q_OBJECT
public:
    // `integrity`: the workspace's check of the file (AdminService::integrityGate); the query thread's
    // read-only connection waits for it rather than reading the whole file again.
    PersonnelQueries(const QString &dataDir, std::shared_ptr<const IntegrityGate> integrity, QObject *parent = nullptr);
    ~PersonnelQueries() override; // waits for the query in progress, if any

    // Rows ordered by name; NIK masked unless `s` may see it. A digits-only search is a NIK
    // prefix for sessions allowed to see NIKs, and an exact 16-digit match for the others
    // (a prefix search would let them read a NIK digit by digit).
    quint64 search(const Session &s, const PersonnelQuery &q);
    // Number of rows matching the filter (may take a while on a large table: a separate result).
    quint64 count(const Session &s, const PersonnelFilter &f);
    // `handle` from a PersonSummary of an earlier result.
    quint64 detail(const Session &s, const QString &handle);
    // Data stewards only (Action::QuarantineReview): refused with PermissionDenied otherwise.
    quint64 quarantine(const Session &s, const QuarantineFilter &f, qint64 offset, int limit);
    quint64 runs(int limit);

    // Current provinces / regencies of a province (dotted code, name), for the filters.
    QList<QPair<QString, QString>> provinces() const;
    QList<QPair<QString, QString>> regencies(const QString &provinceCode) const;
    QString regionName(const QString &dottedCode) const;

    static bool maySeeNik(const Session &s);

signals:
    void searchReady(const mt::PersonnelPageResult &result);
    void countReady(const mt::PersonnelCountResult &result);
    void detailReady(quint64 ticket, const mt::PersonDetail &detail, const QString &error);
    void quarantineReady(const mt::QuarantinePageResult &result);
    void runsReady(const mt::RunsResult &result);

private:
    QThread m_thread;
    PersonnelQueryWorker *m_worker;
    std::shared_ptr<const RegionDirectory> m_regions;
    std::atomic<quint64> m_nextTicket{1};
    std::shared_ptr<std::atomic<quint64>> m_latestSearch;
    std::shared_ptr<std::atomic<quint64>> m_latestCount;
};

} // namespace mt
