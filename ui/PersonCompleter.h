#pragma once

#include "directory/Directory.h"

#include <QCompleter>

class QLineEdit;
class QStandardItemModel;

/**
 * Completes a person by name in a line edit (the owner field): typing 王建 offers "王建国 · 总经办 · manager4220",
 * from Directory::search, and choosing a suggestion puts that person's userid in the field. People who share a name
 * are offered side by side with department and title; nothing is chosen without the user.
 *
 * The completer is not the line edit's own (QLineEdit::setCompleter would put the suggestion's whole text in the
 * field): it watches what the user types and writes the userid itself.
 */
class PersonCompleter : public QCompleter
{
    Q_OBJECT

public:
    static constexpr int MaxSuggestions = 20;
    static constexpr int UserIdRole = Qt::UserRole + 1;

    explicit PersonCompleter(QLineEdit* edit);

    /** The people to offer; a null Directory offers nobody. */
    void setDirectory(const Directory& directory);

    /**
     * What the field's text means, for the line beside it: the person's name and department for a userid the
     * directory knows, a request to choose from the list for a name (one person or several), else empty.
     */
    QString describe(const QString& text) const;

signals:
    /** The user chose a suggestion: the field now holds this userid. */
    void personChosen(const QString& userid);

private:
    void suggest(const QString& text);
    void choose(const QModelIndex& index);

    QLineEdit* m_edit;
    QStandardItemModel* m_suggestions;
    Directory m_directory;
};
