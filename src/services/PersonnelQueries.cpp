// PersonnelQueries: a query thread with its own read-only connection; results hop back as queued calls.
#include "services/PersonnelQueries.h"

#include "common/IntegrityGate.h"
#include "domain/Permissions.h"
#include "domain/personnel/RegionDirectory.h"
#include "storage/Database.h"
#include "storage/EtlRunRepository.h"
#include "storage/PersonnelRepository.h"
#include "storage/QuarantineRepository.h"
#include "sisdmk/EtlWorker.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mt {

// Lives on the query thread; everything here runs there.
class PersonnelQueryWorker : public QObject
{
public:
    PersonnelQueryWorker(QString dbPath, std::shared_ptr<const RegionDirectory> regions,
                         std::shared_ptr<const IntegrityGate> integrity)
        : m_dbPath(std::move(dbPath)), m_regions(std::move(regions)), m_integrity(std::move(integrity))
    {
    }

    Result<Database *> db()
    {
        if (!m_db) {
            // The workspace's connection checks the file once per run; reads wait for its verdict.
            const auto check = Database::checkAfter(m_integrity.get());
            if (!check)
                return check.error();
            auto opened = Database::open(m_dbPath,
                                         QStringLiteral("personnel-queries-%1").arg(quintptr(this), 0, 16),
                                         Database::Mode::ReadOnly, check.value());
            if (!opened)
                return opened.error();
            m_db = std::move(opened).value();
        }
        return m_db.get();
    }

    PersonSummary summarize(const PersonnelRow &row, bool showNik)
    {
        if (m_handles.size() > kMaxHandles)
            m_handles.clear(); // older result lists lose their detail look-up (the view re-queries)
        PersonSummary p;
        p.handle = QString::number(++m_nextHandle);
        m_handles.insert(p.handle, row.record.nik);
        p.nikMasked = !showNik;
        p.nik = showNik ? row.record.nik : PersonnelText::maskNik(row.record.nik);
        p.name = row.record.name;
        p.sex = row.record.sex;
        p.provinceCode = row.record.provinceCode;
        p.regencyCode = row.record.regencyCode;
        if (const Region *r = m_regions ? m_regions->find(row.record.regencyCode) : nullptr)
            p.regencyName = r->name;
        p.category = row.category;
        p.categoryName = PersonnelText::categoryName(row.category);
        p.facilityCode = row.facilityCode;
        p.facilityName = row.facilityName;
        p.active = row.record.active;
        p.lastUpdatedMs = row.record.lastUpdatedMs;
        return p;
    }

    QString nikFor(const QString &handle) const { return m_handles.value(handle); }

    static QList<PersonJob> jobsFrom(const QString &json)
    {
        QList<PersonJob> jobs;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            PersonJob j;
            j.unitCode = o.value(QLatin1String("unit_code")).toString();
            j.unitName = o.value(QLatin1String("unit")).toString();
            j.regencyCode = o.value(QLatin1String("regency")).toString();
            j.category = o.value(QLatin1String("category")).toInt();
            j.categoryName = o.value(QLatin1String("category_name")).toString();
            if (j.categoryName.isEmpty())
                j.categoryName = PersonnelText::categoryName(j.category);
            j.status = o.value(QLatin1String("status")).toString();
            j.nip = o.value(QLatin1String("nip")).toString();
            j.str = o.value(QLatin1String("str")).toString();
            j.strValidUntil = o.value(QLatin1String("str_valid_until")).toString();
            j.sip = o.value(QLatin1String("sip")).toString();
            jobs.append(j);
        }
        return jobs;
    }

private:
    static constexpr qsizetype kMaxHandles = 20000;
    QString m_dbPath;
    std::shared_ptr<const RegionDirectory> m_regions;
    std::shared_ptr<const IntegrityGate> m_integrity;
    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_handles;
    quint64 m_nextHandle = 0;
};

