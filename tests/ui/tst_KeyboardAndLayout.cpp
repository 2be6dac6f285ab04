// The window by keyboard and at the sizes people use: Tab goes through the whole form and reaches Create (it
// leaves the member list), every switch has its own mnemonic and none is used twice, Alt+N/O/M/C keep their fields,
// and at 800×600 and 1920×1080, in English and in Chinese, nothing is clipped, long status text is cut short
// instead of widening the window, and an error line does not move the fields below it.

#include "WindowFixture.h"

#include "ElidedLabel.h"
#include "GuideDialog.h"
#include "Preferences.h"
#include "i18n/AppTranslator.h"

#include "connections/ProfileStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>

class TestKeyboardAndLayout : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tab_goesThroughTheWholeWindowInOrder_toCreate();
    void tab_leavesTheMemberList_ctrlTabToo();
    void enterInTheName_movesOnToTheOwner();
    void mnemonics_areUniqueAndKeepTheFieldLetters_data();
    void mnemonics_areUniqueAndKeepTheFieldLetters();
    void window_atCommonSizes_clipsNothing_data();
    void window_atCommonSizes_clipsNothing();
    void longStatusText_isCutShort_theWindowKeepsItsSize();
    void errorLine_doesNotMoveTheFieldsBelow();
    void guide_fromHelpAndFromTheWelcomeBox_inBothLanguages();
    void memberCount_withAnEmptyList_isZero();
    void welcomeBox_isCentredOnTheWindow_withoutStockIcons();
    void importDialog_startsInAFolderThatExists();

private:
    /** The object name of the focused widget, or of the nearest named parent (a combo box's line edit). */
    static QString focusName();
    void setLanguage(const QString& language);
    void fillValidForm();

    AppTranslator* m_translator = nullptr;
};

void TestKeyboardAndLayout::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestKeyboardAndLayout::init()
{
    m_translator = new AppTranslator;
    m_translator->setLanguage(QStringLiteral("en"));
    QVERIFY(openWindow(m_translator));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboardAndLayout::cleanup()
{
    closeWindow();
}

QString TestKeyboardAndLayout::focusName()
{
    for (QWidget* widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(QLatin1String("qt_")))
            return widget->objectName();
    }
    return QString();
}

void TestKeyboardAndLayout::setLanguage(const QString& language)
{
    switchLanguage(language);
    QCOMPARE(m_translator->language(), language);
}

void TestKeyboardAndLayout::fillValidForm()
{
    m_driver->fillIn(QStringLiteral("Keyboard"), m_owner, employeeIds(30));
    QTRY_VERIFY(m_driver->createButton()->isEnabled());
}

void TestKeyboardAndLayout::tab_goesThroughTheWholeWindowInOrder_toCreate()
{
    fillValidForm();
    m_driver->nameEdit()->setFocus();
    QStringList visited{ focusName() };
    for (int presses = 0; presses < 40 && QApplication::focusWidget() != m_driver->createButton(); ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(focusName());
    }
    QVERIFY2(QApplication::focusWidget() == m_driver->createButton(), qPrintable(visited.join(QLatin1Char(' '))));
    // In reading order, each once: the list is one stop, not thirty.
    const QStringList expected{ "groupNameLineEdit",
                                "ownerComboBox",
                                "memberIdLineEdit",
                                "addMemberButton",
                                "membersTableView",
                                "pasteMembersButton",
                                "clearMembersButton",
                                "importMembersButton",
                                "showHistoryCheckBox",
                                "searchableCheckBox",
                                "joinApprovalCheckBox",
                                "mentionAllOwnerOnlyCheckBox",
                                "managementOwnerOnlyCheckBox",
                                "allMutedCheckBox",
                                "createButton" };
    qsizetype from = 0;
    for (const QString& name : expected) {
        const qsizetype at = visited.indexOf(name, from);
        QVERIFY2(at >= 0, qPrintable(name + QStringLiteral(" not reached in order: ") + visited.join(' ')));
        from = at + 1;
    }
    QCOMPARE(visited.count(QStringLiteral("membersTableView")), 1);
    QVERIFY(visited.size() <= 25);
}

