// Starts and stops real hub and PostgreSQL processes for the hub tests; small HTTP client.
#include "HubTestSupport.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "domain/Event.h"
#include "domain/EventJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <httplib.h>

namespace mt::test {

HubProcess::HubProcess(QStringList backendArgs)
    : m_backendArgs(std::move(backendArgs))
{
}

HubProcess::~HubProcess()
{
    stop();
}

bool HubProcess::start(const QStringList &extraArgs)
{
    m_process = std::make_unique<QProcess>();
    if (qEnvironmentVariableIsSet("MT_HUB_TEST_VERBOSE"))
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel); // hub log lines on the test's stderr
    m_process->start(QStringLiteral(MT_HUB_EXE),
                     m_backendArgs + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extraArgs);
    QByteArray out;
    while (!out.contains('\n') && m_process->waitForReadyRead(15000))
        out += m_process->readAllStandardOutput();
    const QString line = QString::fromUtf8(out).section(QLatin1Char('\n'), 0, 0);
    if (!line.startsWith(QLatin1String("listening on ")))
        return false;
    m_port = static_cast<quint16>(line.section(QLatin1Char(':'), -1).toUInt());
    return m_port != 0;
}

qint64 HubProcess::peakRssKb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (pid() <= 0 || !status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void HubProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate(); // SIGTERM: the hub stops its listener and exits 0
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString HubProcess::stderrText() const
{
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
}

int HubProcess::admin(const QStringList &command, QString *out, const QByteArray &stdinData)
{
    QProcess p;
    p.start(QStringLiteral(MT_HUB_EXE), m_backendArgs + command);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitCode();
}

QString HubProcess::adminSecret(const QStringList &command, const QByteArray &stdinData)
{
    QString out;
    if (admin(command, &out, stdinData) != 0)
        return {};
    return out.trimmed().section(QStringLiteral(": "), -1);
}

Reply HubProcess::call(const QString &method, const QString &path, const QByteArray &body, const QString &token,
                       const QString &requestId) const
{
    return callHub(m_port, method, path, body, token, requestId);
}

Reply callHub(quint16 port, const QString &method, const QString &path, const QByteArray &body, const QString &token,
              const QString &requestId)
{
    httplib::Client cli("127.0.0.1", port);
    cli.set_read_timeout(30, 0);
    httplib::Headers headers;
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    if (!requestId.isEmpty())
        headers.emplace("X-Request-ID", requestId.toStdString());
    const std::string p = path.toStdString();
    const std::string b = body.toStdString();
    auto res = method == QLatin1String("GET") ? cli.Get(p, headers) : cli.Post(p, headers, b, "application/json");
    Reply r;
    if (!res)
        return r;
    r.status = res->status;
    r.body = QByteArray::fromStdString(res->body);
    r.json = QJsonDocument::fromJson(r.body).object();
    r.requestId = QString::fromStdString(res->get_header_value("X-Request-ID"));
    r.contentType = QString::fromStdString(res->get_header_value("Content-Type"));
    return r;
}

Reply HubProcess::postJson(const QString &path, const QJsonObject &body, const QString &token) const
{
    return call(QStringLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

Reply HubProcess::enrol(const QString &site, const QString &code, const QString &device) const
{
    return postJson(QStringLiteral("/api/v1/enrol"), {{QStringLiteral("site_id"), site},
                                                      {QStringLiteral("enrolment_code"), code},
                                                      {QStringLiteral("device_name"), device}});
}

QList<QJsonObject> HubProcess::pullAll(const QString &token, qint64 since, int limit) const
{
    QList<QJsonObject> all;
    for (bool more = true; more;) {
        const Reply r = call(QStringLiteral("GET"), QStringLiteral("/api/v1/events?since=%1&limit=%2").arg(since).arg(limit), {},
                             token);
        if (r.status != 200)
            return {};
        for (const QJsonValue &v : r.json.value(QStringLiteral("events")).toArray())
            all.append(v.toObject());
        since = static_cast<qint64>(r.json.value(QStringLiteral("next_since")).toDouble());
        more = r.json.value(QStringLiteral("more")).toBool();
    }
    return all;
}

QStringList hubBackendArgs(PgCluster &pg, const QString &dataDir, bool *missingPostgres, QString *why)
{
    *missingPostgres = false;
    if (qgetenv("MT_HUB_BACKEND") != "postgres")
        return {QStringLiteral("--data-dir"), dataDir};
    if (!PgCluster::binariesPresent()) {
        *missingPostgres = true;
        return {};
    }
    if (!pg.start(why))
        return {};
    return {QStringLiteral("--database"), pg.url()};
}

QString newId()
{
    static const SystemClock clock;
    return newUuidV7(clock);
}

QJsonObject makeEvent(const QString &site, const QString &type, const QJsonObject &payload, const QString &entityId,
                      const QString &actor)
{
    static const SystemClock clock;
    Event e;
    e.id = newUuidV7(clock);
    e.type = type;
    e.entityType = type.section(QLatin1Char('.'), 0, 0);
    e.entityId = entityId.isEmpty() ? newUuidV7(clock) : entityId;
    e.payload = payload;
    e.actor = actor;
    e.siteId = site;
    e.hlc = Hlc::fromParts(clock.nowMs(), 0);
    return toJson(e);
}

} // namespace mt::test
