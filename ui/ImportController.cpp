#include "ImportController.h"

#include "FileDialog.h"
#include "ImportDialog.h"
#include "ImportReader.h"
#include "MemberListModel.h"
#include "MessageBox.h"
#include "PeopleResolution.h"
#include "PeopleResolutionDialog.h"
#include "ProgressDialog.h"

#include <QAbstractItemView>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>

namespace {
// Small files are read before anyone could read a progress dialog: it shows only when reading takes longer.
constexpr int ProgressDelayMs = 300;
} // namespace

ImportController::ImportController(MemberListModel* members, QAbstractItemView* dropTarget, QWidget* window)
    : QObject(window)
    , m_members(members)
    , m_viewport(dropTarget->viewport())
    , m_window(window)
    , m_reader(new ImportReader(this))
    , m_progressDelay(new QTimer(this))
{
    dropTarget->setAcceptDrops(true);
    m_viewport->setAcceptDrops(true);
    m_viewport->installEventFilter(this);

    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(ProgressDelayMs);
    connect(m_progressDelay, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_progress->open();
    });
    connect(m_reader, &ImportReader::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setProgress(done, total);
    });
    connect(m_reader, &ImportReader::finished, this, &ImportController::onRead);
}

ImportController::~ImportController()
{
    if (m_viewport)
        m_viewport->removeEventFilter(this);
}

bool ImportController::isBusy() const
{
    return m_reader->isRunning() || m_dialog;
}

void ImportController::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void ImportController::chooseFile()
{
    if (isBusy() || !m_enabled)
        return;
    const QString path = FileDialog::getOpenFileName(
        m_window, tr("Import Members"),
        tr("Member lists (*.xlsx *.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;Text files (*.csv *.tsv *.txt);;All "
           "files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ImportController::importFile(const QString& path)
{
    if (isBusy() || !m_enabled)
        return;
    const QString name = QFileInfo(path).fileName();
    m_progress = new ProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("importProgressDialog"));
    m_progress->setMessage([name] { return tr("Reading %1…").arg(name); });
    connect(m_progress, &ProgressDialog::cancelRequested, this, [this] {
        m_progress->setCancelling();
        m_reader->cancel();
    });
    m_progressDelay->start();
    m_reader->read(path);
}

void ImportController::closeProgress()
{
    m_progressDelay->stop();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
}

void ImportController::onRead(const ImportReading& reading)
{
    closeProgress();
    const QString name = QFileInfo(reading.path).fileName();
    if (reading.result.error.code() == ImportError::Cancelled) {
        emit statusMessage(tr("The import of %1 was cancelled; the member list is unchanged.").arg(name));
        return;
    }
    if (!reading.result.ok()) {
        MessageBox::warning(m_window, tr("Cannot Import %1").arg(name),
                            tr("%1\n\nThe member list is unchanged.").arg(reading.result.error.message()));
        return;
    }
    m_dialog = new ImportDialog(reading.result, reading.guess, reading.path, m_window);
    m_dialog->setObjectName(QStringLiteral("importDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, name] {
        const MemberList members = m_dialog->members();
        // Names and job numbers mean nothing without the directory: adding them as userids would only be refused.
        if (PeopleResolution::needsDirectory(members) && !m_members->hasDirectory()) {
            MessageBox::warning(m_window, tr("Cannot Import %1").arg(name),
                                tr("Sync the directory (Directory menu) to import people by name or job number.\n\n"
                                   "The member list is unchanged."));
            return;
        }
        PeopleResolutionDialog::resolveThenAdd(
            m_window, PeopleResolution(members, m_members->directory()), [this, name](const MemberList& resolved) {
                const int added = m_members->appendMembers(resolved);
                emit statusMessage(tr("Imported %1 members from %2.").arg(added).arg(name));
                emit imported(added);
            });
    });
    m_dialog->open();
}

QString ImportController::droppedFile(const QEvent* event)
{
    const QMimeData* mime = static_cast<const QDropEvent*>(event)->mimeData();
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return QString();
}

bool ImportController::eventFilter(QObject* watched, QEvent* event)
{
    // Compared, never asked: while the window is destroyed the view dies before this controller, and its viewport
    // still gets events (asking the half-destroyed view for its viewport() was undefined behaviour).
    if (watched == m_viewport) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove:
            if (!droppedFile(event).isEmpty() && m_enabled && !isBusy()) {
                auto* drag = static_cast<QDragMoveEvent*>(event);
                drag->setDropAction(Qt::CopyAction);
                drag->accept();
                return true;
            }
            break;
        case QEvent::Drop: {
            const QString path = droppedFile(event);
            if (!path.isEmpty()) {
                auto* drop = static_cast<QDropEvent*>(event);
                drop->setDropAction(Qt::CopyAction);
                drop->accept();
                // After the drop has returned: the drag source (a file manager) must not wait for the preview.
                QTimer::singleShot(0, this, [this, path] { importFile(path); });
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