void TestKeyboardAndLayout::tab_leavesTheMemberList_ctrlTabToo()
{
    fillValidForm();
    m_driver->membersView()->setFocus();
    m_driver->membersView()->setCurrentIndex(m_driver->members()->index(0, 0));
    QTest::keyClick(m_driver->membersView(), Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("pasteMembersButton"));
    m_driver->membersView()->setFocus();
    QTest::keyClick(m_driver->membersView(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("pasteMembersButton"));
    m_driver->membersView()->setFocus();
    QTest::keyClick(m_driver->membersView(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(focusName(), QStringLiteral("addMemberButton"));
}

void TestKeyboardAndLayout::enterInTheName_movesOnToTheOwner()
{
    m_driver->nameEdit()->setFocus();
    QTest::keyClick(m_driver->nameEdit(), Qt::Key_Return);
    QCOMPARE(focusName(), QStringLiteral("ownerComboBox"));
}

void TestKeyboardAndLayout::mnemonics_areUniqueAndKeepTheFieldLetters_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestKeyboardAndLayout::mnemonics_areUniqueAndKeepTheFieldLetters()
{
    QFETCH(QString, language);
    setLanguage(language);
    if (language == QLatin1String("zh_CN")) { }
    fillValidForm();
    QHash<QString, QString> owners; // mnemonic → who has it
    const auto take = [&owners](const QString& text, const QString& who) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty())
            return true;
        const QString key = mnemonic.toString();
        if (owners.contains(key)) {
            qWarning("%s is used by %s and %s", qPrintable(key), qPrintable(owners.value(key)), qPrintable(who));
            return false;
        }
        owners.insert(key, who);
        return true;
    };
    const QList<QAbstractButton*> buttons = m_window->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        if (button->isVisibleTo(m_window.get()))
            QVERIFY(take(button->text(), button->objectName()));
    }
    const QList<QLabel*> labels = m_window->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy() && label->isVisibleTo(m_window.get()))
            QVERIFY(take(label->text(), label->objectName()));
    }
    const QList<QAction*> menus = m_window->menuBar()->actions();
    for (QAction* menu : menus)
        QVERIFY(take(menu->text(), menu->text()));

    // Every switch can be reached by its letter.
    for (const char* name : { "showHistoryCheckBox", "searchableCheckBox", "joinApprovalCheckBox",
                              "mentionAllOwnerOnlyCheckBox", "managementOwnerOnlyCheckBox", "allMutedCheckBox" })
        QVERIFY2(!QKeySequence::mnemonic(m_driver->get<QCheckBox>(name)->text()).isEmpty(), name);
    // The letters people know stay where they were, in both languages.
    QCOMPARE(owners.value(QStringLiteral("Alt+N")), QStringLiteral("groupNameLabel"));
    QCOMPARE(owners.value(QStringLiteral("Alt+O")), QStringLiteral("ownerLabel"));
    QCOMPARE(owners.value(QStringLiteral("Alt+M")), QStringLiteral("membersLabel"));
    QCOMPARE(owners.value(QStringLiteral("Alt+C")), QStringLiteral("createButton"));
    QCOMPARE(m_driver->get<QLabel>("membersLabel")->buddy(), m_driver->get<QWidget>("memberIdLineEdit"));

    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier);
    QCOMPARE(focusName(), QStringLiteral("ownerComboBox"));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::AltModifier);
    QCOMPARE(focusName(), QStringLiteral("memberIdLineEdit"));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(focusName(), QStringLiteral("groupNameLineEdit"));
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY(m_driver->get<QCheckBox>("joinApprovalCheckBox")->isChecked()); // a mnemonic clicks after a moment
}

