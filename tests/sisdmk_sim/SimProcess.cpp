// Test helper: runs sisdmk-sim on 127.0.0.1 with port 0 and talks to it over HTTP.
#include "SimProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

SimProcess::SimProcess(const QStringList &extraArgs, bool quiet)
{
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--username"),
                     QStringLiteral("u"), QStringLiteral("--password"), QStringLiteral("p"),
                     QStringLiteral("--epoch"), QStringLiteral("2026-06-01")};
    if (quiet)
        args << QStringLiteral("--quiet");
    m_process.start(QStringLiteral(SISDMK_SIM_PATH), args + extraArgs);
    QDeadlineTimer deadline(60000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning)
        m_process.waitForReadyRead(200);
    const QByteArray line = m_process.readLine().trimmed();
    if (line.startsWith("listening on 127.0.0.1:"))
        m_port = line.mid(line.lastIndexOf(':') + 1).toInt();
    if (m_port > 0) {
        m_client = std::make_unique<httplib::Client>("127.0.0.1", m_port);
        m_client->set_read_timeout(30, 0);
    }
}

SimProcess::~SimProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimProcess::isRunning() const { return m_port > 0 && m_process.state() == QProcess::Running; }
int SimProcess::port() const { return m_port; }
httplib::Client &SimProcess::http() { return *m_client; }

// QProcess only fills its buffers while waiting; the logger writes after the response is sent.
QByteArray SimProcess::readStderr()
{
    m_process.setReadChannel(QProcess::StandardError);
    QByteArray log;
    for (int k = 0; k < 10; ++k) {
        m_process.waitForReadyRead(100);
        log += m_process.readAllStandardError();
    }
    m_process.setReadChannel(QProcess::StandardOutput);
    return log;
}

std::string SimProcess::login(const std::string &user, const std::string &password)
{
    auto res = m_client->Post("/rest/login_ws", httplib::Params{{"username", user}, {"password", password}});
    if (!res || res->status != 200)
        return {};
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(res->body));
    return doc.object().value(QLatin1String("token")).toString().toStdString();
}

QJsonObject SimProcess::getJson(const std::string &path, int *httpStatus)
{
    auto res = m_client->Get(path);
    if (httpStatus)
        *httpStatus = res ? res->status : -1;
    return res ? QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object() : QJsonObject{};
}

Pull SimProcess::pull(const std::string &token, const std::string &code, const std::string &since, int perPage)
{
    Pull p;
    for (int page = 1; page > 0;) {
        auto res = m_client->Get("/rest/sdmk?kode_wilayah=" + code + "&updated_since=" + since + "&page="
                                 + std::to_string(page) + "&per_page=" + std::to_string(perPage) + "&token=" + token);
        if (!res || res->status != 200)
            return Pull{};
        if (page == 1)
            p.firstPageBody = res->body;
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
        for (const auto &r : o.value(QLatin1String("data")).toArray())
            p.records.append(r);
        const QJsonObject paging = o.value(QLatin1String("paging")).toObject();
        p.total = paging.value(QLatin1String("total")).toInt();
        page = paging.value(QLatin1String("next_page")).isNull() ? 0 : paging.value(QLatin1String("next_page")).toInt();
        ++p.pages;
    }
    return p;
}
