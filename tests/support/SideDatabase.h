// A second connection to a workspace's database file, for tests that seed or inspect rows directly.
#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>

namespace mt::test {

// Opens <dataDir>/medtrack.db on a connection of its own (the workspace has already checked the file).
// Fails the calling test with QVERIFY-style output when it cannot open: returns null then.
std::unique_ptr<Database> sideDatabase(const QString &dataDir);

} // namespace mt::test
