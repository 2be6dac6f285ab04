#include "FormUndo.h"

#include <QPushButton>
#include <QStatusBar>

namespace {
// Long enough to notice a list that vanished and to reach the button; the status message lasts as long.
constexpr int OfferMs = 30000;
} // namespace

FormUndo::FormUndo(QStatusBar* statusBar)
    : QObject(statusBar)
    , m_statusBar(statusBar)
    , m_button(new QPushButton(statusBar))
{
    m_button->setObjectName(QStringLiteral("undoButton"));
    m_button->setFlat(true);
    m_button->hide();
    // Permanent: a temporary message hides the status bar's normal widgets, and the offer comes with one.
    m_statusBar->insertPermanentWidget(0, m_button);
    m_expiry.setSingleShot(true);
    m_expiry.setInterval(OfferMs);
    connect(&m_expiry, &QTimer::timeout, this, &FormUndo::withdraw);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!m_before)
            return;
        const FormDraft before = *m_before;
        withdraw();
        emit undoRequested(before);
    });
    retranslate();
}

void FormUndo::offer(const FormDraft& before, const QString& message)
{
    m_before = before;
    m_statusBar->showMessage(message, OfferMs);
    m_button->show();
    m_expiry.start();
}

void FormUndo::withdraw()
{
    m_before.reset();
    m_expiry.stop();
    m_button->hide();
}

void FormUndo::retranslate()
{
    m_button->setText(tr("&Undo"));
    m_button->setToolTip(tr("Put the form back as it was"));
}
