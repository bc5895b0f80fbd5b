// Paints the severity icons: red octagon "!", amber triangle "!", blue circle "i" (shape differs too).
#include "base/SeverityStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>
#include <QtMath>

namespace mt {

namespace {

QPixmap paintIcon(AlertSeverity s, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = SeverityStyle::colour(s);
    const qreal m = size * 0.06;
    const QRectF r(m, m, size - 2 * m, size - 2 * m);
    p.setPen(QPen(c.darker(130), size / 24.0));
    p.setBrush(c);
    if (s == AlertSeverity::Critical) {
        QPolygonF oct;
        for (int i = 0; i < 8; ++i) {
            const qreal a = qDegreesToRadians(22.5 + 45.0 * i);
            oct << r.center() + QPointF(std::cos(a) * r.width() / 2, std::sin(a) * r.height() / 2);
        }
        p.drawPolygon(oct);
    } else if (s == AlertSeverity::Warning) {
        QPolygonF tri;
        tri << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        p.drawPolygon(tri);
    } else {
        p.drawEllipse(r);
    }
    QFont f;
    f.setBold(true);
    f.setPixelSize(int(size * (s == AlertSeverity::Warning ? 0.55 : 0.65)));
    p.setFont(f);
    p.setPen(s == AlertSeverity::Warning ? QColor(Qt::black) : QColor(Qt::white));
    QRectF textRect = r;
    if (s == AlertSeverity::Warning)
        textRect.adjust(0, size * 0.18, 0, 0);
    p.drawText(textRect, Qt::AlignCenter, s == AlertSeverity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    return pm;
}

} // namespace

QColor SeverityStyle::colour(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Critical: return QColor(0xC6, 0x28, 0x28);
    case AlertSeverity::Warning: return QColor(0xF5, 0x9E, 0x0B);
    case AlertSeverity::Info: return QColor(0x15, 0x65, 0xC0);
    }
    return {};
}

QColor SeverityStyle::textColour(AlertSeverity s)
{
    return s == AlertSeverity::Warning ? QColor(0x8D, 0x5A, 0x00) : colour(s);
}

QColor SeverityStyle::incidentTextColour(int severity)
{
    return textColour(severity <= 1 ? AlertSeverity::Critical
                                    : severity == 2 ? AlertSeverity::Warning : AlertSeverity::Info);
}

QIcon SeverityStyle::icon(AlertSeverity s)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(paintIcon(s, size));
    return icon;
}

QColor SeverityStyle::incidentColour(int severity)
{
    return colour(severity <= 1 ? AlertSeverity::Critical
                                : severity == 2 ? AlertSeverity::Warning : AlertSeverity::Info);
}

QIcon SeverityStyle::incidentIcon(int severity)
{
    return icon(severity <= 1 ? AlertSeverity::Critical
                              : severity == 2 ? AlertSeverity::Warning : AlertSeverity::Info);
}

QColor SeverityStyle::slaColour(SlaState s)
{
    switch (s) {
    case SlaState::OnTrack:
    case SlaState::Met: return QColor(0x2E, 0x7D, 0x32);
    case SlaState::AtRisk: return QColor(0xB2, 0x6A, 0x00);
    case SlaState::Breached:
    case SlaState::Missed: return QColor(0xC6, 0x28, 0x28);
    }
    return {};
}

QColor SeverityStyle::escalatedBackground()
{
    return QColor(0xFF, 0xE0, 0xB2);
}

} // namespace mt
