#pragma once

#include "connections/ConnectionTestResult.h"
#include "dingtalk/ConnectionSettings.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ConnectionDialog;
}

class ConnectionTester;
class QPushButton;

/**
 * Asks how to reach DingTalk: AppKey and AppSecret, or a pasted access token, plus the server address and the
 * timeout. Secrets are typed into masked fields and only ever handed back in memory.
 *
 * Connect tests the credentials first (ConnectionTester: a token, then the permissions harmless calls can prove)
 * and shows what was and was not checked; once the test passes, the same button uses the connection. When the test
 * fails for another reason than the credentials themselves (the network, a proxy, a missing permission), "Connect
 * Anyway" uses them untested, as the user's explicit choice; credentials DingTalk refused are never used.
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
    /** The last test of the credentials as they stand; empty before one ended (or after an edit). */
    const std::optional<ConnectionTestResult>& testResult() const { return m_result; }
    bool isTesting() const;

public slots:
    /** Tests the credentials; once they passed, accepts. */
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    /** What is wrong with the input, in the user's language; empty when it can be used. */
    QString problem() const;
    void updateState();
    void fillApiGenerations();
    ApiGeneration generation() const;
    void onGenerationChanged();
    /** The input changed: the last test no longer speaks for it. */
    void forgetTest();
    void onTestFinished(const ConnectionTestResult& result);
    /** Whether the user may use the credentials although the test did not pass. */
    bool mayConnectUntested() const;

    const std::unique_ptr<Ui::ConnectionDialog> m_ui;
    bool m_edited = false;
    ConnectionTester* m_tester;
    QPushButton* m_connectAnywayButton;
    std::optional<ConnectionTestResult> m_result;
    ApiGeneration m_shownGeneration = ApiGeneration::Legacy;
};