void TestKeyboardAndLayout::window_atCommonSizes_clipsNothing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        for (const QSize& size : { QSize(800, 600), QSize(1920, 1080) })
            QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height()) << language << size;
    }
}

void TestKeyboardAndLayout::window_atCommonSizes_clipsNothing()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    setLanguage(language);
    if (language == QLatin1String("zh_CN")) { }
    fillValidForm();
    m_driver->setOwner(QStringLiteral("manager 4220")); // an error line shown too
    QVERIFY(m_driver->visible("ownerErrorLabel"));

    QVERIFY2(m_window->minimumSizeHint().width() <= size.width()
                 && m_window->minimumSizeHint().height() <= size.height(),
             qPrintable(QStringLiteral("minimum %1x%2")
                            .arg(m_window->minimumSizeHint().width())
                            .arg(m_window->minimumSizeHint().height())));
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QApplication::processEvents();

    const QRect window = m_window->rect();
    const int characters = m_driver->nameEdit()->fontMetrics().averageCharWidth();
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* widget : widgets) {
        const bool field = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QAbstractButton*>(widget);
        if (!field || !widget->isVisibleTo(m_window.get()) || qobject_cast<QLineEdit*>(widget->parentWidget()))
            continue;
        if (qobject_cast<QComboBox*>(widget->parentWidget()))
            continue; // a combo box's own line edit: the combo box is checked
        const QString name = widget->objectName() + QLatin1Char(' ') + language;
        const QSize needed = widget->minimumSizeHint();
        QVERIFY2(widget->width() >= needed.width() && widget->height() >= needed.height(),
                 qPrintable(name
                            + QStringLiteral(" is %1x%2, needs %3x%4")
                                  .arg(widget->width())
                                  .arg(widget->height())
                                  .arg(needed.width())
                                  .arg(needed.height())));
        const QRect inWindow(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(window.contains(inWindow), qPrintable(name + QStringLiteral(" lies outside the window")));
        ++checked;
    }
    QVERIFY(checked >= 15);
    // The ids are never squashed to a few characters.
    for (QWidget* idField : std::initializer_list<QWidget*>{ m_driver->nameEdit(), m_driver->ownerCombo(),
                                                             m_driver->get<QLineEdit>("memberIdLineEdit") })
        QVERIFY2(idField->width() >= 16 * characters, qPrintable(idField->objectName()));
}

void TestKeyboardAndLayout::longStatusText_isCutShort_theWindowKeepsItsSize()
{
    m_window->resize(800, 600);
    QTRY_COMPARE(m_window->size(), QSize(800, 600));
    ConnectionSettings settings;
    settings.setServer(m_emulator.baseUrl());
    settings.appKey = QStringLiteral("ding") + QString(160, QLatin1Char('x'));
    settings.appSecret = QStringLiteral("secret");
    m_window->setConnection(settings);
    auto* status = m_driver->get<ElidedLabel>("connectionStatusLabel");
    QVERIFY(status->text().contains(settings.appKey));
    QApplication::processEvents();
    QCOMPARE(m_window->size(), QSize(800, 600));
    QVERIFY(m_window->minimumSizeHint().width() <= 800);
    QVERIFY(status->isElided());
}

void TestKeyboardAndLayout::errorLine_doesNotMoveTheFieldsBelow()
{
    m_window->resize(800, 600);
    QTRY_COMPARE(m_window->size(), QSize(800, 600));
    fillValidForm();
    QApplication::processEvents();
    const int ownerTop = m_driver->ownerCombo()->mapTo(m_window.get(), QPoint(0, 0)).y();
    const int memberTop = m_driver->get<QLineEdit>("memberIdLineEdit")->mapTo(m_window.get(), QPoint(0, 0)).y();
    m_driver->setName(QString(30, QLatin1Char('x'))); // too long: an error line under the name
    m_driver->setOwner(QStringLiteral("manager 4220")); // and under the owner
    QVERIFY(m_driver->visible("groupNameErrorLabel"));
    QVERIFY(m_driver->visible("ownerErrorLabel"));
    QApplication::processEvents();
    QCOMPARE(m_driver->ownerCombo()->mapTo(m_window.get(), QPoint(0, 0)).y(), ownerTop);
    QCOMPARE(m_driver->get<QLineEdit>("memberIdLineEdit")->mapTo(m_window.get(), QPoint(0, 0)).y(), memberTop);
    QCOMPARE(m_window->size(), QSize(800, 600));
}

