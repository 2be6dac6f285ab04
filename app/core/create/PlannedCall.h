#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/** One HTTP call of a request preview, with every token and secret already masked. */
struct PlannedCall
{
    QString title; // "Create the group with members 1–40", in the user's language
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // JSON, empty for GET

    /** A command to paste into a shell: `curl -X POST 'URL' -H 'Name: value' --data-raw '…'`. */
    QString curlCommand() const;
    /** `text` in single quotes for a POSIX shell; a quote inside becomes '\''. */
    static QString shellQuote(const QString& text);
};
