// The workbook reader on XML it did not expect. A fuzzer that mutates zip bytes rarely gets past the deflate
// stream, so this target zips the input itself: the input is the text of the parts, separated by lines "----", in
// the order sheet, shared strings, workbook, workbook relationships (a part left out is a valid default). The zip
// is then valid, and every mutation reaches XlsxReader's XML handling.
#include "XlsxFixture.h"
#include "import/MemberImporter.h"

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace {

const QByteArray DefaultWorkbook
    = QByteArrayLiteral("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
const QByteArray DefaultRelationships = QByteArrayLiteral(
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/></Relationships>");
const QByteArray PackageRelationships
    = QByteArrayLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" "
                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        "Target=\"xl/workbook.xml\"/></Relationships>");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (qsizetype at = input.indexOf("\n----\n"); at >= 0; at = input.indexOf("\n----\n", from)) {
        parts.append(input.mid(from, at - from));
        from = at + 6;
    }
    parts.append(input.mid(from));
    const QByteArray workbook = XlsxFixture::zip({
        { QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<Types/>") },
        { QStringLiteral("_rels/.rels"), PackageRelationships },
        { QStringLiteral("xl/workbook.xml"), parts.size() > 2 ? parts.at(2) : DefaultWorkbook },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), parts.size() > 3 ? parts.at(3) : DefaultRelationships },
        { QStringLiteral("xl/sharedStrings.xml"), parts.size() > 1 ? parts.at(1) : QByteArrayLiteral("<sst/>") },
        { QStringLiteral("xl/worksheets/sheet1.xml"), parts.value(0) },
    });
    ImportResult result = MemberImporter::readData(workbook);
    if (!result.ok()) {
        (void)result.error.message();
        return 0;
    }
    const ColumnChoice choice = MemberImporter::guessColumns(result.table);
    (void)MemberImporter::toMembers(result.table, choice);
    (void)result.table.rows();
    return 0;
}
