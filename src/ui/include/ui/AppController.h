// Startup flow of the desktop app: open the data dir (recovering from a corrupt file), first run or
// sign-in, then the main window; idle lock and re-sign-in. Everything is asynchronous (open(), no exec()).
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace mt {

struct LaunchOptions
{
    QString dataDir;
    bool demo = false;
    std::optional<QString> hubUrl; // --hub URL: instead of hub/url of medtrack.ini (not saved)
    QString enrolSite;             // --enrol-site S --enrol-code C: enrol with the hub once started
    QString enrolCode;
};

class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(const LaunchOptions &options, QObject *parent = nullptr);
    ~AppController() override;
    // Call once the event loop runs (e.g. QTimer::singleShot(0, ...)); ends with QCoreApplication::exit on failure.
    void start();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    void openWorkspace();
    void offerRestore();
    void fail(const QString &message);
    void afterOpen();
    void startWriters();
    void integrityFailed(const QString &message);
    void showFirstRun();
    void showLogin();
    void showMainWindow();
    void lock(bool byUser);
    QString demoAccountsText() const;
};

} // namespace mt
