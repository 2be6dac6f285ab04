#pragma once

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

class QIODevice;

/**
 * A QXmlStreamReader for the parts of a workbook from an unknown source: it refuses what no spreadsheet writes and
 * what would make reading cost more than the part's size. Elements nested deeper than MaxDepth (the reader keeps
 * every open element, so ten million nested ones took gigabytes), a document type declaration (the only way to
 * entities that expand), and element texts longer than the caller allows end in an error, as a malformed document
 * does. Read every token through this class, never through xml(), or the depth is not counted.
 */
class BoundedXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundedXmlReader)

public:
    /** Far deeper than any part of a workbook (a cell of rich text is 7 levels down). */
    static constexpr int MaxDepth = 64;

    explicit BoundedXmlReader(QIODevice* device);
    explicit BoundedXmlReader(const QByteArray& data);

    /** QXmlStreamReader::readNext(), counting the depth. */
    QXmlStreamReader::TokenType readNext();
    /** QXmlStreamReader::readNextStartElement(): the next child of the current element, false at its end. */
    bool readNextStartElement();
    /**
     * At a start element: the text inside it (that of child elements included), up to its end element. More than
     * `maxLength` characters is an error: what was read so far is returned.
     */
    QString readElementText(qsizetype maxLength);
    /** At a start element: reads up to its end element. */
    void skipCurrentElement();

    bool atEnd() const { return m_xml.atEnd(); }
    bool hasError() const { return m_xml.hasError(); }
    /** Whether the loop over tokens should go on: neither at the end nor failed (a cut part is not atEnd()). */
    bool goesOn() const { return !m_xml.atEnd() && !m_xml.hasError(); }
    /** The current token, for its name, attributes and text. */
    const QXmlStreamReader& xml() const { return m_xml; }
    QStringView name() const { return m_xml.name(); }

private:
    QXmlStreamReader m_xml;
    int m_depth = 0;
};
