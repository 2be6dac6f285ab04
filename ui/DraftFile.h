#pragma once

#include "FormDraft.h"

#include <QString>
#include <optional>

/**
 * The autosaved form, kept in one JSON file (owner-only: it holds names and phone numbers) so that work left
 * unfinished, by a quit or a crash, comes back at the next start.
 */
class DraftFile
{
public:
    /** `path` empty: the default file in the application's data folder. */
    explicit DraftFile(const QString& path = QString());

    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    bool save(const FormDraft& draft) const;
    /** The saved draft; nothing when there is none, or it cannot be read. */
    std::optional<FormDraft> load() const;
    void remove() const;

private:
    QString m_path;
};
