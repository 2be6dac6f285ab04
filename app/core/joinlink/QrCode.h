#pragma once

#include <QList>
#include <QString>

/**
 * A QR code as a square of dark and light modules, without a quiet zone. Drawing it (to an image, a PNG, the
 * clipboard) belongs to the widgets layer; the core only computes the matrix.
 */
class QrCode
{
public:
    /** Encodes `text` as UTF-8 in 8-bit mode, error correction level M, the smallest version that fits. */
    static QrCode encode(const QString& text);

    /** True when encoding failed (the text is too long for any QR version). */
    bool isNull() const { return m_size == 0; }
    /** Modules per side: 21 + 4 * (version - 1). */
    int size() const { return m_size; }
    int version() const { return m_version; }
    /** True for a dark module; x is the column, y the row, both from the top left. */
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }

private:
    int m_size = 0;
    int m_version = 0;
    QList<bool> m_modules; // row by row
};
