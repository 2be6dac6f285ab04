// Switching the language at run time: every visible string, those set in code included, follows at once, and
// the choice is remembered.

#include "PseudoTranslator.h"
#include "WindowFixture.h"

#include "ConnectionSummary.h"
#include "Preferences.h"
#include "dingtalk/ErrorCatalogue.h"
#include "i18n/AppTranslator.h"

#include <QAction>
#include <QGroupBox>
#include <QMenuBar>

class TestLanguageSwitch : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void languageMenu_switchesToChineseAndBackWithoutRestart();
    void languageChoice_isRemembered();
    void qtsOwnStrings_followTheLanguage();
    void everyVisibleText_isReReadOnLanguageChange();

private:
    void makeCodeSetTextsVisible();

    AppTranslator* m_translator = nullptr;
};

void TestLanguageSwitch::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestLanguageSwitch::init()
{
    m_translator = new AppTranslator;
    m_translator->setLanguage(QStringLiteral("en"));
    QVERIFY(openWindow(m_translator));
}

void TestLanguageSwitch::cleanup()
{
    closeWindow(); // deletes the translator, which removes its catalogues
}

// Puts code-set strings on screen: a validation message, counts, the hint, a result with an error.
void TestLanguageSwitch::makeCodeSetTextsVisible()
{
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::apiError(60011));
    m_driver->fillIn(QStringLiteral("Languages"), m_emulator.demoOwnerId(), { QStringLiteral("user0001") });
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    m_driver->setOwner(QString()); // an error beside the owner
    QVERIFY(m_driver->visible("ownerErrorLabel"));
    QVERIFY(m_driver->visible("errorLabel"));
}

void TestLanguageSwitch::languageMenu_switchesToChineseAndBackWithoutRestart()
{
    makeCodeSetTextsVisible();
    const QString englishTitle = m_window->windowTitle();
    QCOMPARE(englishTitle, QStringLiteral("DingTalk Group Creator"));
    const QString englishStatus = m_driver->text("connectionStatusLabel");
    QCOMPARE(englishStatus, QStringLiteral("Sandbox (nothing reaches DingTalk)"));
    const QString englishOwnerError = m_driver->text("ownerErrorLabel");
    const QString englishResultTitle = m_driver->text("resultTitleLabel");

    m_driver->get<QAction>("languageChineseAction")->trigger();
    QCOMPARE(m_translator->language(), QStringLiteral("zh_CN"));
    QVERIFY(m_driver->get<QAction>("languageChineseAction")->isChecked());
    QVERIFY(!m_driver->get<QAction>("languageEnglishAction")->isChecked());

    // Whatever the catalogue says now, the window says the same: from the .ui and from code alike. The switch
    // arrives as posted LanguageChange events, hence QTRY on each.
    const QString chineseTitle = QCoreApplication::translate("MainWindow", "DingTalk Group Creator");
    QTRY_COMPARE(m_window->windowTitle(), chineseTitle);
    QTRY_COMPARE(m_driver->text("connectionStatusLabel"),
                 ConnectionSummary::describe(ConnectionSummary::Kind::Sandbox, ConnectionSettings()));
    QTRY_COMPARE(m_driver->text("ownerErrorLabel"),
                 (ValidationIssue{ ValidationIssue::OwnerEmpty, ValidationIssue::Field::Owner, QString() }.message()));
    QTRY_COMPARE(m_driver->text("resultTitleLabel"),
                 ErrorCatalogue::explain(ApiError::api(QStringLiteral("60011"), QString())).title);
    QCOMPARE(m_driver->members()->headerData(MemberListModel::UserIdColumn, Qt::Horizontal).toString(),
             MemberListModel::tr("User ID"));
    // Whichever parts the catalogue already covers really changed.
    QVERIFY(m_driver->text("ownerErrorLabel") != englishOwnerError);
    QVERIFY(m_driver->text("resultTitleLabel") != englishResultTitle);
    if (chineseTitle != englishTitle)
        QVERIFY(m_driver->text("connectionStatusLabel") != englishStatus);

    m_driver->get<QAction>("languageEnglishAction")->trigger();
    QTRY_COMPARE(m_driver->text("ownerErrorLabel"), englishOwnerError);
    QTRY_COMPARE(m_window->windowTitle(), englishTitle);
    QCOMPARE(m_driver->text("connectionStatusLabel"), englishStatus);
    QCOMPARE(m_driver->text("resultTitleLabel"), englishResultTitle);
    QCOMPARE(m_driver->members()->headerData(MemberListModel::UserIdColumn, Qt::Horizontal).toString(),
             QStringLiteral("User ID"));
}

