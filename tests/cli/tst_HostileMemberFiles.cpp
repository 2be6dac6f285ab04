// Member files built to hurt: each kind a hostile user or a broken export could hand the command line, made here
// (nothing binary is checked in), fed to the built dingtalk-group-cli as a child process. Every one must be read or
// refused with exit 2 and a clear reason, within the time limit and under 1 GB of peak memory (the child's high-water
// mark, from wait4()), with output of a bounded size. Each run prints its figures: "hostile <kind>: … ms, … MB".
#include "ChildProcess.h"
#include "XlsxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <map>

namespace {

// The goal, for a Release build. A Debug build (the default CI) runs the same code several times slower on a shared
// machine, so only a hang is caught there; a sanitizer build doubles memory and is checked for the outcome only.
#if defined(DTG_SANITIZED)
constexpr bool MeasuresResources = false;
#else
constexpr bool MeasuresResources = true;
#endif
#if defined(DTG_OPTIMISED_BUILD)
constexpr qint64 TimeLimitMs = 10000;
#else
constexpr qint64 TimeLimitMs = 60000;
#endif
constexpr qint64 MemoryLimitKb = 1024 * 1024;
constexpr qint64 OutputLimit = 64 * 1024; // a message, or one JSON object: never as big as the file
constexpr qint64 MaxMemberFile = 50 * 1024 * 1024;

/** What a kind of file is, and what the command line must make of it. */
struct Kind
{
    using Maker = std::function<QByteArray(const QString& folder)>;
    Kind() = default;
    Kind(Maker make, ChildProcess::Feeder standardInput, int exitCode, QString outcome, QStringList extraArguments = {},
         QByteArray mustShow = {})
        : make(std::move(make))
        , standardInput(std::move(standardInput))
        , exitCode(exitCode)
        , outcome(std::move(outcome))
        , extraArguments(std::move(extraArguments))
        , mustShow(std::move(mustShow))
    {
    }

    std::function<QByteArray(const QString& folder)> make; // writes the file, returns its name (bytes) or "-"
    ChildProcess::Feeder standardInput; // for "-"
    int exitCode = 2;
    QString outcome; // importError, else the first issue code, else errcode, else outcome (see outcomeOf())
    QStringList extraArguments;
    QByteArray mustShow; // in standard output, when not empty
};

QString outcomeOf(const QJsonObject& json)
{
    if (json.contains(QLatin1String("importError")))
        return json.value(QLatin1String("importError")).toString();
    const QJsonArray issues = json.value(QLatin1String("issues")).toArray();
    if (!issues.isEmpty())
        return issues.first().toObject().value(QLatin1String("code")).toString();
    if (json.value(QLatin1String("errcode")).isString())
        return json.value(QLatin1String("errcode")).toString();
    return json.value(QLatin1String("outcome")).toString();
}

/** Writes `times` copies of `text` (after `head`) to a file, a megabyte at a time. */
QByteArray writeRepeated(const QString& folder, const QString& name, const QByteArray& head, const QByteArray& text,
                         qint64 times, const QByteArray& tail = {})
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(head);
    const qint64 perChunk = std::max<qint64>(1, (1024 * 1024) / std::max<qsizetype>(1, text.size()));
    const QByteArray chunk = text.repeated(qsizetype(perChunk));
    qint64 left = times;
    for (; left >= perChunk; left -= perChunk)
        file.write(chunk);
    file.write(text.repeated(qsizetype(left)));
    file.write(tail);
    if (file.size() > MaxMemberFile && !name.startsWith(QLatin1String("over-")))
        qFatal("%s is over 50 MB: not a file the goal is about", qPrintable(name));
    return QFile::encodeName(path);
}

QByteArray writeWhole(const QString& folder, const QString& name, const QByteArray& data)
{
    return writeRepeated(folder, name, data, QByteArray(), 0);
}

/** Raw bytes as a name: QFile cannot make a file whose name is not UTF-8. */
QByteArray writeRawName(const QString& folder, const QByteArray& name, const QByteArray& data)
{
    const QByteArray path = QFile::encodeName(folder) + '/' + name;
    std::FILE* file = std::fopen(path.constData(), "wb");
    if (!file || std::fwrite(data.constData(), 1, size_t(data.size()), file) != size_t(data.size()))
        qFatal("cannot write a file with a raw name");
    std::fclose(file);
    return path;
}

// A sheet's XML around rows given as repeats.
QList<XlsxFixture::Repeat> sheetOf(const QList<XlsxFixture::Repeat>& rows)
{
    QList<XlsxFixture::Repeat> sheet{ { QByteArrayLiteral("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                                          "spreadsheetml/2006/main\"><sheetData>"),
                                        1 } };
    sheet += rows;
    sheet.append({ QByteArrayLiteral("</sheetData></worksheet>"), 1 });
    return sheet;
}

