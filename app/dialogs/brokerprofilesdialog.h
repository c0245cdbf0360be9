// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/brokerprofile.h"

#include <QDialog>

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <functional>

class CredentialStore;
class FieldProblem;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QWidget;

/// Edits the list of broker profiles: add / remove / duplicate, and per profile name, URL
/// (tcp/ws/ssl/wss, checked live with brokerUrlProblem), user, password, CA file, enabled and
/// discover. OK stays disabled while any profile is invalid; the reason is shown at the field.
///
/// Passwords: the dialog fills empty password fields from the CredentialStore when it opens.
/// On OK it writes changed passwords to the store and deletes those of removed or renamed
/// profiles, and closes when the store has answered. When the store is not available (no
/// keyring) the dialog says so and lets the user choose: keep the password for this session only
/// (profiles() returns it, nothing is stored) or use no password. Never written to the INI file.
class BrokerProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerProfilesDialog)

public:
    /// `credentials` may be null (then passwords are session-only). Not owned.
    BrokerProfilesDialog(const QList<BrokerProfile> &profiles, CredentialStore *credentials,
                         QWidget *parent = nullptr);
    ~BrokerProfilesDialog() override;

    /// The edited profiles, passwords included (in memory). Valid after accept().
    [[nodiscard]] QList<BrokerProfile> profiles() const;
    /// Profiles that were there when the dialog opened and now have another name: old name ->
    /// new name (a copy or a new profile is not a rename). Names may have been swapped.
    [[nodiscard]] QHash<QString, QString> renamedProfiles() const;
    /// True while the current input is acceptable (OK enabled).
    [[nodiscard]] bool isInputValid() const;

    /// Shows each profile's live state beside its name ("Connected", "Login refused", …);
    /// stateOf gets a profile name and says "" for a broker that is not running.
    void setBrokerStates(std::function<QString(const QString &name)> stateOf);
    /// The states changed: show them again.
    void refreshBrokerStates();
    /// Adds a new profile and selects it.
    void addProfile();
    void duplicateProfile();
    void removeProfile();

public slots:
    void accept() override;

private:
    [[nodiscard]] QPushButton *okButton() const;
    void buildUi();
    void selectRow(int row);
    void loadEditor();
    void storeEditor();
    void revalidate();
    void updateCredentialNotice();
    void fetchPasswords();
    void finishAccept();
    [[nodiscard]] QString uniqueName(const QString &base) const;
    struct Problems
    {
        QString name;
        QString url;
        QString caFile;
        [[nodiscard]] bool any() const
        {
            return !name.isEmpty() || !url.isEmpty() || !caFile.isEmpty();
        }
    };
    [[nodiscard]] Problems problemsOf(int row) const;
    [[nodiscard]] bool storeUsable() const;
    void refreshListItem(int row);

    QList<BrokerProfile> m_profiles;
    QList<bool> m_passwordEdited;
    QList<QString> m_initialNames;
    QList<QString> m_originalNames; // per row: its name when the dialog opened, empty if new
    QPointer<CredentialStore> m_credentials;
    int m_row = -1;
    bool m_loading = false;
    int m_pendingJobs = 0;
    QStringList m_jobErrors;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_name = nullptr;
    FieldProblem *m_nameProblem = nullptr;
    QLineEdit *m_url = nullptr;
    FieldProblem *m_urlProblem = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_credentialNotice = nullptr;
    QWidget *m_credentialBox = nullptr;
    bool m_storeFailed = false;
    QRadioButton *m_sessionOnly = nullptr;
    QRadioButton *m_noPassword = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    FieldProblem *m_caProblem = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_discover = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<QString(const QString &name)> m_stateOf;
};
