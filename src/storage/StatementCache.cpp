// StatementCache: sqlite3_prepare once per connection, bind without QVariant round trips.
#include "StatementCache.h"

#include "SqliteRaw.h"

#include <sqlite3.h>

namespace mt {

void Stmt::bind(int index, const QString &text)
{
    sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void Stmt::bind(int index, const QByteArray &utf8Text)
{
    sqlite3_bind_text(m_stmt, index, utf8Text.constData(), int(utf8Text.size()), SQLITE_TRANSIENT);
}

void Stmt::bindStatic(int index, const char *utf8, int length)
{
    sqlite3_bind_text(m_stmt, index, length == 0 ? "" : utf8, length, SQLITE_STATIC);
}

void Stmt::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Stmt::bindBlob(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void Stmt::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Stmt::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: bind(index, value.toString()); break; // a null QString binds '' (NOT NULL columns)
    case QMetaType::QByteArray: bindBlob(index, value.toByteArray()); break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool: bind(index, value.toLongLong()); break;
    default:
        if (value.isNull())
            bindNull(index);
        else
            bind(index, value.toString());
    }
}

void Stmt::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values.at(i));
}

bool Stmt::step(Status &status, const QString &context)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        status = Error::make(sqlite::codeFor(rc), {}, context + QStringLiteral(": ") +
                                                          QString::fromUtf8(sqlite3_errmsg(m_db)));
        if (status.ok())
            status.code = ErrorCode::Internal;
    }
    return false;
}

qint64 Stmt::int64At(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Stmt::blobAt(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Stmt::isNullAt(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Stmt::changes() const
{
    return sqlite3_changes(m_db);
}

void Stmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

StatementCache::~StatementCache()
{
    qDeleteAll(m_stmts);
    for (sqlite3_stmt *s : std::as_const(m_raw))
        sqlite3_finalize(s);
}

Result<Stmt *> StatementCache::get(const QString &sql)
{
    if (Stmt *s = m_stmts.value(sql))
        return s;
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &raw,
                                      nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(raw);
        return Error::make(sqlite::codeFor(rc) == ErrorCode::Ok ? ErrorCode::Internal : sqlite::codeFor(rc), {},
                           QStringLiteral("prepare: ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    m_raw.insert(sql, raw);
    auto *stmt = new Stmt(m_db, raw);
    m_stmts.insert(sql, stmt);
    return stmt;
}

} // namespace mt
