#pragma once

/** The kind of file the importer recognised by its content (never by its name). */
enum class ImportFormat
{
    Unknown, // not recognised: see the error (a recognised but broken workbook says Xlsx)
    Xlsx, // an Office Open XML workbook
    Delimited, // comma-, tab- or semicolon-separated text
    PlainList, // one entry per line
};
