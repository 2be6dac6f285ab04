// The emulator's HTTP request parser on any bytes from a connection, fed in pieces as a socket delivers them: the
// first byte says where the input is cut.
#include "HttpRequestParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qsizetype piece = 1 + data[0];
    HttpRequestParser parser;
    for (qsizetype from = 0; from < bytes.size(); from += piece) {
        parser.feed(bytes.mid(from, piece));
        HttpRequest request;
        HttpRequestParser::Status status;
        while ((status = parser.next(&request)) == HttpRequestParser::Status::Ready)
            (void)request.keepAlive();
        if (status == HttpRequestParser::Status::Error) {
            (void)parser.errorStatus();
            return 0;
        }
    }
    return 0;
}
