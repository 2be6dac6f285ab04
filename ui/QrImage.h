#pragma once

#include <QImage>

class QPainter;
class QRectF;
class QrCode;

/**
 * Draws a QrCode: dark modules on white with the quiet zone scanners need (4 modules on every side), at whole
 * pixels per module so that no edge is blurred. The window, the saved PNG and the printed page share this code.
 */
class QrImage
{
public:
    static constexpr int QuietZone = 4;

    /** The code at `moduleSize` pixels per module, quiet zone included; a null image for a null code. */
    static QImage render(const QrCode& code, int moduleSize);
    /** Paints the code, quiet zone included, as the largest square that fits `target`, centred. */
    static void paint(QPainter& painter, const QrCode& code, const QRectF& target);
};
