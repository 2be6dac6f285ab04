// The dialogs for a group that exists: join link and QR code (decoded back with zbarimg), verify against DingTalk,
// the request preview (which sends nothing) and presets.

#include "AfterCreateDriver.h"

#include "FileDialog.h"
#include "HistoryDialog.h"
#include "JoinLinkDialog.h"
#include "MessageBox.h"
#include "PresetsDialog.h"
#include "PresetsMenu.h"
#include "QrImage.h"
#include "RequestPreviewDialog.h"
#include "SmallDisk.h"
#include "VerifyDialog.h"
#include "create/RequestPlan.h"
#include "dingtalk/ErrorCatalogue.h"
#include "history/HistoryStore.h"
#include "presets/PresetStore.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrlQuery>

class TestAfterCreateDialogs : public QObject, protected AfterCreateFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startEmulator()); }
    void init() { QVERIFY(openWindow()); }
    void cleanup()
    {
        JoinLinkDialog::setPrintDialogOverride({});
        closeWindow();
    }

    void joinLink_qrCodeDecodesToTheLink_savedAndPrinted();
    void joinLink_notAMember60124_isExplained();
    void joinLink_pngOnAFullDisk_saysTheDiskIsFull();
    void verify_sameGroup_reportsNoDifference();
    void verify_changedBehindOurBack_flagsTheDifferences();
    void preview_sendsNothing_andItsBodiesMatchARealCreate();
    void presets_saveApplyRenameDelete();

private:
    static QString decodeQr(const QString& pngPath);
};

QString TestAfterCreateDialogs::decodeQr(const QString& pngPath)
{
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), pngPath });
    if (!zbar.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

void TestAfterCreateDialogs::joinLink_qrCodeDecodesToTheLink_savedAndPrinted()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed");
    const QStringList members = employeeIds(3);
    const CreateResult result = create(QStringLiteral("入群 QR"), members);
    QCOMPARE(result.outcome, CreateResult::Outcome::Created);

    auto* button = m_driver->get<QAbstractButton>("joinLinkButton");
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    JoinLinkDialog* dialog = visibleDialog<JoinLinkDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->link().isEmpty());
    const QString link = dialog->link();
    QVERIFY(link.startsWith(QLatin1String("https://qr.dingtalk.com/action/joingroup?")));
    // Shared by the owner by default.
    const RecordedRequest asked = m_emulator.requests().last();
    QCOMPARE(asked.path, QStringLiteral("/topapi/chat/qrcode/get"));
    QCOMPARE(QJsonDocument::fromJson(asked.body).object().value(QStringLiteral("userid")).toString(), m_owner);
    auto* sharers = dialog->findChild<QComboBox*>(QStringLiteral("sharerComboBox"));
    QCOMPARE(sharers->count(), 4); // owner first, then the members
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("joinLinkLineEdit"))->text(), link);
    screenshot(dialog, QStringLiteral("join-link"));
    screenshot(m_window.get(), QStringLiteral("main-window"));

    // Copy the link and the image.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyLinkButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), link);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyImageButton")), Qt::LeftButton);
    QVERIFY(!QGuiApplication::clipboard()->image().isNull());

    // Save as PNG, and scan it back.
    const QString png = m_dir->filePath(QStringLiteral("qr.png"));
    FileDialog::setNextFileName(png);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePngButton")), Qt::LeftButton);
    QVERIFY(QFile::exists(png));
    QCOMPARE(decodeQr(png), link);
    // The quiet zone: the border of 4 modules is white.
    const QImage image(png);
    QCOMPARE(image.pixelColor(8 * QrImage::QuietZone - 1, 8 * QrImage::QuietZone - 1), QColor(Qt::white));
    QCOMPARE(image.pixelColor(8 * QrImage::QuietZone, 8 * QrImage::QuietZone), QColor(Qt::black)); // finder corner

    // Print: the real print path onto a PDF printer (only the dialog is replaced), and the same page as an image.
    const QString pdf = m_dir->filePath(QStringLiteral("qr.pdf"));
    bool dialogShown = false;
    JoinLinkDialog::setPrintDialogOverride([&](QPrinter& printer) {
        dialogShown = true;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        return true;
    });
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
    QVERIFY(dialogShown);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF"));
    QImage page(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi
    {
        QPainter painter(&page);
        dialog->paintPage(painter, QRectF(0, 0, page.width(), page.height()));
    }
    const QString pagePng = m_dir->filePath(QStringLiteral("page.png"));
    QVERIFY(page.save(pagePng));
    QCOMPARE(decodeQr(pagePng), link);
}

