// Parses one /rest/sdmk answer: envelope and paging checks, then per-record validation and mapping.
#pragma once

#include "domain/personnel/Personnel.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

class SisdmkMapper;

struct RejectedRecord
{
    QString nik;          // when the record had a string NIK
    QStringList reasons;
    QByteArray raw;       // compact JSON of the record as received
};

struct ParsedPage
{
    enum class Kind { Ok, Auth, Format };
    Kind kind = Kind::Ok;
    QString error;                  // for Auth/Format (English, for logs and the run audit)
    QList<PersonnelRecord> valid;
    QList<RejectedRecord> rejected;
    qint64 received = 0;
    std::optional<int> nextPage;    // null on the last page
    qint64 total = 0;
    int perPage = 0;
    qint64 parseMs = 0;             // time spent parsing (pipeline tuning, logged per page)
};

class PageParser
{
public:
    // Fields whose absence from every record of a non-empty page means the format changed.
    static const QStringList &requiredFields();
    // Pure and thread-safe (runs on a pool thread); never throws, whatever the bytes.
    // Tries parseFast, else parseQt: the same result either way (the fast path declines what it cannot
    // match exactly). MEDTRACK_SISDMK_QT_PARSER=1 forces the Qt path (comparisons, diagnosis).
    static ParsedPage parse(const QByteArray &body, const SisdmkMapper &mapper, QDate today);
    // QJsonDocument: handles everything (invalid UTF-8 sanitised and flagged, every format error).
    static ParsedPage parseQt(const QByteArray &body, const SisdmkMapper &mapper, QDate today);
    // simdjson (when built with it): well-formed pages only; nullopt = use parseQt.
    static std::optional<ParsedPage> parseFast(const QByteArray &body, const SisdmkMapper &mapper, QDate today);

    static inline const QString InvalidUtf8 = QStringLiteral("invalid_utf8");
    static inline const QString NotObject = QStringLiteral("not_an_object");
};

} // namespace mt
