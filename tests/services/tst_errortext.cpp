// Tests ErrorText: every error code gives one non-empty sentence; validation messages name the field.
#include "services/ErrorText.h"

#include <QtTest>

using namespace mt;

class TestErrorText : public QObject
{
    Q_OBJECT
private slots:
    void everyCodeHasOneSentence()
    {
        for (int c = int(ErrorCode::Validation); c <= int(ErrorCode::Internal); ++c) {
            const QString text = ErrorText::message(Error::make(ErrorCode(c)));
            QVERIFY2(!text.isEmpty(), errorCodeName(ErrorCode(c)));
            QVERIFY(!text.contains(QLatin1Char('\n')));
            QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
        }
        QVERIFY(ErrorText::message(Error{}).isEmpty());
    }
    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("required") << QStringLiteral("Title must be 1 to 200 characters.");
        QTest::newRow("resolution") << QStringLiteral("resolution") << QStringLiteral("too_short") << QStringLiteral("The resolution must be at least 10 characters.");
        QTest::newRow("evidence") << QStringLiteral("evidence") << QStringLiteral("required")
                                  << QStringLiteral("Closing needs evidence: attach a file or write an evidence note.");
        QTest::newRow("kb") << QStringLiteral("kb_ref") << QStringLiteral("required")
                            << QStringLiteral("Give a knowledge-base reference, or the reason why no article is needed.");
        QTest::newRow("mismatch") << QStringLiteral("password") << QStringLiteral("mismatch") << QStringLiteral("The two passwords do not match.");
        QTest::newRow("unknown field") << QStringLiteral("resource") << QStringLiteral("x") << QStringLiteral("resource is not valid.");
    }
    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, detail);
        QFETCH(QString, expected);
        QCOMPARE(ErrorText::message(Error::make(ErrorCode::Validation, field, detail)), expected);
    }
    void specificMessages()
    {
        QCOMPARE(ErrorText::message(Error::make(ErrorCode::TooLarge, QStringLiteral("evidence"), QStringLiteral("scan.pdf"))),
                 QStringLiteral("The file \"scan.pdf\" is larger than the attachment size limit."));
        QCOMPARE(ErrorText::message(Error::make(ErrorCode::AccountLocked, {}, QStringLiteral("2026-11-24T01:15:00.000Z"))),
                 QStringLiteral("Too many failed logins: the account is locked until 2026-11-24 01:15 UTC."));
        QCOMPARE(ErrorText::fieldLabel(QStringLiteral("title")), QStringLiteral("Title"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