void TestAfterCreateDialogs::joinLink_notAMember60124_isExplained()
{
    const QStringList members = employeeIds(2);
    const CreateResult result = create(QStringLiteral("Members only"), members);
    QTest::mouseClick(m_driver->get<QAbstractButton>("joinLinkButton"), Qt::LeftButton);
    JoinLinkDialog* dialog = visibleDialog<JoinLinkDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->link().isEmpty());

    // Someone outside the group, typed into the combo.
    const QString outsider = employeeIds(5).last();
    QVERIFY(!members.contains(outsider));
    auto* sharers = dialog->findChild<QComboBox*>(QStringLiteral("sharerComboBox"));
    sharers->setEditText(outsider);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("getLinkButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isFetching());
    QVERIFY(dialog->link().isEmpty());
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("joinLinkStatusLabel"));
    const QString expected = ErrorCatalogue::explain(ApiError::api(QStringLiteral("60124"), QString()),
                                                     ErrorCatalogue::Operation::ReadGroup)
                                 .title;
    QVERIFY2(status->text().contains(expected), qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("60124")));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("savePngButton"))->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("qrCodeLabel"))->pixmap().isNull());
    screenshot(dialog, QStringLiteral("join-link-60124"));
}

// QImage::save wrote through a buffered file: on a full disk an empty PNG was left and nothing was said.
void TestAfterCreateDialogs::joinLink_pngOnAFullDisk_saysTheDiskIsFull()
{
    SmallDisk disk(64 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    create(QStringLiteral("入群 full disk"), employeeIds(2));
    QTest::mouseClick(m_driver->get<QAbstractButton>("joinLinkButton"), Qt::LeftButton);
    JoinLinkDialog* dialog = visibleDialog<JoinLinkDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->link().isEmpty());

    QVERIFY(disk.fillLeaving(0));
    const QString png = disk.filePath(QStringLiteral("qr.png"));
    FileDialog::setNextFileName(png);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePngButton")), Qt::LeftButton);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("joinLinkStatusLabel"));
    QTRY_VERIFY2(status->text().contains(QLatin1String("the disk is full")), qPrintable(status->text()));
    QVERIFY(status->text().contains(png));
    QVERIFY(!QFile::exists(png));

    // With room again, the same button saves it.
    disk.empty();
    FileDialog::setNextFileName(png);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePngButton")), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(png));
    QVERIFY(!QImage(png).isNull());
    QVERIFY(!status->text().contains(QLatin1String("the disk is full")));
}

void TestAfterCreateDialogs::verify_sameGroup_reportsNoDifference()
{
    m_driver->get<QCheckBox>("mentionAllOwnerOnlyCheckBox")->setChecked(true);
    QCOMPARE(create(QStringLiteral("Verified"), employeeIds(3)).outcome, CreateResult::Outcome::Created);
    QTest::mouseClick(m_driver->get<QAbstractButton>("verifyButton"), Qt::LeftButton);
    VerifyDialog* dialog = visibleDialog<VerifyDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isVerifying());
    QVERIFY(dialog->differingFields().isEmpty());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("verifyTableWidget"));
    QCOMPARE(table->rowCount(), 9); // name, owner, member count and the six settings
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Verified"));
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("4"));
    QVERIFY(!dialog->findChild<QListWidget*>(QStringLiteral("differencesListWidget"))->isVisible());
    QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/get")), 1);
}

