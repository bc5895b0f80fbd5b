// sideDatabase: what tests used Core::database() for, now that services keep their connection private.
#include "SideDatabase.h"

#include <QDir>
#include <QUuid>

namespace mt::test {

std::unique_ptr<Database> sideDatabase(const QString &dataDir)
{
    auto db = Database::open(QDir(dataDir).filePath(QStringLiteral("medtrack.db")),
                             QStringLiteral("test-side-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                             Database::Mode::ReadWrite, Database::IntegrityCheck::VerifiedByCaller);
    if (!db) {
        qWarning("sideDatabase(%s): %s", qPrintable(dataDir), qPrintable(db.error().detail));
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace mt::test
