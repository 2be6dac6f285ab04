// The connection profiles reader on any connections.ini: every profile, its URLs, proxy and certificate fields.
#include "connections/ProfileStore.h"

#include "FuzzApplication.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureFuzzApplication();
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("connections.ini"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    ProfileStore store(path);
    for (const ConnectionProfile& profile : store.profiles())
        (void)store.profile(profile.id);
    (void)store.activeProfile();
    return 0;
}
