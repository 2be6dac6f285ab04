// The About box: the one version from CMake, the DingTalk documentation links, texts that follow a language switch,
// and the Help menu opening it without blocking.

#include "AboutDialog.h"
#include "MainWindow.h"
#include "PseudoTranslator.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {
QLabel* label(const QWidget& dialog, const char* name)
{
    return dialog.findChild<QLabel*>(QLatin1String(name));
}
} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version_isTheProjectVersion();
    void links_pointToDingTalkDocumentation();
    void showsIconNameDescriptionLicenceAndQt();
    void texts_areReReadOnLanguageChange();
    void aboutAction_opensTheDialogWithoutBlocking();
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAboutDialog::version_isTheProjectVersion()
{
    AboutDialog dialog;
    QLabel* version = label(dialog, "aboutVersionLabel");
    QVERIFY(version);
    QCOMPARE(version->text(), QStringLiteral(DTG_VERSION));
    QVERIFY(QStringLiteral(DTG_VERSION).contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))));
}

void TestAboutDialog::links_pointToDingTalkDocumentation()
{
    AboutDialog dialog;
    QLabel* links = label(dialog, "aboutLinksLabel");
    QVERIFY(links);
    QVERIFY(links->openExternalLinks());
    const QStringList urls = AboutDialog::documentationLinks();
    QCOMPARE(urls.size(), 3);
    for (const QString& url : urls) {
        QVERIFY2(url.startsWith(QLatin1String("https://open.dingtalk.com/document/")), qPrintable(url));
        QVERIFY2(links->text().contains(QStringLiteral("href=\"%1\"").arg(url)), qPrintable(url));
    }
}

void TestAboutDialog::showsIconNameDescriptionLicenceAndQt()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!label(dialog, "aboutIconLabel")->pixmap().isNull());
    QCOMPARE(label(dialog, "aboutNameLabel")->text(), QStringLiteral("DingTalk Group Creator"));
    QVERIFY(!label(dialog, "aboutDescriptionLabel")->text().isEmpty());
    QVERIFY(label(dialog, "aboutLicenseLabel")->text().contains(QLatin1String("MIT")));
    QVERIFY(label(dialog, "aboutQtVersionLabel")->text().startsWith(QString::fromLatin1(qVersion())));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About DingTalk Group Creator"));
}

void TestAboutDialog::texts_areReReadOnLanguageChange()
{
    AboutDialog dialog;
    dialog.show();
    PseudoTranslator pseudo("AboutDialog");
    QVERIFY(QCoreApplication::installTranslator(&pseudo));
    QTRY_VERIFY(isPseudo(dialog.windowTitle()));
    for (const char* name :
         { "aboutNameLabel", "aboutDescriptionLabel", "aboutVersionCaptionLabel", "aboutLicenseCaptionLabel",
           "aboutLicenseLabel", "aboutQtVersionCaptionLabel", "aboutLinksLabel" })
        QVERIFY2(isPseudo(label(dialog, name)->text()), name);
    // The version and the links stay as they are.
    QCOMPARE(label(dialog, "aboutVersionLabel")->text(), QStringLiteral(DTG_VERSION));
    for (const QString& url : AboutDialog::documentationLinks())
        QVERIFY(label(dialog, "aboutLinksLabel")->text().contains(url));

    QVERIFY(QCoreApplication::removeTranslator(&pseudo));
    QTRY_VERIFY(!isPseudo(dialog.windowTitle()));
    QVERIFY(!isPseudo(label(dialog, "aboutLinksLabel")->text()));
}

void TestAboutDialog::aboutAction_opensTheDialogWithoutBlocking()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger(); // returns: the dialog is window-modal, not exec()'d
    AboutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("aboutVersionLabel"))->text(), QStringLiteral(DTG_VERSION));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<AboutDialog*>()); // deleted on close
}

QTEST_MAIN(TestAboutDialog)
#include "tst_AboutDialog.moc"
