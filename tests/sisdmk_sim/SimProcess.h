// Test helper: runs sisdmk-sim on 127.0.0.1 with port 0 and talks to it over HTTP.
#pragma once

#include <httplib.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <memory>
#include <string>

struct Pull
{
    QJsonArray records;
    int total = -1;
    int pages = 0;
    std::string firstPageBody;
};

class SimProcess
{
public:
    explicit SimProcess(const QStringList &extraArgs, bool quiet = true);
    ~SimProcess();

    bool isRunning() const;
    int port() const;
    httplib::Client &http();
    std::string login(const std::string &user = "u", const std::string &password = "p");
    QJsonObject getJson(const std::string &path, int *httpStatus = nullptr);
    Pull pull(const std::string &token, const std::string &code, const std::string &since = {}, int perPage = 1000);
    QByteArray readStderr();

private:
    QProcess m_process;
    int m_port = 0;
    std::unique_ptr<httplib::Client> m_client;
};
