// The history reader on any file content: the JSON document, its entries and their fields. A damaged file is set
// aside by the store, so each input starts in an empty folder.
#include "history/HistoryStore.h"

#include "FuzzApplication.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureFuzzApplication();
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("history.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    HistoryStore store(path);
    if (store.load()) {
        for (const HistoryEntry& entry : store.entries())
            (void)store.entry(entry.id);
    }
    (void)store.lastError();
    QDir(folder.path()).removeRecursively();
    QDir().mkpath(folder.path());
    return 0;
}
