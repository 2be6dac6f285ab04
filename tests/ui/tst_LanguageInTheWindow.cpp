// The window's languages (issue 16, points 12 to 14): in Chinese the result's details speak Chinese and a timeout is
// no "operation cancelled", Qt's file dialog names folders in Chinese, sentences and copied words carry no stray
// blanks, the verify dialog calls the name the group's, the import dialog's and the look-up's shortcut letters do not
// clash; back in English nothing Chinese stays in the status bar and the history's dates follow; exports are in the
// user's language and local time, with the UTC time and the outcome's code kept beside them.

#include "AfterCreateDriver.h"

#include "ImportDialog.h"
#include "JoinLinkDialog.h"
#include "ProfileController.h"
#include "RequestPreviewDialog.h"
#include "ResultPanel.h"
#include "VerifyDialog.h"
#include "XlsxFixture.h"
#include "connections/ProfileStore.h"
#include "connections/SessionSecretStore.h"
#include "dingtalk/ErrorCatalogue.h"
#include "history/HistoryStore.h"
#include "i18n/AppTranslator.h"

#include <QAbstractFileIconProvider>
#include <QCheckBox>
#include <QStatusBar>
#include <QTableWidget>

#include <ctime>

namespace {
/** Han characters or Chinese punctuation anywhere in `text`. */
bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF))
            return true;
    }
    return false;
}
} // namespace

class TestLanguageInTheWindow : public QObject, protected AfterCreateFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chinese_resultDetails_sayTheTimeoutInChinese();
    void chinese_qtsFileDialog_namesFoldersInChinese();
    void chinese_sentencesAndCopiedWords_haveNoStrayBlanks();
    void verify_callsTheNameTheGroupName_data();
    void verify_callsTheNameTheGroupName();
    void shortcuts_importDialogAndLookUp_doNotClash_data();
    void shortcuts_importDialogAndLookUp_doNotClash();
    void english_afterChinese_leavesNothingChineseInTheStatusBar();
    void historyDates_followTheLanguage();
    void exports_inTheUsersLanguageAndLocalTime_data();
    void exports_inTheUsersLanguageAndLocalTime();

private:
    void setLanguage(const QString& language);
    HistoryEntry newestEntry() const;

    AppTranslator* m_translator = nullptr;
};

void TestLanguageInTheWindow::initTestCase()
{
    // Eight hours from UTC: a local time in an export cannot pass for the UTC one.
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    // Profiles keep their secrets in memory here, never in the desktop's keychain.
    ProfileController::setSecretStoreFactory([](QObject* parent) { return new SessionSecretStore(parent); });
    QVERIFY(startEmulator());
}

void TestLanguageInTheWindow::init()
{
    // A connection chosen in an earlier test would be connected again by the next window, away from the emulator.
    QFile::remove(ProfileStore::defaultFilePath());
    m_translator = new AppTranslator;
    m_translator->setLanguage(QStringLiteral("en"));
    QVERIFY(openWindow(m_translator));
}

void TestLanguageInTheWindow::cleanup()
{
    closeWindow();
}

void TestLanguageInTheWindow::setLanguage(const QString& language)
{
    switchLanguage(language);
    QCOMPARE(m_translator->language(), language);
}

HistoryEntry TestLanguageInTheWindow::newestEntry() const
{
    HistoryStore store(historyPath());
    if (!store.load() || store.entries().isEmpty())
        qFatal("No history entry in %s", qPrintable(historyPath()));
    return store.entries().constLast();
}

void TestLanguageInTheWindow::chinese_resultDetails_sayTheTimeoutInChinese()
{
    setLanguage(QStringLiteral("zh_CN"));
    m_window->useEmulator(&m_emulator, 1); // a one-second timeout
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::latency(3000));
    QCOMPARE(create(QStringLiteral("超时"), employeeIds(2)).outcome, CreateResult::Outcome::Unknown);
    const QString details = m_driver->text("errorCodeLabel");
    const QString explanation = m_driver->text("errorLabel");
    QVERIFY2(hasChinese(details), qPrintable(details));
    for (const char* english : { "[outcome unknown]", "Operation canceled", "Unknown error" })
        QVERIFY2(!details.contains(QLatin1String(english)), qPrintable(details));
    // Qt's own words, translated by its catalogue, said "cancelled" for a timeout and "unknown error" for nothing.
    for (const char* qtWords : { "操作被取消", "未知错误" })
        QVERIFY2(!details.contains(QString::fromUtf8(qtWords)), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("timeout")), qPrintable(details));
    QVERIFY2(!explanation.contains(QStringLiteral("。 ")), qPrintable(explanation));
    QVERIFY2(explanation.contains(QStringLiteral("。")), qPrintable(explanation));
}