void TestLanguageSwitch::languageChoice_isRemembered()
{
    m_driver->get<QAction>("languageChineseAction")->trigger();
    QCOMPARE(Preferences::language(), QStringLiteral("zh_CN"));
    m_driver->get<QAction>("languageEnglishAction")->trigger();
    QCOMPARE(Preferences::language(), QStringLiteral("en"));
    QVERIFY(Preferences::filePath().contains(QStringLiteral(".qttest")));
}

void TestLanguageSwitch::qtsOwnStrings_followTheLanguage()
{
    m_window->setLanguage(QStringLiteral("zh_CN"));
    // Standard buttons in Qt's own dialogs come from qtbase's catalogue.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QString::fromUtf8("确定"));
    m_window->setLanguage(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("OK"));
}

void TestLanguageSwitch::everyVisibleText_isReReadOnLanguageChange()
{
    makeCodeSetTextsVisible();
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QTRY_VERIFY(isPseudo(m_window->windowTitle()));
    QTRY_VERIFY(isPseudo(m_driver->text("ownerErrorLabel")));

    // Texts that are data, not interface: names and ids, counts of nothing translatable, the languages' own names.
    const QStringList dataNames{ "ownerNameLabel",          "conversationTagLabel", "groupMemberCountLabel",
                                 "openConversationIdLabel", "chatIdLabel",          "conversationTagTitleLabel",
                                 "resultIconLabel",         "errorCodeLabel" };
    QStringList untranslated;
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || dataNames.contains(widget->objectName()))
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget))
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            text = box->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            text = edit->placeholderText();
        if (!text.isEmpty() && !isPseudo(text))
            untranslated.append(widget->objectName() + QLatin1String(": ") + text);
        if (!widget->toolTip().isEmpty() && !isPseudo(widget->toolTip()))
            untranslated.append(widget->objectName() + QLatin1String(" (tooltip): ") + widget->toolTip());
    }
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->isSeparator() || action->objectName().startsWith(QLatin1String("language"))
            || action->text().isEmpty())
            continue;
        if (!isPseudo(action->text()))
            untranslated.append(action->objectName() + QLatin1String(": ") + action->text());
    }
    const QList<QMenu*> menus = m_window->menuBar()->findChildren<QMenu*>();
    for (QMenu* menu : menus) {
        if (!menu->title().isEmpty() && !isPseudo(menu->title()))
            untranslated.append(menu->objectName() + QLatin1String(": ") + menu->title());
    }
    for (int column = 0; column < MemberListModel::ColumnCount; ++column) {
        const QString header = m_driver->members()->headerData(column, Qt::Horizontal).toString();
        if (!isPseudo(header))
            untranslated.append(QStringLiteral("header %1: %2").arg(column).arg(header));
    }
    const QString state = m_driver->members()->index(0, MemberListModel::StateColumn).data().toString();
    if (!isPseudo(state))
        untranslated.append(QStringLiteral("state: ") + state);
    QCoreApplication::removeTranslator(&pseudo);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    QTRY_VERIFY(!isPseudo(m_window->windowTitle()));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_LanguageSwitch.moc"
