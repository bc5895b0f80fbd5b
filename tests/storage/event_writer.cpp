// Crash-test helper: appends one event per transaction forever, printing each committed id.
#include "StorageTestUtil.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/EventStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: mt_event_writer <db> [max]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const long max = argc > 2 ? std::atol(argv[2]) : 100'000'000L;
    auto db = mt::Database::open(path, QStringLiteral("writer"));
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().detail));
        return 1;
    }
    mt::EventStore store(*db.value());
    mt::test::EventFactory factory(QStringLiteral("site-crash"));
    for (long i = 0; i < max; ++i) {
        const mt::Event e = factory.raiseAlert(factory.newId(), mt::AlertSeverity::Warning, mt::Module::Logistics,
                                               QStringLiteral("crash alert %1").arg(i));
        auto r = store.append({e});
        if (!r) {
            std::fprintf(stderr, "append failed: %s\n", qPrintable(r.error().detail));
            return 1;
        }
        // Printed only after COMMIT returned: the test treats every printed id as durable.
        std::printf("%s\n", qPrintable(e.id));
        std::fflush(stdout);
    }
    return 0;
}
