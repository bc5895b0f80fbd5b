// Splitting and running SQL scripts, and the numbered-migration step shared by the app and the hub.
#include "storage/SqlScript.h"

#include "SqliteRaw.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace mt {

namespace {

// Index just past a $tag$ opening at `i` (tag: letters, digits, '_', not starting with a digit), or -1.
qsizetype dollarTagEnd(const QString &s, qsizetype i)
{
    qsizetype j = i + 1;
    while (j < s.size() && (s[j].isLetterOrNumber() || s[j] == QLatin1Char('_'))) {
        if (j == i + 1 && s[j].isDigit())
            return -1; // $1: a parameter, not a tag
        ++j;
    }
    return j < s.size() && s[j] == QLatin1Char('$') ? j + 1 : -1;
}

// True when `statement` holds something besides blanks and comments.
bool hasCode(const QString &statement)
{
    for (qsizetype i = 0; i < statement.size(); ++i) {
        const QChar c = statement[i];
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('-') && statement.mid(i, 2) == QLatin1String("--")) {
            i = statement.indexOf(QLatin1Char('\n'), i);
            if (i < 0)
                return false;
            continue;
        }
        if (c == QLatin1Char('/') && statement.mid(i, 2) == QLatin1String("/*")) {
            i = statement.indexOf(QLatin1String("*/"), i + 2);
            if (i < 0)
                return false;
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

QString firstLine(const QString &statement)
{
    return statement.trimmed().section(QLatin1Char('\n'), 0, 0).left(80);
}

Status execSqlite(sqlite3 *raw, const QString &script, const QString &context)
{
    const QByteArray utf8 = script.toUtf8();
    const char *tail = utf8.constData();
    const char *const end = tail + utf8.size();
    while (tail < end) {
        const char *start = tail;
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(raw, start, int(end - start), &stmt, &tail);
        const QString text = QString::fromUtf8(start, tail > start ? tail - start : end - start);
        if (rc == SQLITE_OK && stmt) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            }
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_OK) {
            return Error::make(sqlite::codeFor(rc), {}, QStringLiteral("%1: %2 (in: %3)").arg(
                context, QString::fromUtf8(sqlite3_errmsg(raw)), firstLine(text)));
        }
        if (tail <= start)
            break; // nothing consumed: only a trailing comment or blanks were left
    }
    return {};
}

} // namespace

QStringList sqlStatements(const QString &script)
{
    QStringList out;
    qsizetype begin = 0;
    qsizetype i = 0;
    const qsizetype n = script.size();
    auto skipTo = [&](qsizetype found, qsizetype length) { i = found < 0 ? n : found + length; };
    while (i < n) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();
        const bool escapeString = c == QLatin1Char('\'') && i > 0 && (script[i - 1] == QLatin1Char('E') || script[i - 1] == QLatin1Char('e'))
            && (i < 2 || !(script[i - 2].isLetterOrNumber() || script[i - 2] == QLatin1Char('_')));
        if (escapeString) { // PostgreSQL E'...': a backslash escapes the next character, a quote too
            qsizetype j = i + 1;
            while (j < n && script[j] != QLatin1Char('\''))
                j += script[j] == QLatin1Char('\\') ? 2 : 1;
            skipTo(j < n ? j : -1, 1);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A doubled quote inside is an escaped quote: closing and reopening scans the same.
            skipTo(script.indexOf(c, i + 1), 1);
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            skipTo(script.indexOf(QLatin1Char('\n'), i + 2), 1);
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            skipTo(script.indexOf(QLatin1String("*/"), i + 2), 2);
        } else if (c == QLatin1Char('$') && (i == 0 || !(script[i - 1].isLetterOrNumber() || script[i - 1] == QLatin1Char('_')))
                   && dollarTagEnd(script, i) > 0) {
            const qsizetype open = dollarTagEnd(script, i);
            const QString tag = script.mid(i, open - i);
            skipTo(script.indexOf(tag, open), tag.size());
        } else if (c == QLatin1Char(';')) {
            const QString statement = script.mid(begin, i - begin);
            if (hasCode(statement))
                out << statement.trimmed();
            begin = ++i;
        } else {
            ++i;
        }
    }
    const QString last = script.mid(begin);
    if (hasCode(last))
        out << last.trimmed();
    return out;
}

Status execSqlScript(QSqlDatabase &db, const QString &script, const QString &context)
{
    if (db.driverName() == QLatin1String("QSQLITE")) {
        if (sqlite3 *raw = sqlite::handle(db))
            return execSqlite(raw, script, context);
        return Error::make(ErrorCode::Internal, {}, context + QStringLiteral(": no sqlite3 handle"));
    }
    for (const QString &statement : sqlStatements(script)) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            return Error::make(ErrorCode::Internal, {}, QStringLiteral("%1: %2 (in: %3)").arg(
                context, q.lastError().text(), firstLine(statement)));
        }
    }
    return {};
}

Result<QMap<int, QString>> migrationFiles(const QString &dir)
{
    QMap<int, QString> found;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (!ok || version <= 0)
            continue;
        if (found.contains(version)) {
            return Error::make(ErrorCode::Internal, QStringLiteral("migration"),
                               QStringLiteral("two migrations numbered %1 in %2").arg(version).arg(dir));
        }
        found.insert(version, d.filePath(name));
    }
    if (!found.isEmpty() && found.lastKey() != found.size()) {
        return Error::make(ErrorCode::Internal, QStringLiteral("migration"),
                           QStringLiteral("a migration between 1 and %1 is missing in %2").arg(found.lastKey()).arg(dir));
    }
    return found;
}

Status applyMigrationFile(QSqlDatabase &db, const QString &file, const std::function<Status()> &record)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Internal, QStringLiteral("migration"),
                           QStringLiteral("cannot read migration %1: %2").arg(file, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return Error::make(ErrorCode::Internal, QStringLiteral("migration"),
                           QStringLiteral("cannot read migration %1: %2").arg(file, f.errorString()));
    const QString context = QStringLiteral("migration ") + QFileInfo(file).fileName();
    if (Status s = execSqlScript(db, QString::fromUtf8(bytes), context); !s.ok())
        return s;
    return record();
}

} // namespace mt
