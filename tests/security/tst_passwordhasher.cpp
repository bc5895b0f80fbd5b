// Tests PasswordHasher: Argon2id encoding, verification, salts, rehash detection.
#include "security/PasswordHasher.h"

#include <QtTest>

using mt::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void hashAndVerify()
    {
        const PasswordHasher h(PasswordHasher::Strength::FastForTests);
        const QString enc = h.hash(QStringLiteral("correct horse battery"));
        QVERIFY(enc.startsWith(QLatin1String("$argon2id$v=19$")));
        QVERIFY(h.verify(enc, QStringLiteral("correct horse battery")));
        QVERIFY(!h.verify(enc, QStringLiteral("correct horse batterY")));
        QVERIFY(!h.verify(enc, QString()));
    }
    void saltedHashesDiffer()
    {
        const PasswordHasher h(PasswordHasher::Strength::FastForTests);
        QVERIFY(h.hash(QStringLiteral("same-password")) != h.hash(QStringLiteral("same-password")));
    }
    void unicodePassword()
    {
        const PasswordHasher h(PasswordHasher::Strength::FastForTests);
        const QString pw = QStringLiteral("kata-sandi-ñ-日本-✓");
        QVERIFY(h.verify(h.hash(pw), pw));
    }
    void garbageNeverVerifies()
    {
        const PasswordHasher h(PasswordHasher::Strength::FastForTests);
        QVERIFY(!h.verify(QStringLiteral("not-a-hash"), QStringLiteral("x")));
        QVERIFY(!h.verify(QString(), QString()));
        QVERIFY(h.needsRehash(QStringLiteral("not-a-hash")));
    }
    void needsRehashFollowsStrength()
    {
        const PasswordHasher fast(PasswordHasher::Strength::FastForTests);
        const PasswordHasher interactive(PasswordHasher::Strength::Interactive);
        const QString weak = fast.hash(QStringLiteral("password-123"));
        QVERIFY(!fast.needsRehash(weak));
        QVERIFY(interactive.needsRehash(weak));
        const QString strong = interactive.hash(QStringLiteral("password-123"));
        QVERIFY(!interactive.needsRehash(strong));
        QVERIFY(fast.verify(strong, QStringLiteral("password-123"))); // parameters live in the string
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