void TestLanguageInTheWindow::chinese_qtsFileDialog_namesFoldersInChinese()
{
    // The type column of Qt's own file dialog (the one shown without a desktop's native dialog).
    QAbstractFileIconProvider icons;
    QCOMPARE(icons.type(QFileInfo(m_dir->path())), QStringLiteral("Folder"));
    setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(icons.type(QFileInfo(m_dir->path())), QStringLiteral("文件夹"));
}

void TestLanguageInTheWindow::chinese_sentencesAndCopiedWords_haveNoStrayBlanks()
{
    setLanguage(QStringLiteral("zh_CN"));
    // What a copy says is one sentence: a Chinese word gets no blanks around it, a Latin one does.
    QCOMPARE(JoinLinkDialog::tr("Copied the join link to the clipboard."),
             QStringLiteral("已将入群链接复制到剪贴板。"));
    QCOMPARE(JoinLinkDialog::tr("Copied the QR code to the clipboard."), QStringLiteral("已将二维码复制到剪贴板。"));
    QCOMPARE(HistoryDialog::tr("Copied the group IDs to the clipboard."), QStringLiteral("已将群 ID 复制到剪贴板。"));
    QCOMPARE(RequestPreviewDialog::tr("Copied the cURL command to the clipboard."),
             QStringLiteral("已将 cURL 命令复制到剪贴板。"));
    QCOMPARE(create(QStringLiteral("复制"), employeeIds(2)).outcome, CreateResult::Outcome::Created);
    QTest::mouseClick(m_driver->get<QAbstractButton>("copyChatIdButton"), Qt::LeftButton);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("已将 chatid 复制到剪贴板。"));
    // Sentences one after the other: no blank after a Chinese full stop.
    QCOMPARE(ErrorCatalogue::sentences({ QStringLiteral("甲。"), QStringLiteral("乙。") }), QStringLiteral("甲。乙。"));
    setLanguage(QStringLiteral("en"));
    QCOMPARE(ErrorCatalogue::sentences({ QStringLiteral("One."), QString(), QStringLiteral("Two.") }),
             QStringLiteral("One. Two."));
}

void TestLanguageInTheWindow::verify_callsTheNameTheGroupName_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("label");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Group name");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("群名称");
}

void TestLanguageInTheWindow::verify_callsTheNameTheGroupName()
{
    QFETCH(QString, language);
    QFETCH(QString, label);
    setLanguage(language);
    QCOMPARE(create(QStringLiteral("Named"), employeeIds(2)).outcome, CreateResult::Outcome::Created);
    QTest::mouseClick(m_driver->get<QAbstractButton>("verifyButton"), Qt::LeftButton);
    VerifyDialog* dialog = visibleDialog<VerifyDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isVerifying());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("verifyTableWidget"));
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("name"));
    QCOMPARE(table->item(0, 0)->text(), label);
    QVERIFY(table->item(0, 0)->text() != MemberListModel::tr("Name")); // a person's name (姓名) is another thing
    dialog->close();
}

void TestLanguageInTheWindow::shortcuts_importDialogAndLookUp_doNotClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestLanguageInTheWindow::shortcuts_importDialogAndLookUp_doNotClash()
{
    QFETCH(QString, language);
    setLanguage(language);
    const QList<QStringList> rows{ { QStringLiteral("userid"), QStringLiteral("部门") },
                                   { employeeIds(1).constFirst(), QStringLiteral("销售部") } };
    m_import->importThroughMenu(m_import->writeFile(QStringLiteral("letters.csv"), ImportDriver::csv(rows)));
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    QHash<QString, QString> taken; // mnemonic → who has it
    const auto take = [&taken](const QString& text, const QString& who) {
        const QString key = QKeySequence::mnemonic(text).toString();
        if (key.isEmpty())
            return true;
        if (taken.contains(key)) {
            qWarning("%s: %s and %s", qPrintable(key), qPrintable(taken.value(key)), qPrintable(who));
            return false;
        }
        taken.insert(key, who);
        return true;
    };
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->buddy())
            QVERIFY(take(label->text(), label->objectName()));
    }
    for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(dialog))
            QVERIFY(take(button->text(), button->objectName() + button->text()));
    }
    QVERIFY(taken.size() >= 6);
    dialog->reject();

    // One command, one letter: the File menu's entry and the button beside the list.
    const QKeySequence menu = QKeySequence::mnemonic(m_driver->get<QAction>("lookUpPhoneNumbersAction")->text());
    const QKeySequence button
        = QKeySequence::mnemonic(m_driver->get<QAbstractButton>("lookUpPhoneNumbersButton")->text());
    QVERIFY(!menu.isEmpty());
    QCOMPARE(menu, button);
}