void TestKeyboardAndLayout::guide_fromHelpAndFromTheWelcomeBox_inBothLanguages()
{
    QVERIFY(!m_window->guide());
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(m_window->guide() && m_window->guide()->isVisible());
    for (const char* fact : { "AppKey", "qyapi_chat_manage", "userid", "Joining needs approval", "may exist" })
        QVERIFY2(m_window->guide()->html().contains(QLatin1String(fact)), fact);
    setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(m_window->guide()->windowTitle(), QStringLiteral("使用指南"));
    for (const char* fact : { "什么是 userid", "qyapi_chat_manage", "入群需要验证", "群可能已存在" })
        QVERIFY2(m_window->guide()->html().contains(QString::fromUtf8(fact)), fact);
    m_window->guide()->close();
    QTRY_VERIFY(!m_window->guide());

    // The first-run question offers it too.
    MainWindow fresh;
    QVERIFY(!fresh.isConnected());
    Preferences::setSandboxOffered(false);
    MessageBox::setNextAnswer(QMessageBox::Help);
    fresh.offerSandboxIfNotConnected();
    if (!fresh.guide())
        QSKIP("a saved connection choice keeps the first-run question away here");
    QVERIFY(fresh.guide()->isVisible());
}

void TestKeyboardAndLayout::memberCount_withAnEmptyList_isZero()
{
    m_driver->setOwner(m_owner);
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("0/1000"));
    m_driver->typeMembers(employeeIds(1).constFirst());
    QCOMPARE(m_driver->text("memberCountLabel"), QStringLiteral("2/1000"));
}

void TestKeyboardAndLayout::welcomeBox_isCentredOnTheWindow_withoutStockIcons()
{
    QFile::remove(ProfileStore::defaultFilePath());
    Preferences::setSandboxOffered(false);
    MessageBox::clearNextAnswer();
    MainWindow fresh;
    fresh.setGeometry(300, 200, 900, 640);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(!fresh.isConnected());

    // The box is modal: it is looked at from inside its own event loop, then answered "Not Now".
    bool seen = false;
    QPoint offset;
    QStringList withIcons;
    QTimer::singleShot(200, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = true;
        offset = box->geometry().center() - fresh.geometry().center();
        QAbstractButton* later = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            if (!button->icon().isNull())
                withIcons.append(button->text());
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                later = button;
        }
        if (later)
            later->click();
        else
            box->reject();
    });
    fresh.offerSandboxIfNotConnected();
    if (!seen)
        QSKIP("the first-run question was not asked here (a saved connection choice)");
    QVERIFY2(offset.manhattanLength() <= 24, qPrintable(QStringLiteral("%1, %2 off").arg(offset.x()).arg(offset.y())));
    QVERIFY2(withIcons.isEmpty(), qPrintable(withIcons.join(QStringLiteral(", "))));
    QVERIFY(!fresh.isConnected());
}

void TestKeyboardAndLayout::importDialog_startsInAFolderThatExists()
{
    // A home without a Documents folder: Qt would offer "Documents" as the file name to open.
    QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", home.path().toLocal8Bit());
    const QString folder = FileDialog::openFolder();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    qputenv("HOME", realHome);
    QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));
    QVERIFY(!QFileInfo::exists(documents));
    QVERIFY(folder != documents);
}

QTEST_MAIN(TestKeyboardAndLayout)
#include "tst_KeyboardAndLayout.moc"