void TestAfterCreateDialogs::verify_changedBehindOurBack_flagsTheDifferences()
{
    const CreateResult result = create(QStringLiteral("Before"), employeeIds(3));
    QCOMPARE(result.outcome, CreateResult::Outcome::Created);
    EmulatorFixture::changeGroupBehindOurBack(
        m_emulator, result.chatid,
        { { QStringLiteral("name"), QStringLiteral("After") }, { QStringLiteral("chatBannedType"), 1 } });

    QTest::mouseClick(m_driver->get<QAbstractButton>("verifyButton"), Qt::LeftButton);
    VerifyDialog* dialog = visibleDialog<VerifyDialog>();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isVerifying());
    const QStringList fields = dialog->differingFields();
    QVERIFY2(fields.contains(QStringLiteral("name")), qPrintable(fields.join(',')));
    QVERIFY2(fields.contains(QStringLiteral("chatBannedType")), qPrintable(fields.join(',')));
    QCOMPARE(fields.size(), 2);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("verifyTableWidget"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Before"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("After"));
    QVERIFY(table->item(0, 0)->font().bold()); // flagged
    QVERIFY(!table->item(1, 0)->font().bold()); // the owner is as asked
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("differencesListWidget"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    screenshot(dialog, QStringLiteral("verify-differences"));

    // The same from the history entry (which knows the count, not the list).
    dialog->close();
    m_driver->get<QAction>("historyAction")->trigger();
    HistoryDialog* history = m_window->afterCreate()->historyDialog();
    QVERIFY(history);
    history->selectEntry(m_window->afterCreate()->historyStore()->entries().first().id);
    QTest::mouseClick(history->findChild<QPushButton*>(QStringLiteral("historyVerifyButton")), Qt::LeftButton);
    QTRY_VERIFY(visibleDialog<VerifyDialog>());
    VerifyDialog* fromHistory = visibleDialog<VerifyDialog>();
    QTRY_VERIFY(!fromHistory->isVerifying());
    QCOMPARE(fromHistory->differingFields(), fields);
}

void TestAfterCreateDialogs::preview_sendsNothing_andItsBodiesMatchARealCreate()
{
    auto* preview = m_driver->get<QAbstractButton>("previewButton");
    QVERIFY(!preview->isEnabled()); // an empty form is not valid
    const QStringList members = employeeIds(45); // 46 with the owner: a create and one add
    m_driver->get<QCheckBox>("joinApprovalCheckBox")->setChecked(true);
    m_driver->fillIn(QStringLiteral("Preview"), m_owner, members);
    QTRY_VERIFY(preview->isEnabled());
    m_emulator.clearRequests();

    QTest::mouseClick(preview, Qt::LeftButton);
    RequestPreviewDialog* dialog = visibleDialog<RequestPreviewDialog>();
    QVERIFY(dialog);
    QTest::qWait(200); // nothing may go out, not even later
    QVERIFY(m_emulator.requests().isEmpty());
    QCOMPARE(m_emulator.connectionCount(), 0);

    const QList<PlannedCall> calls = dialog->calls();
    QCOMPARE(calls.size(), 3); // token, create, add
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("callsListWidget"));
    QCOMPARE(list->count(), 3);
    for (const PlannedCall& call : calls) {
        QVERIFY(!call.curlCommand().contains(DingTalkEmulator::demoAppSecret()));
        QVERIFY(!call.url.toString().contains(DingTalkEmulator::demoAppSecret()));
    }
    dialog->showCall(1);
    auto* curl = dialog->findChild<QPlainTextEdit*>(QStringLiteral("curlPlainTextEdit"));
    QCOMPARE(curl->toPlainText(), calls.at(1).curlCommand());
    screenshot(dialog, QStringLiteral("preview"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyCurlButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), calls.at(1).curlCommand());
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("curl ")));
    dialog->close();

    // Now the real create: the same bodies reach DingTalk.
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    QList<RecordedRequest> sent;
    for (const RecordedRequest& request : m_emulator.requests()) {
        if (request.path == QLatin1String("/chat/create") || request.path == QLatin1String("/chat/update"))
            sent.append(request);
    }
    QCOMPARE(sent.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(sent.at(0).body).object(), QJsonDocument::fromJson(calls.at(1).body).object());
    QJsonObject plannedAdd = QJsonDocument::fromJson(calls.at(2).body).object();
    QJsonObject realAdd = QJsonDocument::fromJson(sent.at(1).body).object();
    QCOMPARE(plannedAdd.value(QStringLiteral("chatid")).toString(), RequestPlan::chatIdPlaceholder());
    realAdd.remove(QStringLiteral("chatid"));
    plannedAdd.remove(QStringLiteral("chatid"));
    QCOMPARE(realAdd, plannedAdd);
}

