#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;

/**
 * The About box: icon, name, version (the one from CMake's project(VERSION)), what the tool does, its licence,
 * the Qt it runs on and links to the DingTalk documentation pages of the calls it makes. Every text is re-read on
 * QEvent::LanguageChange, so the box follows a language switch while it is open.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    /** The DingTalk documentation pages linked from the box, in the order shown. */
    static QStringList documentationLinks();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_iconLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLabel* m_versionCaptionLabel = nullptr;
    QLabel* m_versionLabel = nullptr;
    QLabel* m_licenseCaptionLabel = nullptr;
    QLabel* m_licenseLabel = nullptr;
    QLabel* m_qtVersionCaptionLabel = nullptr;
    QLabel* m_qtVersionLabel = nullptr;
    QLabel* m_linksLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};
