#include "DirectoryMenu.h"

#include "DirectoryController.h"
#include "DirectoryStatusLabel.h"
#include "MessageBox.h"
#include "ProgressDialog.h"
#include "dingtalk/ErrorCatalogue.h"
#include "directory/DirectorySyncResult.h"

#include <QDir>
#include <QEvent>

DirectoryMenu::DirectoryMenu(DirectoryController* controller, QWidget* window)
    : QMenu(window)
    , m_controller(controller)
    , m_window(window)
    , m_syncAction(new QAction(this))
    , m_forgetAction(new QAction(this))
{
    setObjectName(QStringLiteral("directoryMenu"));
    m_syncAction->setObjectName(QStringLiteral("syncDirectoryAction"));
    m_forgetAction->setObjectName(QStringLiteral("forgetDirectoryAction"));
    addAction(m_syncAction);
    addSeparator();
    addAction(m_forgetAction);
    connect(m_syncAction, &QAction::triggered, this, &DirectoryMenu::sync);
    connect(m_forgetAction, &QAction::triggered, this, &DirectoryMenu::forget);
    connect(m_controller, &DirectoryController::stateChanged, this, &DirectoryMenu::updateActions);
    connect(m_controller, &DirectoryController::directoryChanged, this, &DirectoryMenu::retranslate);
    connect(m_controller, &DirectoryController::syncProgress, this, &DirectoryMenu::onProgress);
    connect(m_controller, &DirectoryController::syncFinished, this, &DirectoryMenu::onSyncFinished);
    connect(m_controller, &DirectoryController::forgetFailed, this, [this](const QString& problem) {
        MessageBox::warning(m_window, tr("The Directory Was Not Erased"),
                            tr("The copy of the directory could not be erased: %1").arg(problem));
    });
    retranslate();
}

void DirectoryMenu::retranslate()
{
    setTitle(tr("&Directory"));
    // One action: the first sync makes the copy, later ones bring it up to date.
    m_syncAction->setText(m_controller->hasDirectory() ? tr("&Refresh Directory") : tr("&Sync Directory"));
    m_syncAction->setToolTip(tr("Read the organisation's departments and people from DingTalk, so people can be "
                                "found by name"));
    m_forgetAction->setText(tr("&Forget Directory…"));
    m_forgetAction->setToolTip(tr("Erase the copy of the organisation's directory kept on this computer"));
    updateActions();
}

void DirectoryMenu::updateActions()
{
    m_syncAction->setEnabled(m_controller->canSync());
    m_forgetAction->setEnabled(m_controller->canForget());
}

void DirectoryMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void DirectoryMenu::sync()
{
    if (!m_controller->canSync())
        return;
    m_departmentsDone = m_departmentsFound = m_people = 0;
    m_progress = new ProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("directorySyncProgressDialog"));
    m_progress->setMessage([this] {
        // The tree is walked as it is read: the number of departments grows until the last level is listed.
        return tr("Reading the organisation's directory: %1 of %2 departments, %3.")
            .arg(m_departmentsDone)
            .arg(m_departmentsFound)
            .arg(tr("%n people", nullptr, m_people));
    });
    connect(m_progress, &ProgressDialog::cancelRequested, this, [this] {
        m_progress->setCancelling();
        m_controller->cancelSync();
    });
    m_progress->open(); // not exec(): the sync is served by the window's own event loop
    m_controller->sync();
}

void DirectoryMenu::onProgress(int departmentsDone, int departmentsFound, int people)
{
    m_departmentsDone = departmentsDone;
    m_departmentsFound = departmentsFound;
    m_people = people;
    if (m_progress)
        m_progress->setProgress(departmentsDone, departmentsFound);
}

void DirectoryMenu::closeProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress.clear();
    }
}

