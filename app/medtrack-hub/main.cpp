// medtrack-hub entry point: serve API v1, or run one admin command (site/user/token) and exit.
#include "common/Clock.h"
#include "hub/AdminCli.h"
#include "hub/HubConfig.h"
#include "hub/HubDatabase.h"
#include "hub/HubServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

namespace {

QString readPasswordLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

// SIGINT/SIGTERM are blocked in every thread and taken by one waiter that stops the server.
int serve(const mt::HubConfig &config, mt::HubDatabase &db, const mt::Clock &clock)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    mt::HubServer server(config, db, clock);
    auto port = server.bind();
    if (!port) {
        std::fprintf(stderr, "medtrack-hub: cannot listen on %s:%d (%s)\n", qPrintable(config.host), config.port,
                     qPrintable(port.error().detail));
        return 1;
    }
    std::printf("listening on %s:%u\n", qPrintable(config.host), static_cast<unsigned>(port.value()));
    std::fflush(stdout);
    std::thread waiter([&server, set] {
        int sig = 0;
        sigwait(&set, &sig);
        server.stop();
    });
    server.run();
    pthread_kill(waiter.native_handle(), SIGTERM); // wakes the waiter if run() ended on its own
    waiter.join();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("medtrack-hub"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto cl = mt::parseHubCommandLine(app.arguments().mid(1));
    if (!cl) {
        err << "medtrack-hub: " << cl.error().field << ": " << cl.error().detail << "\n" << mt::hubUsage();
        return 2;
    }
    if (cl->help) {
        out << mt::hubUsage();
        return 0;
    }
    auto db = mt::HubDatabase::open(cl->config);
    if (!db) {
        err << "medtrack-hub: database: " << db.error().detail << Qt::endl;
        return 1;
    }
    mt::SystemClock clock;
    if (!cl->command.isEmpty()) {
        mt::AdminCli cli(*db.value(), cl->config, clock, out, err, readPasswordLine);
        return cli.run(cl->command);
    }
    return serve(cl->config, *db.value(), clock);
}
