#pragma once

// Drives the "Manage Connections" dialog by object name, and a secret store the tests can look into.

#include "ProfileController.h"
#include "ProfilesDialog.h"
#include "connections/ProfileStore.h"
#include "connections/SessionSecretStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QtTest>

/** An in-memory store that can pretend to be a keychain (persistent) or not. */
class FakeKeychain : public SessionSecretStore
{
public:
    bool persistent = true;
    bool isPersistent() const override { return persistent; }
    QString sessionOnlyMessage() const override { return persistent ? QString() : sessionOnlyText(); }
    void goSessionOnly()
    {
        persistent = false;
        emit persistenceChanged(false);
    }
};

template <typename T> T* childOf(QObject* parent, const char* name)
{
    T* child = parent->findChild<T*>(QLatin1String(name));
    if (!child)
        qFatal("No %s named %s", T::staticMetaObject.className(), name);
    return child;
}

class ProfilesDriver
{
public:
    explicit ProfilesDriver(ProfilesDialog* dialog)
        : m_dialog(dialog)
    {
    }

    template <typename T> T* get(const char* name) const { return childOf<T>(m_dialog, name); }
    void click(const char* button) { QTest::mouseClick(get<QAbstractButton>(button), Qt::LeftButton); }
    void type(const char* edit, const QString& text)
    {
        QLineEdit* line = get<QLineEdit>(edit);
        line->selectAll();
        line->del();
        line->insert(text);
    }
    void setGeneration(ApiGeneration generation)
    {
        auto* combo = get<QComboBox>("apiGenerationComboBox");
        combo->setCurrentIndex(combo->findData(int(generation)));
    }
    /** A new profile with this AppKey, AppSecret and (legacy) server typed in, not saved. */
    void typeNewProfile(const QString& appKey, const QString& secret, const QUrl& legacyServer)
    {
        click("addProfileButton");
        type("appKeyLineEdit", appKey);
        type("appSecretLineEdit", secret);
        type("legacyUrlLineEdit", legacyServer.toString());
    }
    /** New profile through the dialog: name, key, secret and both servers; returns its id once saved. */
    QString addProfile(const QString& name, const QString& appKey, const QString& secret, const QUrl& server,
                       ApiGeneration generation = ApiGeneration::Legacy)
    {
        click("addProfileButton");
        type("nameLineEdit", name);
        setGeneration(generation);
        type("appKeyLineEdit", appKey);
        type("appSecretLineEdit", secret);
        type("legacyUrlLineEdit", server.toString());
        type("v1UrlLineEdit", server.toString());
        if (!get<QAbstractButton>("saveProfileButton")->isEnabled())
            qWarning() << "cannot save:" << get<QLabel>("problemsLabel")->text();
        QSignalSpy saved(m_dialog, &ProfilesDialog::profileSaved);
        click("saveProfileButton");
        if (!saved.wait(5000))
            return QString();
        return saved.first().first().toString();
    }
    void select(const QString& id)
    {
        QListWidget* list = get<QListWidget>("profilesListWidget");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id)
                list->setCurrentRow(row);
        }
    }
    QString result() const { return get<QLabel>("testResultLabel")->text(); }

private:
    ProfilesDialog* m_dialog;
};

/** The Connection menu entry that switches to profile `id`. */
inline QAction* profileAction(QMainWindow* window, const QString& id)
{
    const QList<QAction*> actions = window->findChildren<QAction*>(QStringLiteral("profileAction"));
    for (QAction* action : actions) {
        if (action->data().toString() == id)
            return action;
    }
    return nullptr;
}
