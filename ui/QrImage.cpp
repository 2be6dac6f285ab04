#include "QrImage.h"

#include "joinlink/QrCode.h"

#include <QPainter>
#include <QRectF>

QImage QrImage::render(const QrCode& code, int moduleSize)
{
    if (code.isNull() || moduleSize < 1)
        return QImage();
    const int side = (code.size() + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, code, QRectF(0, 0, side, side));
    return image;
}

void QrImage::paint(QPainter& painter, const QrCode& code, const QRectF& target)
{
    if (code.isNull())
        return;
    const int modules = code.size() + 2 * QuietZone;
    const qreal module = qMin(target.width(), target.height()) / modules;
    const qreal side = module * modules;
    const QPointF origin(target.x() + (target.width() - side) / 2, target.y() + (target.height() - side) / 2);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // sharp module edges, nothing grey for the scanner
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.module(x, y))
                painter.fillRect(QRectF(origin.x() + (x + QuietZone) * module, origin.y() + (y + QuietZone) * module,
                                        module, module),
                                 Qt::black);
        }
    }
    painter.restore();
}
