// UUIDv7 generation.
#include "common/Uuid.h"

#include "common/Clock.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace mt {

QString newUuidV7(const Clock &clock)
{
    std::array<quint8, 16> b{};
    const quint64 ms = static_cast<quint64>(clock.nowMs());
    for (int i = 0; i < 6; ++i)
        b[static_cast<size_t>(i)] = static_cast<quint8>(ms >> (8 * (5 - i)));
    QRandomGenerator *rng = QRandomGenerator::system();
    for (size_t i = 6; i < 16; ++i)
        b[i] = static_cast<quint8>(rng->bounded(256));
    b[6] = static_cast<quint8>((b[6] & 0x0F) | 0x70); // version 7
    b[8] = static_cast<quint8>((b[8] & 0x3F) | 0x80); // variant 10
    const QByteArray raw(reinterpret_cast<const char *>(b.data()), 16);
    const QString hex = QString::fromLatin1(raw.toHex());
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

bool isUuid(const QString &text)
{
    // anchoredPattern: "$" alone would also accept a trailing newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    return re.match(text).hasMatch();
}

} // namespace mt
