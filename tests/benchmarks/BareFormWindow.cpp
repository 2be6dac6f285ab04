// The yardstick for start-up time: a bare Qt Widgets window with a form comparable to the app's main window
// (name, owner, member table with buttons, six switches, create row, result fields), built in code, with no
// translations, settings or sandbox. It prints "shown" once its window is first exposed, then quits.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>
#include <cstdio>

namespace {
class ExposeReporter : public QObject
{
public:
    explicit ExposeReporter(const QElapsedTimer& clock)
        : m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* window = qobject_cast<QWindow*>(watched);
        if (!m_done && event->type() == QEvent::Expose && window && window->isExposed()) {
            m_done = true;
            std::printf("shown %lld\n", static_cast<long long>(m_clock.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    const QElapsedTimer& m_clock;
    bool m_done = false;
};
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare form"));
    window.menuBar()->addMenu(QStringLiteral("File"))->addAction(QStringLiteral("Quit"));
    window.menuBar()->addMenu(QStringLiteral("Connection"))->addAction(QStringLiteral("Sandbox"));
    window.menuBar()->addMenu(QStringLiteral("Language"))->addAction(QStringLiteral("English"));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    auto* form = new QFormLayout;
    auto* name = new QLineEdit;
    form->addRow(QStringLiteral("Group name"), name);
    form->addRow(QString(), new QLabel(QStringLiteral("0/20")));
    auto* owner = new QComboBox;
    owner->setEditable(true);
    form->addRow(QStringLiteral("Owner"), owner);
    layout->addLayout(form);

    auto* members = new QGroupBox(QStringLiteral("Members"));
    auto* membersLayout = new QVBoxLayout(members);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(new QLineEdit);
    for (const char* label : { "Add", "Paste", "Remove", "Clear" })
        addRow->addWidget(new QPushButton(QString::fromLatin1(label)));
    membersLayout->addLayout(addRow);
    auto* table = new QTableWidget(0, 3);
    table->setHorizontalHeaderLabels({ QStringLiteral("User ID"), QStringLiteral("Name"), QStringLiteral("State") });
    table->horizontalHeader()->setStretchLastSection(true);
    membersLayout->addWidget(table);
    membersLayout->addWidget(new QLabel(QStringLiteral("0/1000")));
    layout->addWidget(members);

    auto* settings = new QGroupBox(QStringLiteral("Settings"));
    auto* settingsLayout = new QVBoxLayout(settings);
    for (const char* label : { "History", "Searchable", "Approval", "@all", "Manage", "Mute" })
        settingsLayout->addWidget(new QCheckBox(QString::fromLatin1(label)));
    layout->addWidget(settings);

    auto* actions = new QHBoxLayout;
    actions->addWidget(new QProgressBar);
    actions->addWidget(new QPushButton(QStringLiteral("Cancel")));
    actions->addWidget(new QPushButton(QStringLiteral("Create")));
    layout->addLayout(actions);

    auto* result = new QGroupBox(QStringLiteral("Result"));
    auto* resultLayout = new QFormLayout(result);
    resultLayout->addRow(QStringLiteral("openConversationId"), new QLineEdit);
    resultLayout->addRow(QStringLiteral("chatid"), new QLineEdit);
    layout->addWidget(result);

    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(900, 720);

    ExposeReporter reporter(clock);
    window.winId(); // create the native window so its expose events can be watched
    window.windowHandle()->installEventFilter(&reporter);
    window.show();
    return app.exec();
}
