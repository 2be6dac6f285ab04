#pragma once

#include <QStringList>

/**
 * Turns text that users paste or keep in plain files into member ids.
 *
 * Pasted text comes from chat windows, spreadsheets and e-mails, so it is split on every separator people use:
 * line breaks, commas, semicolons, tabs, spaces, the Chinese 、，； and full-width or non-breaking spaces.
 * A plain list file holds one id per line, so an id with a blank inside stays whole there and validation reports it.
 */
class MemberTextParser
{
public:
    static QStringList splitPasted(const QString& text);
    static QStringList splitLines(const QString& text);
};
