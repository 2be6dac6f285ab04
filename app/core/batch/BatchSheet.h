#pragma once

#include "BatchColumns.h"
#include "BatchRow.h"
#include "import/ImportError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/** A batch sheet as read: its shape, what each column holds, and one BatchRow per group; or why it cannot be used. */
struct BatchSheet
{
    enum class Shape
    {
        OneRowPerGroup,
        OneRowPerPerson, // a group name appears on more than one row
    };
    enum class Error
    {
        None,
        Import, // the file itself: `importError` says why
        NoNameColumn,
        NoPeopleColumn,
        NoRows,
    };

    Shape shape = Shape::OneRowPerGroup;
    QStringList titles;
    BatchColumns columns;
    QList<BatchRow> rows;
    QByteArray contentDigest; // SHA-256 of the file's bytes: with the connection, it names the batch's journal
    Error error = Error::None;
    ImportError importError;

    bool ok() const { return error == Error::None; }
    /** A stable code for the JSON output: the importer's ("too-large"…) or "no-name-column" and so on. */
    QString errorCode() const;
    /** What is wrong and what to do, in the current language. */
    QString errorMessage() const;
};