void DirectoryMenu::onSyncFinished(const DirectorySyncResult& result, const QString& saveProblem)
{
    closeProgress();
    switch (result.outcome) {
    case DirectorySyncResult::Outcome::Completed: {
        QString text = tr("The directory is up to date: %1 in %n departments.", nullptr, result.departments)
                           .arg(tr("%n people", nullptr, result.people));
        if (result.skippedDepartments > 0)
            text = ErrorCatalogue::sentences({ text,
                                               tr("%n departments are outside the app's contacts scope: their "
                                                  "people are not in the copy.",
                                                  nullptr, result.skippedDepartments) });
        emit statusMessage(text);
        if (!saveProblem.isEmpty())
            MessageBox::warning(m_window, tr("The Directory Was Not Saved"),
                                tr("The directory was read, but it could not be kept on this computer: %1\n\nIt is "
                                   "used until the program closes.")
                                    .arg(saveProblem));
        break;
    }
    case DirectorySyncResult::Outcome::Cancelled:
        emit statusMessage(m_controller->hasDirectory() ? tr("The sync was cancelled: the directory is as it was.")
                                                        : tr("The sync was cancelled: there is still no directory."));
        break;
    case DirectorySyncResult::Outcome::Refused:
    case DirectorySyncResult::Outcome::Failed:
        MessageBox::warning(m_window, tr("The Directory Was Not Synced"), failureText(result));
        break;
    }
}

QString DirectoryMenu::failureText(const DirectorySyncResult& result)
{
    // ErrorCatalogue names the missing permission and what still works; DingTalk's own words follow, for IT.
    const ErrorExplanation explanation = result.explanation();
    QStringList paragraphs{ explanation.title, explanation.explanation };
    if (result.missingPermission().isEmpty())
        paragraphs.append(tr("Without a directory, members and owners are still given by userid or phone number."));
    if (!explanation.nextStep.isEmpty())
        paragraphs.append(tr("What to do: %1").arg(explanation.nextStep));
    if (result.error.isApi())
        paragraphs.append(
            tr("DingTalk's answer: errcode %1, errmsg \"%2\"").arg(result.error.errcode, result.error.errmsg));
    else if (!result.error.isOk())
        paragraphs.append(result.error.technicalDetails());
    paragraphs.append(tr("The directory on this computer is as it was."));
    paragraphs.removeAll(QString());
    return paragraphs.join(QStringLiteral("\n\n"));
}

void DirectoryMenu::forget()
{
    if (!m_controller->canForget())
        return;
    const int people = int(m_controller->directory().people().size());
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, tr("Forget the Directory?"),
        tr("The copy of the organisation's directory on this computer (%1) is erased. Until the next sync, owners "
           "are no longer completed by name and members are no longer checked against it.\n\n%2")
            .arg(tr("%n people", nullptr, people), QDir::toNativeSeparators(m_controller->filePath())),
        { { QMessageBox::Cancel, tr("Keep It") }, { QMessageBox::Discard, tr("Forget Directory") } });
    if (answer != QMessageBox::Discard)
        return;
    m_controller->forget();
    emit statusMessage(tr("The directory was erased from this computer."));
}

bool DirectoryMenu::confirmPeopleOutsideTheDirectory(const QStringList& outsiders)
{
    if (outsiders.isEmpty() || !m_controller->hasDirectory())
        return true;
    constexpr int Named = 5; // enough to recognise a typo; the member list marks every one
    QStringList named = outsiders.mid(0, Named);
    if (outsiders.size() > Named)
        named.append(QStringLiteral("…"));
    const QString age
        = DirectoryStatusLabel::updatedAgo(m_controller->directory().syncedAt(), QDateTime::currentDateTimeUtc());
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, tr("Not in the Directory"),
        tr("The directory (%1) has nobody with these userids: %2.\n\nDingTalk refuses a request that carries "
           "someone outside the organisation. If they joined after the directory was synced, create the group "
           "anyway; otherwise correct the ids first.")
            .arg(age, named.join(tr(", "))),
        { { QMessageBox::Cancel, tr("Check the Ids") }, { QMessageBox::Yes, tr("Create Anyway") } });
    return answer == QMessageBox::Yes;
}
