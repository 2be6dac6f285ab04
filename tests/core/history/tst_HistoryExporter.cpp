// Exports for Excel: the CSV parsed back (byte-order mark, RFC 4180 quoting, ids kept as text) and the XLSX unzipped
// and its sheet compared with the entries.
#include "history/HistoryExporter.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace {

/** A plain RFC 4180 reader: what a spreadsheet does before it looks at the cells. */
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

/** What Excel shows for a cell written as ="text". */
QString excelValue(const QString& field)
{
    if (field.startsWith(QLatin1String("=\"")) && field.endsWith(QLatin1Char('"')))
        return field.mid(2, field.size() - 3).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return field;
}

QByteArray zipEntry(const QString& zipPath, const QString& name)
{
    QuaZipFile file(zipPath, name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

/** Cell reference ("B3") to its value as a spreadsheet reads it; `types` gets each cell's t attribute. */
QHash<QString, QString> readSheet(const QString& zipPath, QHash<QString, QString>* types)
{
    QStringList shared;
    QXmlStreamReader strings(zipEntry(zipPath, QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == QLatin1String("si"))
            current.clear();
        else if (strings.isStartElement() && strings.name() == QLatin1String("t"))
            current += strings.readElementText();
        else if (strings.isEndElement() && strings.name() == QLatin1String("si"))
            shared.append(current);
    }
    QHash<QString, QString> cells;
    QXmlStreamReader sheet(zipEntry(zipPath, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref;
    QString type;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement() && sheet.name() == QLatin1String("c")) {
            ref = sheet.attributes().value(QLatin1String("r")).toString();
            type = sheet.attributes().value(QLatin1String("t")).toString();
            types->insert(ref, type);
        } else if (sheet.isStartElement() && sheet.name() == QLatin1String("v")) {
            const QString value = sheet.readElementText();
            cells.insert(ref, type == QLatin1String("s") ? shared.value(value.toInt()) : value);
        }
    }
    return cells;
}

QString cellRef(int column, int row)
{
    return QString(QChar(QLatin1Char('A').unicode() + column)) + QString::number(row + 1);
}

} // namespace

class TestHistoryExporter : public QObject
{
    Q_OBJECT

private:
    static QList<HistoryEntry> entries()
    {
        HistoryEntry tricky;
        tricky.id = HistoryEntry::createId();
        tricky.time = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 5), Qt::UTC);
        tricky.profile = QStringLiteral("总部");
        tricky.name = QStringLiteral("他说\"你好\",\n再见");
        tricky.owner = QStringLiteral("0123456789012345678"); // leading zero and more than 15 digits
        tricky.memberCount = 3;
        tricky.membersInGroup = 2;
        tricky.settings.validation = true;
        tricky.settings.managementOwnerOnly = true;
        tricky.openConversationId = QStringLiteral("cid+abc/12==");
        tricky.chatid = QStringLiteral("chat0a1b");
        tricky.outcome = QStringLiteral("created-partially");
        tricky.errcode = QStringLiteral("40031");
        tricky.errmsg = QStringLiteral("=HYPERLINK(\"http://evil\")"); // a formula must stay text
        tricky.failedMembers.append(
            FailedMember{ QStringLiteral("007"), {}, QStringLiteral("40031"), QStringLiteral("不合法的员工列表") });

        HistoryEntry plain;
        plain.id = HistoryEntry::createId();
        plain.time = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        plain.generation = ApiGeneration::V1;
        plain.name = QStringLiteral("全员群");
        plain.owner = QStringLiteral("manager4220");
        plain.memberCount = 41;
        plain.membersInGroup = 41;
        plain.chatid = QStringLiteral("2024-01-02"); // would become a date
        plain.outcome = QStringLiteral("created");
        return { tricky, plain };
    }

    /** The row as a spreadsheet user sees it, for CSV and XLSX alike. */
    static QStringList expectedRow(const HistoryEntry& entry)
    {
        QStringList row;
        for (const QVariant& cell : HistoryExporter::row(entry))
            row.append(cell.toString());
        return row;
    }

