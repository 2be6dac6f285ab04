#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

/**
 * Writes a minimal one-sheet .xlsx in memory with QuaZip, so the command line tests carry no binary fixtures.
 * Condensed from tests/core/import/XlsxFixture.cpp (the importer's own fixture, which this suite does not link):
 * only the parts a reader needs, every text cell a shared string.
 */
class CliXlsx
{
public:
    /** A workbook whose Sheet1 holds `rows`; cells that are whole numbers are written as numbers, like Excel does. */
    static QByteArray workbook(const QList<QStringList>& rows);
};