const QByteArray VictimRow = QByteArrayLiteral("<row><c r=\"A1\" t=\"inlineStr\"><is><t>victim1</t></is></c></row>");

std::map<QString, Kind> hostileKinds()
{
    std::map<QString, Kind> kinds;
    const QByteArray megabyteOfRows = QByteArrayLiteral("<row><c><v>1</v></c></row>").repeated(40330);

    kinds["xlsx: a sheet that unpacks to 4 GiB"]
        = { [=](const QString& folder) {
               return writeWhole(folder, QStringLiteral("4gib.xlsx"),
                                 XlsxFixture::repetitiveWorkbook(sheetOf({ { megabyteOfRows, 4096 } })));
           },
            {},
            2,
            QStringLiteral("workbook-too-large") };
    kinds["xlsx: a sheet that says 1 KB and unpacks to 4 GiB"]
        = { [=](const QString& folder) {
               return writeWhole(folder, QStringLiteral("lying.xlsx"),
                                 XlsxFixture::repetitiveWorkbook(sheetOf({ { megabyteOfRows, 4096 } }), {}, 1024));
           },
            {},
            2,
            QStringLiteral("broken-workbook") };
    kinds["xlsx: 500 MB of shared strings"]
        = { [](const QString& folder) {
               const QByteArray strings
                   = QByteArrayLiteral("<si><t>") + QByteArray(1024 * 1024, 'a') + QByteArrayLiteral("</t></si>");
               return writeWhole(folder, QStringLiteral("strings.xlsx"),
                                 XlsxFixture::repetitiveWorkbook(sheetOf({ { VictimRow, 1 } }), { { strings, 500 } }));
           },
            {},
            2,
            QStringLiteral("workbook-too-large") };
    kinds["xlsx: 200 MB of shared strings and a 200 MB sheet"]
        = { [=](const QString& folder) {
               const QByteArray strings
                   = QByteArrayLiteral("<si><t>") + QByteArray(1024 * 1024, 'a') + QByteArrayLiteral("</t></si>");
               return writeWhole(
                   folder, QStringLiteral("both.xlsx"),
                   XlsxFixture::repetitiveWorkbook(sheetOf({ { megabyteOfRows, 200 } }), { { strings, 200 } }));
           },
            {},
            2,
            QStringLiteral("workbook-too-large") };
    // Issue 17, point 1: 4,097 cells of a 1 MiB string made the copies pass 4 GiB and wrap onto victim1. Here a
    // million cells use it: read in a moment, and victim1 stays victim1.
    kinds["xlsx: a 32,767-character shared string in a million cells, then victim1"]
        = { [](const QString& folder) {
               const QByteArray strings
                   = QByteArrayLiteral("<si><t>") + QByteArray(32767, 'a') + QByteArrayLiteral("</t></si>");
               const QByteArray rows = QByteArrayLiteral("<row><c r=\"B1\" t=\"s\"><v>0</v></c></row>").repeated(1000);
               return writeWhole(
                   folder, QStringLiteral("shared.xlsx"),
                   XlsxFixture::repetitiveWorkbook(sheetOf({ { rows, 1000 }, { VictimRow, 1 } }), { { strings, 1 } }));
           },
            {},
            0,
            QStringLiteral("dry-run"),
            { QStringLiteral("--id-column"), QStringLiteral("A") },
            QByteArrayLiteral("victim1") };
    kinds["xlsx: a cell in column XFD on 1,048,575 rows, then victim1"]
        = { [](const QString& folder) {
               const QByteArray rows = QByteArrayLiteral("<row><c r=\"XFD1\"><v>1</v></c></row>").repeated(1025);
               return writeWhole(folder, QStringLiteral("xfd.xlsx"),
                                 XlsxFixture::repetitiveWorkbook(sheetOf({ { rows, 1023 }, { VictimRow, 1 } })));
           },
            {},
            0,
            QStringLiteral("dry-run"),
            { QStringLiteral("--id-column"), QStringLiteral("A") },
            QByteArrayLiteral("victim1") };
    kinds["xlsx: 10 million nested elements"]
        = { [](const QString& folder) {
               return writeWhole(
                   folder, QStringLiteral("nested.xlsx"),
                   XlsxFixture::repetitiveWorkbook(sheetOf({ { QByteArray("<a>").repeated(10000), 1000 } })));
           },
            {},
            2,
            QStringLiteral("broken-workbook") };
    kinds["zip: 200,000 entries"]
        = { [](const QString& folder) {
               QList<XlsxFixture::RepeatedEntry> entries;
               for (int i = 0; i < 200000; ++i)
                   entries.append({ QString::number(i), { { QByteArray("x"), 1 } } });
               return writeWhole(folder, QStringLiteral("entries.xlsx"), XlsxFixture::repetitiveZip(entries));
           },
            {},
            2,
            QStringLiteral("unsupported-format") };
    kinds["CSV: one row of 24 million cells"]
        = { [](const QString& folder) {
               return writeRepeated(folder, QStringLiteral("wide.csv"), {}, "a,", 24000000, "a\n");
           },
            {},
            2,
            QStringLiteral("too-many-columns") };
    kinds["CSV: 1,500 rows of 16,384 cells"]
        = { [](const QString& folder) {
               const QByteArray row = QByteArray("a,").repeated(16383) + "a\n";
               return writeRepeated(folder, QStringLiteral("cells.csv"), {}, row, 1500);
           },
            {},
            2,
            QStringLiteral("too-many-cells") };
    kinds["CSV: 16,384 column titles, --id-column names none"]
        = { [](const QString& folder) {
               QByteArray header;
               for (int i = 0; i < 16384; ++i)
                   header += "title" + QByteArray::number(i) + ',';
               header.chop(1);
               return writeWhole(folder, QStringLiteral("titles.csv"), header + "\nu1\n");
           },
            {},
            2,
            QStringLiteral("members-column"),
            { QStringLiteral("--id-column"), QStringLiteral("nosuch") } };
    kinds["CSV: a quoted cell of 49 MB"]
        = { [](const QString& folder) {
               return writeRepeated(folder, QStringLiteral("cell.csv"), "userid\n\"", "a", 49 * 1024 * 1024, "\"\n");
           },
            {},
            2,
            QStringLiteral("member-id-too-long") };
    kinds["list: 1,048,575 different ids"]
        = { [](const QString& folder) {
               const QString path = QDir(folder).filePath(QStringLiteral("ids.txt"));
               QFile file(path);
               if (!file.open(QIODevice::WriteOnly))
                   qFatal("cannot write");
               QByteArray chunk;
               for (int i = 0; i < 1048575; ++i) {
                   chunk += "employee-with-a-long-userid-" + QByteArray::number(1000000 + i) + '\n';
                   if (chunk.size() > 1024 * 1024) {
                       file.write(chunk);
                       chunk.clear();
                   }
               }
               file.write(chunk);
               return QFile::encodeName(path);
           },
            {},
            2,
            QStringLiteral("too-many-members") };
    kinds["list: 25 million lines"]
        = { [](const QString& folder) {
               return writeRepeated(folder, QStringLiteral("lines.txt"), {}, "a\n", 25 * 1024 * 1024 - 1);
           },
            {},
            2,
            QStringLiteral("too-many-rows") };
    kinds["list: 1,000,000 ids with a blank inside"]
        = { [](const QString& folder) {
               return writeRepeated(folder, QStringLiteral("blanks.txt"), {}, "an id with blanks inside\n", 1000000);
           },
            {},
            2,
            QStringLiteral("member-id-invalid") };
    kinds["text: 50 MB of UTF-16"] = { [](const QString& folder) {
                                          return writeRepeated(folder, QStringLiteral("utf16.txt"), "\xff\xfe",
                                                               QByteArray("u\0s\0e\0r\0\n\0", 10), 5 * 1024 * 1024 - 1);
                                      },
                                       {},
                                       2,
                                       QStringLiteral("too-many-rows") };
    kinds["text: 50 MB of GB18030"] = { [](const QString& folder) {
                                           return writeRepeated(folder, QStringLiteral("gbk.txt"), {},
                                                                "\xd5\xc5\xc8\xfd\xb7\xe1,1\n", 5 * 1024 * 1024);
                                       },
                                        {},
                                        2,
                                        QStringLiteral("too-many-rows") };
    kinds["50 MB of random bytes"] = { [](const QString& folder) {
                                          QByteArray data(MaxMemberFile, Qt::Uninitialized);
                                          QRandomGenerator random(17);
                                          random.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
                                          return writeWhole(folder, QStringLiteral("random.bin"), data);
                                      },
                                       {},
                                       2,
                                       QStringLiteral("binary-data") };
    kinds["/dev/zero"]
        = { [](const QString&) { return QByteArrayLiteral("/dev/zero"); }, {}, 2, QStringLiteral("too-large") };
    kinds["endless standard input"] = { [](const QString&) { return QByteArrayLiteral("-"); },
                                        [](int fd) {
                                            const QByteArray lines = QByteArray("manager4220\n").repeated(8192);
                                            while (ChildProcess::writeAll(fd, lines)) { }
                                            return true;
                                        },
                                        2, QStringLiteral("too-large") };
    kinds["200 MB on standard input"] = { [](const QString&) { return QByteArrayLiteral("-"); },
                                          [](int fd) {
                                              const QByteArray megabyte = QByteArray("u1\n").repeated(349525) + "u\n";
                                              for (int i = 0; i < 200 && ChildProcess::writeAll(fd, megabyte); ++i) { }
                                              return true;
                                          },
                                          2, QStringLiteral("too-large") };
    // Issue 17, point 5: names that are not UTF-8 are opened as given.
    kinds["a file named \\xc3\\x28bad\\xff.txt"] = { [](const QString& folder) {
                                                        return writeRawName(folder,
                                                                            "\xc3\x28"
                                                                            "bad\xff.txt",
                                                                            "u1\n");
                                                    },
                                                     {},
                                                     0,
                                                     QStringLiteral("dry-run"),
                                                     {},
                                                     QByteArrayLiteral("u1") };
    kinds["a file named 张三.txt in GBK"]
        = { [](const QString& folder) { return writeRawName(folder, "\xd5\xc5\xc8\xfd.txt", "u1\n"); },
            {},
            0,
            QStringLiteral("dry-run"),
            {},
            QByteArrayLiteral("u1") };
    return kinds;
}

} // namespace

