// Hub sync test helpers (see the header).
#include "HubSyncTestSupport.h"

#include "services/AppConfig.h"
#include "hubsync/HubTokenStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mt::test {

ScriptedHttpServer::ScriptedHttpServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                buffer->append(s->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                buffer->clear();
                heads.append(head);
                const QByteArray answer = m_script.isEmpty() ? QByteArray()
                                          : m_script.value(m_requests, m_script.last());
                ++m_requests;
                if (answer == "HANG")
                    return; // never answers: the client's transfer timeout must end it
                if (!answer.isEmpty())
                    s->write(answer);
                s->flush();
                s->disconnectFromHost();
            });
        }
    });
}

QString ScriptedHttpServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QByteArray httpResponse(int status, const QByteArray &body, const QList<QByteArray> &extraHeaders)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nConnection: close\r\n";
    for (const QByteArray &h : extraHeaders)
        r += h + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return r;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

QVariant scalar(const QString &dataDir, const QString &sql)
{
    const QString name = QStringLiteral("peek-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/medtrack.db"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

bool keychainWorks()
{
    HubTokenStore store;
    const QString key = QStringLiteral("probe|") + QUuid::createUuid().toString(QUuid::Id128);
    std::optional<bool> ok;
    store.write(key, QStringLiteral("x"), [&](const Status &st) { ok = st.ok(); });
    if (!waitFor([&] { return ok.has_value(); }, 15000) || !*ok)
        return false;
    std::optional<bool> removed;
    store.remove(key, [&](const Status &st) { removed = st.ok(); });
    waitFor([&] { return removed.has_value(); }, 15000);
    return true;
}

PortHold::~PortHold()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool PortHold::hold(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &yes, sizeof yes);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(fd);
        return false;
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
    m_port = ntohs(addr.sin_port);
    return true;
}

bool portIsFree(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return bound;
}

bool HubSite::start(const QString &site, quint16 wanted)
{
    siteId = site;
    hub = std::make_unique<HubProcess>(QStringList{QStringLiteral("--data-dir"), dir.path()});
    // Several data dirs enrol with one code here, as a batch roll-out would (codes are single-use by default).
    code = hub->adminSecret({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--id"), site,
                             QStringLiteral("--name"), site, QStringLiteral("--uses"), QStringLiteral("50")});
    if (code.isEmpty())
        return false;
    if (!portHold.hold(wanted))
        return false;
    port = portHold.port();
    return restart();
}

bool HubSite::restart()
{
    return hub->start(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)} + hubArgs)
        && hub->port() == port;
}

QString HubSite::deviceToken(const QString &device)
{
    return hub->enrol(siteId, code, device).json.value(QStringLiteral("token")).toString();
}

bool setSite(const QString &dataDir, const QString &siteId)
{
    AppConfig cfg = AppConfig::load(dataDir);
    cfg.siteId = siteId;
    return cfg.save(dataDir).ok();
}

} // namespace mt::test
