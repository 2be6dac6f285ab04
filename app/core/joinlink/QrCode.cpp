#include "QrCode.h"

#include <qrencode.h>

QrCode QrCode::encode(const QString& text)
{
    QrCode code;
    const QByteArray data = text.toUtf8();
    // Byte mode for the whole text: a URL never gains from mixed modes enough to matter, and every reader decodes it.
    QRcode* encoded = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0,
                                        QR_ECLEVEL_M);
    if (!encoded)
        return code;
    code.m_size = encoded->width;
    code.m_version = encoded->version;
    code.m_modules.reserve(code.m_size * code.m_size);
    for (int i = 0; i < code.m_size * code.m_size; ++i)
        code.m_modules.append(encoded->data[i] & 1); // bit 0 is "dark"; the other bits describe the module's role
    QRcode_free(encoded);
    return code;
}