private slots:
    void excelConversions_areRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("converted");
        QTest::newRow("leading zero") << QStringLiteral("0123") << true;
        QTest::newRow("long digits") << QStringLiteral("12345678901234567890") << true;
        QTest::newRow("date") << QStringLiteral("2024-01-02") << true;
        QTest::newRow("fraction") << QStringLiteral("1/2") << true;
        QTest::newRow("formula") << QStringLiteral("=1+1") << true;
        QTest::newRow("plus") << QStringLiteral("+8613800000000") << true;
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << true;
        QTest::newRow("boolean") << QStringLiteral("TRUE") << true;
        QTest::newRow("userid") << QStringLiteral("manager4220") << false;
        QTest::newRow("chinese") << QStringLiteral("项目组") << false;
        QTest::newRow("chatid") << QStringLiteral("chat0a1b") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void excelConversions_areRecognised()
    {
        QFETCH(QString, text);
        QFETCH(bool, converted);
        QCOMPARE(HistoryExporter::excelWouldConvert(text), converted);
    }

    void csvField_protectsAndQuotes()
    {
        QCOMPARE(HistoryExporter::csvField(QStringLiteral("0123")), QStringLiteral("\"=\"\"0123\"\"\""));
        QCOMPARE(HistoryExporter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(HistoryExporter::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(HistoryExporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        const QString longFormula = QLatin1Char('=') + QString(300, QLatin1Char('x'));
        QCOMPARE(HistoryExporter::csvField(longFormula), QLatin1Char('\'') + longFormula);
    }

    void csv_parsesBackToTheEntries()
    {
        const QList<HistoryEntry> list = entries();
        const QByteArray csv = HistoryExporter::toCsv(list);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), HistoryExporter::headers());
        for (int i = 0; i < list.size(); ++i) {
            QStringList shown;
            for (const QString& field : rows.at(i + 1))
                shown.append(excelValue(field));
            QCOMPARE(shown, expectedRow(list.at(i)));
        }
        // Ids that Excel would turn into numbers or dates are formulas that yield the text.
        const QStringList tricky = rows.at(1);
        const int owner = int(HistoryExporter::headers().indexOf(HistoryExporter::tr("Owner")));
        QCOMPARE(tricky.at(owner), QStringLiteral("=\"0123456789012345678\""));
        QCOMPARE(rows.at(2).at(owner), QStringLiteral("manager4220"));
        QVERIFY(tricky.last().startsWith(QLatin1String("007 ")));
        // The name with a quote, a comma and a line break survives as one field.
        QCOMPARE(tricky.at(int(HistoryExporter::headers().indexOf(HistoryExporter::tr("Group name")))),
                 list.first().name);
    }

    void xlsx_holdsTheEntriesAsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("历史.xlsx"));
        QString error;
        const QList<HistoryEntry> list = entries();
        QVERIFY2(HistoryExporter::writeXlsx(list, path, &error), qPrintable(error));
        QHash<QString, QString> types;
        const QHash<QString, QString> cells = readSheet(path, &types);
        QVERIFY(!cells.isEmpty());
        const QStringList headers = HistoryExporter::headers();
        for (int column = 0; column < headers.size(); ++column)
            QCOMPARE(cells.value(cellRef(column, 0)), headers.at(column));
        for (int row = 0; row < list.size(); ++row) {
            const QList<QVariant> raw = HistoryExporter::row(list.at(row));
            const QStringList expected = expectedRow(list.at(row));
            for (int column = 0; column < expected.size(); ++column) {
                const QString ref = cellRef(column, row + 1);
                QCOMPARE(cells.value(ref), expected.at(column));
                // Texts (ids too) are string cells; only counts and settings are numbers.
                if (!expected.at(column).isEmpty())
                    QCOMPARE(types.value(ref) == QLatin1String("s"), raw.at(column).typeId() != QMetaType::Int);
            }
        }
    }

    void xlsx_reportsAnUnwritablePath()
    {
        QString error;
        QVERIFY(!HistoryExporter::writeXlsx(entries(), QStringLiteral("/nonexistent-dir/x.xlsx"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryExporter)
#include "tst_HistoryExporter.moc"