void TestAfterCreateDialogs::presets_saveApplyRenameDelete()
{
    m_driver->get<QCheckBox>("showHistoryCheckBox")->setChecked(true);
    m_driver->get<QCheckBox>("allMutedCheckBox")->setChecked(true);
    const QStringList members = employeeIds(2);
    m_driver->fillIn(QStringLiteral("Any"), m_owner, members);

    PresetsMenu* menu = m_window->afterCreate()->presetsMenu();
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    menu->managePresetsAction()->trigger();
    PresetsDialog* dialog = visibleDialog<PresetsDialog>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("presetNameLineEdit"))->setText(QStringLiteral("公告群"));
    dialog->findChild<QCheckBox*>(QStringLiteral("includeOwnerCheckBox"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePresetButton")), Qt::LeftButton);
    // A second one with other settings, and the members instead of the owner.
    m_driver->get<QCheckBox>("showHistoryCheckBox")->setChecked(false);
    dialog->findChild<QCheckBox*>(QStringLiteral("includeOwnerCheckBox"))->setChecked(false);
    dialog->findChild<QCheckBox*>(QStringLiteral("includeMembersCheckBox"))->setChecked(true);
    dialog->findChild<QLineEdit*>(QStringLiteral("presetNameLineEdit"))->setText(QStringLiteral("Team"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePresetButton")), Qt::LeftButton);

    PresetStore* store = m_window->afterCreate()->presetStore();
    QCOMPARE(store->names(), (QStringList{ QStringLiteral("Team"), QStringLiteral("公告群") }));
    const Preset saved = *store->load(QStringLiteral("公告群"));
    QVERIFY(saved.settings.showHistory && saved.settings.chatBanned && !saved.settings.searchable);
    QCOMPARE(saved.owner, m_owner);
    QVERIFY(saved.members.isEmpty());
    QCOMPARE(store->load(QStringLiteral("Team"))->members.size(), 3);
    screenshot(dialog, QStringLiteral("presets"));

    // Clear the form, then pick the preset from the menu.
    m_driver->get<QCheckBox>("showHistoryCheckBox")->setChecked(false);
    m_driver->get<QCheckBox>("allMutedCheckBox")->setChecked(false);
    m_driver->setOwner(QString());
    m_driver->members()->clear();
    QVERIFY(menu->presetAction(QStringLiteral("公告群")));
    menu->presetAction(QStringLiteral("公告群"))->trigger();
    QVERIFY(m_driver->get<QCheckBox>("showHistoryCheckBox")->isChecked());
    QVERIFY(m_driver->get<QCheckBox>("allMutedCheckBox")->isChecked());
    QVERIFY(!m_driver->get<QCheckBox>("joinApprovalCheckBox")->isChecked());
    QCOMPARE(m_driver->ownerCombo()->currentText(), m_owner);
    QVERIFY(m_driver->members()->userIds().isEmpty()); // not saved with it
    menu->presetAction(QStringLiteral("Team"))->trigger();
    QCOMPARE(m_driver->members()->userIds(), (QStringList{ m_owner } + members));
    QVERIFY(!m_driver->get<QCheckBox>("showHistoryCheckBox")->isChecked());

    // Rename and delete in the dialog.
    dialog->selectPreset(QStringLiteral("Team"));
    dialog->findChild<QLineEdit*>(QStringLiteral("presetNameLineEdit"))->setText(QStringLiteral("Team 2"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("renamePresetButton")), Qt::LeftButton);
    QCOMPARE(store->names(), (QStringList{ QStringLiteral("Team 2"), QStringLiteral("公告群") }));
    QVERIFY(menu->presetAction(QStringLiteral("Team 2")));
    QVERIFY(!menu->presetAction(QStringLiteral("Team")));
    dialog->selectPreset(QStringLiteral("公告群"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deletePresetButton")), Qt::LeftButton);
    QCOMPARE(store->names(), (QStringList{ QStringLiteral("Team 2") }));
    QCOMPARE(dialog->findChild<QListWidget*>(QStringLiteral("presetsListWidget"))->count(), 1);
    QVERIFY(!menu->presetAction(QStringLiteral("公告群")));
}

QTEST_MAIN(TestAfterCreateDialogs)
#include "tst_AfterCreateDialogs.moc"
