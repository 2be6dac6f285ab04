#pragma once

#include "dingtalk/ApiError.h"
#include "joinlink/QrCode.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class JoinLinkDialog;
}

class ApiCall;
class GroupApi;
class QPagedPaintDevice;
class QPrinter;

/**
 * The join link of a group (the URL behind its QR code), as shared by one of its members: the owner by default, or
 * any member picked or typed. Shows the QR code and offers copying the link or the image, saving a PNG and printing.
 */
class JoinLinkDialog : public QDialog
{
    Q_OBJECT

public:
    /** `members` offered as sharers, the owner first. Asks for the owner's link at once. */
    JoinLinkDialog(GroupApi* api, const QString& chatid, const QString& groupName, const QStringList& members,
                   QWidget* parent = nullptr);
    ~JoinLinkDialog() override;

    /** Asks for the link shared by the member in the combo. */
    void fetchLink();
    bool isFetching() const { return !m_call.isNull(); }
    QString link() const { return m_link; }
    /** The QR code at `moduleSize` pixels per module, quiet zone included. */
    QImage qrImage(int moduleSize = 8) const;
    /** The printed page: the group's name, the code and the link, painted into `page`. */
    void paintPage(QPainter& painter, const QRectF& page) const;
    /** Paints the page on `device` (a printer, or a PDF writer in tests). */
    void printTo(QPagedPaintDevice* device) const;

    /**
     * Replaces the print dialog: the function gets the printer, may set it up (a PDF file in tests) and returns
     * whether to print. Empty: the real QPrintDialog.
     */
    static void setPrintDialogOverride(std::function<bool(QPrinter&)> override);

signals:
    void copied(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onLinkFinished();
    void showState();
    void copyLink();
    void copyImage();
    void savePng();
    void print();

    const std::unique_ptr<Ui::JoinLinkDialog> m_ui;
    QPointer<GroupApi> m_api;
    QString m_chatid;
    QString m_groupName;
    QPointer<ApiCall> m_call;
    QString m_link;
    QrCode m_code;
    std::optional<ApiError> m_error; // why the last request brought no link (explained in showState())
    QString m_unsavedPath; // a PNG that could not be written
    QString m_unsavedReason; // why, as FileSaver says it ("the disk is full …")
    static std::function<bool(QPrinter&)> s_printDialogOverride;
};
