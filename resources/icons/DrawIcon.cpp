// Draws the application icon at every size the window uses. Not part of the build: the PNGs beside this file are
// its output, checked in. To redraw, from the repository root:
//   g++ -std=c++17 -fPIC $(pkg-config --cflags Qt6Gui) resources/icons/DrawIcon.cpp -o /tmp/draw-icon \
//       $(pkg-config --libs Qt6Gui) && QT_QPA_PLATFORM=offscreen /tmp/draw-icon
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    for (int size : {16, 32, 48, 64, 128, 256}) {
        QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 256.0, size / 256.0);
        QLinearGradient g(0, 0, 0, 256);
        g.setColorAt(0, QColor(0x3c, 0x8c, 0xff));
        g.setColorAt(1, QColor(0x16, 0x66, 0xe0));
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52);
        // A speech bubble: a group chat.
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(46, 58, 164, 118), 40, 40);
        QPainterPath tail;
        tail.moveTo(78, 164); tail.lineTo(66, 210); tail.lineTo(120, 170); tail.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(bubble.united(tail));
        // A plus: a new one.
        p.setBrush(QColor(0x16, 0x66, 0xe0));
        p.drawRoundedRect(QRectF(116, 82, 24, 70), 10, 10);
        p.drawRoundedRect(QRectF(93, 105, 70, 24), 10, 10);
        p.end();
        img.save(QStringLiteral("resources/icons/dingtalk-group-creator-%1.png").arg(size));
    }
}