namespace {

bool allDigits(const QString &s)
{
    bool digits = !s.isEmpty();
    for (const QChar c : s)
        digits = digits && c.isDigit();
    return digits;
}

// A NIK search by someone who may not see NIKs must name one whole NIK (see search()).
std::optional<Error> nikSearchRefused(const Session &s, const PersonnelFilter &f)
{
    const QString search = f.search.trimmed();
    if (PersonnelQueries::maySeeNik(s) || !allDigits(search) || search.size() == 16)
        return std::nullopt;
    return Error::make(ErrorCode::Validation, QStringLiteral("nik"), QStringLiteral("nik_full_required"));
}

} // namespace

PersonnelQueries::PersonnelQueries(const QString &dataDir, std::shared_ptr<const IntegrityGate> integrity,
                                   QObject *parent)
    : QObject(parent)
    , m_latestSearch(std::make_shared<std::atomic<quint64>>(0))
    , m_latestCount(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<mt::PersonnelPageResult>();
    qRegisterMetaType<mt::PersonnelCountResult>();
    qRegisterMetaType<mt::QuarantinePageResult>();
    qRegisterMetaType<mt::RunsResult>();
    qRegisterMetaType<mt::PersonDetail>();
    auto regions = EtlWorker::loadRegions();
    if (regions)
        m_regions = std::make_shared<const RegionDirectory>(std::move(regions).value());
    m_worker = new PersonnelQueryWorker(QDir(dataDir).filePath(QStringLiteral("medtrack.db")), m_regions,
                                        std::move(integrity));
    m_thread.setObjectName(QStringLiteral("personnel-queries"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PersonnelQueries::~PersonnelQueries()
{
    m_latestSearch->store(~quint64(0)); // queued searches become stale and are skipped
    m_latestCount->store(~quint64(0));
    m_thread.quit();
    m_thread.wait();
}

bool PersonnelQueries::maySeeNik(const Session &s)
{
    return PermissionPolicy::allows(s.role, Action::PersonnelViewNik);
}

quint64 PersonnelQueries::search(const Session &s, const PersonnelQuery &query)
{
    const quint64 ticket = m_nextTicket++;
    m_latestSearch->store(ticket);
    PersonnelQuery q = query;
    q.limit = std::clamp(q.limit, 1, 500);
    q.offset = std::max<qint64>(0, q.offset);
    const bool showNik = maySeeNik(s);
    const std::optional<Error> refused = nikSearchRefused(s, q.filter);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, latest = m_latestSearch, ticket, q, showNik, refused] {
        if (latest->load() != ticket)
            return; // a newer search was asked for meanwhile
        PersonnelPageResult r{ticket, q, {}, refused};
        if (!refused) {
            auto db = w->db();
            auto rows = db ? PersonnelRepository(*db.value()).page(q.filter, q.offset, q.limit)
                           : Result<QList<PersonnelRow>>(db.error());
            if (rows) {
                for (const PersonnelRow &row : rows.value())
                    r.rows.append(w->summarize(row, showNik));
            } else {
                r.error = rows.error();
            }
        }
        QMetaObject::invokeMethod(this, [this, latest, r] {
            if (latest->load() == r.ticket)
                emit searchReady(r);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 PersonnelQueries::count(const Session &s, const PersonnelFilter &f)
{
    const quint64 ticket = m_nextTicket++;
    m_latestCount->store(ticket);
    const std::optional<Error> refused = nikSearchRefused(s, f);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, latest = m_latestCount, ticket, f, refused] {
        if (latest->load() != ticket)
            return;
        PersonnelCountResult r{ticket, refused ? 0 : -1, refused};
        if (!refused) {
            auto db = w->db();
            auto n = db ? PersonnelRepository(*db.value()).count(f) : Result<qint64>(db.error());
            if (n)
                r.total = n.value();
            else
                r.error = n.error();
        }
        QMetaObject::invokeMethod(this, [this, latest, r] {
            if (latest->load() == r.ticket)
                emit countReady(r);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 PersonnelQueries::detail(const Session &s, const QString &handle)
{
    const quint64 ticket = m_nextTicket++;
    const bool showNik = maySeeNik(s);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, ticket, handle, showNik] {
        PersonDetail detail;
        QString error;
        const QString nik = w->nikFor(handle);
        auto db = w->db();
        if (nik.isEmpty()) {
            error = PersonnelText::tr("This list is out of date; search again.");
        } else if (!db) {
            error = db.error().detail;
        } else if (auto found = PersonnelRepository(*db.value()).find(nik); !found) {
            error = found.error().detail;
        } else if (!found.value()) {
            error = PersonnelText::tr("This person is no longer stored.");
        } else {
            const PersonnelRow &row = *found.value();
            detail.summary = w->summarize(row, showNik);
            detail.birthPlace = row.record.birthPlace;
            detail.birthDate = row.record.birthDate;
            detail.address = row.record.address;
            detail.jobs = PersonnelQueryWorker::jobsFrom(row.jobsJson);
        }
        QMetaObject::invokeMethod(this, [this, ticket, detail, error] { emit detailReady(ticket, detail, error); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 PersonnelQueries::quarantine(const Session &s, const QuarantineFilter &f, qint64 offset, int limit)
{
    const quint64 ticket = m_nextTicket++;
    const Status allowed = PermissionPolicy::check(s.role, Action::QuarantineReview);
    limit = std::clamp(limit, 1, 500);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, ticket, allowed, f, offset, limit] {
        QuarantinePageResult r;
        r.ticket = ticket;
        r.offset = offset;
        if (!allowed.ok()) {
            r.error = allowed;
        } else if (auto db = w->db(); !db) {
            r.error = db.error();
        } else {
            QuarantineRepository repo(*db.value());
            auto total = repo.count(f);
            auto rows = repo.page(f, offset, limit);
            if (total && rows) {
                r.total = total.value();
                r.rows = rows.value();
            } else {
                r.error = total ? rows.error() : total.error();
            }
        }
        QMetaObject::invokeMethod(this, [this, r] { emit quarantineReady(r); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 PersonnelQueries::runs(int limit)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, ticket, limit] {
        RunsResult r;
        r.ticket = ticket;
        if (auto db = w->db(); !db) {
            r.error = db.error();
        } else {
            EtlRunRepository repo(*db.value());
            auto recent = repo.recent(std::clamp(limit, 1, 1000));
            auto raw = repo.rawBodyCount();
            if (recent && raw) {
                r.runs = recent.value();
                r.rawBodies = raw.value();
            } else {
                r.error = recent ? raw.error() : recent.error();
            }
        }
        QMetaObject::invokeMethod(this, [this, r] { emit runsReady(r); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return ticket;
}

QList<QPair<QString, QString>> PersonnelQueries::provinces() const
{
    QList<QPair<QString, QString>> out;
    if (!m_regions)
        return out;
    for (int p = 11; p <= 99; ++p) {
        const QString code = QString::number(p);
        if (const Region *r = m_regions->find(code); r && !m_regions->isRetired(code))
            out.append({code, r->name});
    }
    return out;
}

QList<QPair<QString, QString>> PersonnelQueries::regencies(const QString &provinceCode) const
{
    QList<QPair<QString, QString>> out;
    if (!m_regions || provinceCode.size() != 2)
        return out;
    for (int k = 1; k <= 99; ++k) {
        const QString code = provinceCode + QLatin1Char('.') + QStringLiteral("%1").arg(k, 2, 10, QLatin1Char('0'));
        if (const Region *r = m_regions->find(code); r && !m_regions->isRetired(code))
            out.append({code, r->name});
    }
    return out;
}

QString PersonnelQueries::regionName(const QString &dottedCode) const
{
    const Region *r = m_regions ? m_regions->find(dottedCode) : nullptr;
    return r ? r->name : QString();
}

} // namespace mt
