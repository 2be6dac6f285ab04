#include "DraftFile.h"

#include "files/OwnerOnlyFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

DraftFile::DraftFile(const QString& path)
    : m_path(path.isEmpty() ? defaultFilePath() : path)
{
}

QString DraftFile::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/draft.json");
}

bool DraftFile::save(const FormDraft& draft) const
{
    return OwnerOnlyFile::write(m_path, QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
}

std::optional<FormDraft> DraftFile::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    return FormDraft::fromJson(document.object());
}

void DraftFile::remove() const
{
    QFile::remove(m_path);
}