void TestLanguageInTheWindow::english_afterChinese_leavesNothingChineseInTheStatusBar()
{
    // A profile without its AppSecret: the status line says so while it stays unconnected.
    ConnectionProfile office;
    office.name = QStringLiteral("Office");
    office.appKey = QStringLiteral("dingoffice1");
    office.legacyBaseUrl = m_emulator.baseUrl();
    office.v1BaseUrl = m_emulator.baseUrl();
    const QString id = m_window->profiles()->store()->add(office).id;
    setLanguage(QStringLiteral("zh_CN"));
    m_window->profiles()->activate(id);
    QTRY_VERIFY(hasChinese(m_driver->text("connectionStatusLabel")));
    m_driver->paste(employeeIds(2).join(QLatin1Char('\n')));
    QVERIFY2(hasChinese(m_window->statusBar()->currentMessage()), qPrintable(m_window->statusBar()->currentMessage()));

    setLanguage(QStringLiteral("en"));
    QVERIFY2(!hasChinese(m_window->statusBar()->currentMessage()), qPrintable(m_window->statusBar()->currentMessage()));
    for (QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
        QVERIFY2(!hasChinese(label->text()), qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    for (QAbstractButton* button : m_window->statusBar()->findChildren<QAbstractButton*>())
        QVERIFY2(!hasChinese(button->text()), qPrintable(button->text()));
    QVERIFY(m_driver->text("connectionStatusLabel").contains(QStringLiteral("Office")));
}

void TestLanguageInTheWindow::historyDates_followTheLanguage()
{
    setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(create(QStringLiteral("日期"), employeeIds(2)).outcome, CreateResult::Outcome::Created);
    const QDateTime time = newestEntry().time.toLocalTime();
    m_window->afterCreate()->showHistory();
    HistoryDialog* dialog = m_window->afterCreate()->historyDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("historyTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const auto shown = [table] {
        return table->model()->index(0, 0).data().toString();
    };
    QCOMPARE(shown(), QLocale(QLocale::Chinese, QLocale::China).toString(time, QLocale::ShortFormat));

    setLanguage(QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(shown(), QLocale().toString(time, QLocale::ShortFormat));
    QVERIFY(shown() != QLocale(QLocale::Chinese, QLocale::China).toString(time, QLocale::ShortFormat));
    dialog->close();
}

void TestLanguageInTheWindow::exports_inTheUsersLanguageAndLocalTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("off");
    QTest::addColumn<QString>("timeHeader");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Created") << QStringLiteral("No")
                        << QStringLiteral("Time");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("已创建") << QStringLiteral("否")
                           << QStringLiteral("时间");
}

void TestLanguageInTheWindow::exports_inTheUsersLanguageAndLocalTime()
{
    QFETCH(QString, language);
    QFETCH(QString, outcome);
    QFETCH(QString, off);
    QFETCH(QString, timeHeader);
    setLanguage(language);
    QCOMPARE(create(QStringLiteral("Export"), employeeIds(2)).outcome, CreateResult::Outcome::Created);
    const HistoryEntry entry = newestEntry();
    // The test runs eight hours east of UTC.
    QVERIFY(entry.localTimeText() != entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));

    m_window->afterCreate()->showHistory();
    HistoryDialog* dialog = m_window->afterCreate()->historyDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString csvPath = m_dir->filePath(QStringLiteral("history.csv"));
    FileDialog::setNextFileName(csvPath);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList headers = lines.at(0).split(QLatin1Char(','));
    QCOMPARE(headers.value(0), timeHeader);
    const QString row = lines.at(1);
    QVERIFY2(row.contains(entry.localTimeText()), qPrintable(row));
    QVERIFY2(row.contains(QLatin1Char(',') + outcome + QLatin1Char(',')), qPrintable(row));
    QVERIFY2(row.contains(QLatin1Char(',') + off + QLatin1Char(',')), qPrintable(row));
    QVERIFY2(!row.contains(QStringLiteral(",0,")), qPrintable(row)); // switches are words, not 1/0
    // For scripts: the UTC time and the outcome's code.
    QVERIFY2(row.contains(entry.timeText()), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral(",created,")), qPrintable(row));

    const QString xlsxPath = m_dir->filePath(QStringLiteral("history.xlsx"));
    FileDialog::setNextFileName(xlsxPath);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportXlsxButton")), Qt::LeftButton);
    const QByteArray xlsx = XlsxFixture::unzipped(xlsxPath);
    QVERIFY(xlsx.contains(outcome.toUtf8()));
    QVERIFY(xlsx.contains(entry.localTimeText().toUtf8()));
    dialog->close();
}

QTEST_MAIN(TestLanguageInTheWindow)
#include "tst_LanguageInTheWindow.moc"
