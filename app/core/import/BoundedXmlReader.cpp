#include "BoundedXmlReader.h"

BoundedXmlReader::BoundedXmlReader(QIODevice* device)
    : m_xml(device)
{
}

BoundedXmlReader::BoundedXmlReader(const QByteArray& data)
    : m_xml(data)
{
}

QXmlStreamReader::TokenType BoundedXmlReader::readNext()
{
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    switch (token) {
    case QXmlStreamReader::StartElement:
        if (++m_depth > MaxDepth)
            m_xml.raiseError(tr("elements are nested more than %1 deep").arg(MaxDepth));
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::DTD:
        m_xml.raiseError(tr("it declares a document type, which a workbook never does"));
        break;
    default:
        break;
    }
    return m_xml.hasError() ? QXmlStreamReader::Invalid : token;
}

bool BoundedXmlReader::readNextStartElement()
{
    while (goesOn()) {
        const QXmlStreamReader::TokenType token = readNext();
        if (token == QXmlStreamReader::StartElement)
            return true;
        if (token == QXmlStreamReader::EndElement)
            return false;
    }
    return false;
}

QString BoundedXmlReader::readElementText(qsizetype maxLength)
{
    QString text;
    const int depth = m_depth;
    while (goesOn()) {
        const QXmlStreamReader::TokenType token = readNext();
        if (token == QXmlStreamReader::EndElement && m_depth < depth)
            break;
        if (token != QXmlStreamReader::Characters && token != QXmlStreamReader::EntityReference)
            continue;
        if (text.size() + m_xml.text().size() > maxLength) {
            m_xml.raiseError(tr("a text has more than %L1 characters").arg(maxLength));
            break;
        }
        text += m_xml.text();
    }
    return text;
}

void BoundedXmlReader::skipCurrentElement()
{
    const int depth = m_depth;
    while (goesOn()) {
        if (readNext() == QXmlStreamReader::EndElement && m_depth < depth)
            return;
    }
}
