// The presets reader on any settings file: its names, and each preset with its settings and members.
#include "presets/PresetStore.h"

#include "FuzzApplication.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureFuzzApplication();
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("presets.ini"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    QSettings settings(path, QSettings::IniFormat);
    PresetStore store(&settings);
    for (const QString& name : store.names())
        (void)store.load(name);
    return 0;
}
