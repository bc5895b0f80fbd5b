// Test fixture: a Workspace on a temporary data dir with a FakeClock and one user per role (fast KDF).
#pragma once

#include "FakeClock.h"
#include "SideDatabase.h"
#include "services/Workspace.h"
#include "services/AccountService.h"
#include "services/AlertService.h"
#include "services/IncidentService.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mt {

struct CoreFixture
{
    QTemporaryDir dir;
    FakeClock clock; // 2026-11-24 01:00 UTC = Tuesday 08:00 WIB
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<Database> side; // see db()
    Session admin{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin};
    Session l1{QStringLiteral("operator1"), QStringLiteral("Operator Satu"), Role::L1Operator};
    Session l2{QStringLiteral("operator2"), QStringLiteral("Operator Dua"), Role::L2Operator};
    Session ic{QStringLiteral("commander"), QStringLiteral("Komandan"), Role::IncidentCommander};
    Session steward{QStringLiteral("steward"), QStringLiteral("Steward"), Role::DataSteward};

    // A connection of the test's own to the workspace's file, to seed or inspect rows directly.
    Database &db()
    {
        if (!side)
            side = test::sideDatabase(dir.path());
        return *side;
    }

    static QString passwordOf(const Session &s) { return s.user + QStringLiteral("-pass-2026"); }

    bool open()
    {
        auto r = Workspace::open(dir.path(), clock, WorkspaceOptions{WorkspaceOptions::KdfStrength::FastForTests, QStringLiteral("test")});
        if (!r) {
            qWarning() << "Workspace::open failed:" << errorCodeName(r.error().code) << r.error().detail;
            return false;
        }
        ws = std::move(r).value();
        return true;
    }

    bool openWithUsers()
    {
        if (!open())
            return false;
        if (!ws->accounts().addUser(nullptr, admin.user, admin.displayName, admin.role, passwordOf(admin)).ok())
            return false;
        for (const Session *s : {&l1, &l2, &ic, &steward}) {
            if (!ws->accounts().addUser(&admin, s->user, s->displayName, s->role, passwordOf(*s)).ok())
                return false;
        }
        return true;
    }

    QString raise(const Session &s, AlertSeverity sev, Module module, const QString &title, const QString &key = {})
    {
        RaiseAlertRequest r;
        r.severity = sev;
        r.module = module;
        r.title = title;
        r.dedupKey = key;
        const auto res = ws->alerts().raise(s, r);
        return res ? res->alertId : QString();
    }

    Alert alert(const QString &id)
    {
        const auto a = ws->alerts().find(id);
        return a && a.value() ? *a.value() : Alert{};
    }

    Incident incident(const QString &id)
    {
        const auto i = ws->incidents().find(id);
        return i && i.value() ? *i.value() : Incident{};
    }
};

} // namespace mt
