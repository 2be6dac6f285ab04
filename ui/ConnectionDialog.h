#pragma once

#include "dingtalk/ConnectionSettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

/**
 * Asks how to reach DingTalk: AppKey and AppSecret, or a pasted access token, plus the server address and the
 * timeout. Secrets are typed into masked fields and only ever handed back in memory.
 */
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    /** Fills the fields from an existing connection (secrets stay masked). */
    void setSettings(const ConnectionSettings& settings);
    /** The connection as entered; only meaningful when isInputValid(). */
    ConnectionSettings settings() const;

    bool isInputValid() const { return problem().isEmpty(); }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    /** What is wrong with the input, in the user's language; empty when it can be used. */
    QString problem() const;
    void updateState();
    void fillApiGenerations();
    ApiGeneration generation() const;
    void onGenerationChanged();

    const std::unique_ptr<Ui::ConnectionDialog> m_ui;
    bool m_edited = false;
    ApiGeneration m_shownGeneration = ApiGeneration::Legacy;
};
