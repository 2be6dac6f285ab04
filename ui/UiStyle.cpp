#include "UiStyle.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QWidget>

void UiStyle::setTone(QWidget* widget, Tone tone)
{
    const QPalette base = QApplication::palette(widget);
    // Dark themes need lighter reds and blues to stay readable.
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    QColor color;
    switch (tone) {
    case Tone::Normal:
        color = base.color(QPalette::WindowText);
        break;
    case Tone::Secondary:
        color = base.color(QPalette::PlaceholderText);
        break;
    case Tone::Error:
        color = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x24, 0x1b);
        break;
    case Tone::Notice:
        color = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x2f, 0x5f, 0x8a);
        break;
    }
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Active, QPalette::WindowText, color);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, color);
    widget->setPalette(palette);
}
