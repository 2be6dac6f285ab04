#include "TextHalves.h"

#include <thread>

qsizetype TextHalves::secondHalfStart(QByteArrayView text)
{
    if (text.size() < ParallelFrom || std::thread::hardware_concurrency() < 2)
        return -1;
    qsizetype lineBreak = text.indexOf('\n', text.size() / 2);
    if (lineBreak < 0) // old Mac files end their lines with CR alone
        lineBreak = text.indexOf('\r', text.size() / 2);
    return lineBreak < 0 ? -1 : lineBreak + 1;
}
