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
    /**
     * Ids typed into the add box: split as pasted text is, except that a word of letters followed by a blank and a
     * number ("user 0002") stays one entry, blank included: it looks like one id with a blank typed into it, so
     * validation flags it instead of two wrong ids being added silently.
     */
    static QStringList splitTyped(const QString& text);
    static QStringList splitLines(const QString& text);
};