class TestHostileMemberFiles : public QObject
{
    Q_OBJECT

private:
    std::map<QString, Kind> m_kinds = hostileKinds();
    QTemporaryDir m_home; // HOME of the runs: nothing touches the user's files
    QStringList m_figures;

private slots:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("wait4() and raw file names are POSIX");
#endif
        QVERIFY(m_home.isValid());
    }

    void cleanupTestCase()
    {
        // One table for the notes: every kind with its time and peak memory.
        for (const QString& line : std::as_const(m_figures))
            qInfo().noquote() << line;
    }

    void hostileFile_isReadOrRefusedInTimeAndMemory_data()
    {
        QTest::addColumn<QString>("kind");
        for (const auto& [name, kind] : m_kinds)
            QTest::newRow(qPrintable(name)) << name;
    }

    void hostileFile_isReadOrRefusedInTimeAndMemory()
    {
        QFETCH(QString, kind);
        const Kind& hostile = m_kinds.at(kind);
        QTemporaryDir folder; // the file goes as soon as its run is over
        QVERIFY(folder.isValid());
        const QByteArray file = hostile.make(folder.path());

        QList<QByteArray> arguments{ "create",  "--dry-run",   "--json",         "--no-history", "--name",    "Hostile",
                                     "--owner", "manager4220", "--access-token", "not-a-token",  "--members", file };
        for (const QString& extra : hostile.extraArguments)
            arguments.append(extra.toUtf8());
        const QList<QByteArray> environment{ "LC_ALL=C.UTF-8", "HOME=" + QFile::encodeName(m_home.path()),
                                             "XDG_DATA_HOME=" + QFile::encodeName(m_home.filePath("data")),
                                             "XDG_CONFIG_HOME=" + QFile::encodeName(m_home.filePath("config")) };
        const ChildProcess::Result run = ChildProcess::run(QByteArrayLiteral(DTG_CLI_PATH), arguments, environment,
                                                           hostile.standardInput, int(TimeLimitMs) * 3);
        const QString figures = QStringLiteral("hostile %1: %2 ms, %3 MB peak, exit %4")
                                    .arg(kind)
                                    .arg(run.elapsedMs)
                                    .arg(run.peakMemoryKb / 1024)
                                    .arg(run.exitCode);
        m_figures.append(figures);
        qInfo().noquote() << figures;
        const QString describe = figures + QStringLiteral("\nstdout: ")
            + QString::fromUtf8(run.standardOutput.left(2000)) + QStringLiteral("\nstderr: ")
            + QString::fromUtf8(run.standardError.left(2000));

        QVERIFY2(run.started, "the command line did not start");
        QVERIFY2(!run.timedOut && run.signal == 0, qPrintable(describe));
        QVERIFY2(run.exitCode == hostile.exitCode, qPrintable(describe));
        QVERIFY2(run.standardOutputSize <= OutputLimit && run.standardErrorSize <= OutputLimit, qPrintable(describe));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.standardOutput, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(describe));
        QVERIFY2(outcomeOf(json) == hostile.outcome, qPrintable(describe));
        if (hostile.exitCode != 0) // a clear reason
            QVERIFY2(!json.value(QLatin1String("errmsg")).toString().isEmpty(), qPrintable(describe));
        if (!hostile.mustShow.isEmpty())
            QVERIFY2(run.standardOutput.contains(hostile.mustShow), qPrintable(describe));
        if (MeasuresResources) {
            QVERIFY2(run.elapsedMs <= TimeLimitMs, qPrintable(describe));
            QVERIFY2(run.peakMemoryKb <= MemoryLimitKb, qPrintable(describe));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileMemberFiles)
#include "tst_HostileMemberFiles.moc"
