// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerprofilesdialog.h"

#include "fieldproblem.h"
#include "settings/credentialstore.h"
#include "settings/settingslogging.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QUrl parsedUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

BrokerProfilesDialog::BrokerProfilesDialog(const QList<BrokerProfile> &profiles,
                                           CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{
    for (const BrokerProfile &p : profiles) {
        m_passwordEdited.append(false);
        m_initialNames.append(p.name);
        m_originalNames.append(p.name);
    }
    buildUi();
    for (int row = 0; row < m_profiles.size(); ++row) {
        m_list->addItem(QString());
        refreshListItem(row);
    }
    if (m_credentials) {
        connect(m_credentials, &CredentialStore::availabilityChanged, this, [this] {
            updateCredentialNotice();
            fetchPasswords();
        });
    }
    updateCredentialNotice();
    fetchPasswords();
    selectRow(m_profiles.isEmpty() ? -1 : 0);
    revalidate();
}

BrokerProfilesDialog::~BrokerProfilesDialog() = default;

QHash<QString, QString> BrokerProfilesDialog::renamedProfiles() const
{
    QHash<QString, QString> renamed;
    for (int row = 0; row < m_profiles.size(); ++row) {
        const QString &original = m_originalNames.at(row);
        if (!original.isEmpty() && original != m_profiles.at(row).name)
            renamed.insert(original, m_profiles.at(row).name);
    }
    return renamed;
}

void BrokerProfilesDialog::buildUi()
{
    setWindowTitle(tr("Brokers"));

    // Left: the list and its buttons.
    auto *left = new QWidget(this);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("profileList"));
    const int iconPx = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_list->setIconSize(QSize(iconPx, iconPx));
    m_addButton = new QPushButton(tr("&Add"), left);
    m_duplicateButton = new QPushButton(tr("D&uplicate"), left);
    m_removeButton = new QPushButton(tr("&Remove"), left);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_removeButton);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // Right: the editor of the selected profile.
    m_editor = new QWidget(this);
    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameProblem = new FieldProblem(m_name, m_editor);
    m_url = new QLineEdit(m_editor);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("tcp://broker.example.org:1883"));
    m_urlProblem = new FieldProblem(m_url, m_editor);
    auto *urlHint = new QLabel(tr("e.g. tcp://host:1883, ws://host:1884, ssl://host:8883, "
                                  "wss://host:8081"),
                               m_editor);
    urlHint->setEnabled(false);
    urlHint->setWordWrap(true);
    m_user = new QLineEdit(m_editor);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("none"));
    m_password = new QLineEdit(m_editor);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("none"));

    // Shown when passwords cannot be kept safely: say so and let the user choose.
    m_credentialBox = new QFrame(m_editor);
    m_credentialBox->setObjectName(QStringLiteral("credentialNotice"));
    static_cast<QFrame *>(m_credentialBox)->setFrameShape(QFrame::StyledPanel);
    auto *noticeIcon = new QLabel(m_credentialBox);
    noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconPx));
    noticeIcon->setAlignment(Qt::AlignTop);
    m_credentialNotice = new QLabel(m_credentialBox);
    m_credentialNotice->setWordWrap(true);
    m_sessionOnly = new QRadioButton(tr("Keep passwords for this session only"), m_credentialBox);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyChoice"));
    m_noPassword = new QRadioButton(tr("Do not use a password"), m_credentialBox);
    m_noPassword->setObjectName(QStringLiteral("noPasswordChoice"));
    m_sessionOnly->setChecked(true);
    auto *noticeTop = new QHBoxLayout;
    noticeTop->addWidget(noticeIcon);
    noticeTop->addWidget(m_credentialNotice, 1);
    auto *noticeLayout = new QVBoxLayout(m_credentialBox);
    noticeLayout->addLayout(noticeTop);
    noticeLayout->addWidget(m_sessionOnly);
    noticeLayout->addWidget(m_noPassword);

    m_caFile = new QLineEdit(m_editor);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("system certificates"));
    m_caBrowse = new QPushButton(tr("&Browse…"), m_editor);
    m_caBrowse->setObjectName(QStringLiteral("caBrowseButton"));
    m_caProblem = new FieldProblem(m_caFile, m_editor);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    m_enabled = new QCheckBox(tr("&Connect to this broker"), m_editor);
    m_enabled->setObjectName(QStringLiteral("enabledBox"));
    m_discover
        = new QCheckBox(tr("&Discover rotators (every CALL/ID/ROT on this broker)"), m_editor);
    m_discover->setObjectName(QStringLiteral("discoverBox"));

    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_urlProblem);
    form->addRow(QString(), urlHint);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_credentialBox);
    auto *caLabel = new QLabel(tr("&CA file:"), m_editor);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_caProblem);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_discover);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BrokerProfilesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &BrokerProfilesDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this,
            &BrokerProfilesDialog::duplicateProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &BrokerProfilesDialog::removeProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            selectRow(row);
    });
    for (QLineEdit *edit : {m_name, m_url, m_user, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &BrokerProfilesDialog::storeEditor);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        if (m_row >= 0)
            m_passwordEdited[m_row] = true;
        storeEditor();
    });
    for (QCheckBox *box : {m_enabled, m_discover})
        connect(box, &QCheckBox::toggled, this, &BrokerProfilesDialog::storeEditor);
    connect(m_noPassword, &QRadioButton::toggled, this, [this] { updateCredentialNotice(); });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("CA certificate file"),
                                       QFileInfo(m_caFile->text()).absolutePath(),
                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &file) { m_caFile->setText(file); });
        // Not modal: a modal picker would block the main window's stops too.
        dialog->setWindowModality(Qt::NonModal);
        dialog->show();
    });
    resize(760, 480);
}

QList<BrokerProfile> BrokerProfilesDialog::profiles() const
{
    QList<BrokerProfile> out = m_profiles;
    if (!storeUsable() && m_noPassword->isChecked()) {
        for (BrokerProfile &p : out)
            p.password.clear();
    }
    return out;
}

bool BrokerProfilesDialog::isInputValid() const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (problemsOf(row).any())
            return false;
    }
    return true;
}

QPushButton *BrokerProfilesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool BrokerProfilesDialog::storeUsable() const
{
    return m_credentials && m_credentials->isAvailable() && !m_storeFailed;
}

BrokerProfilesDialog::Problems BrokerProfilesDialog::problemsOf(int row) const
{
    Problems problems;
    const BrokerProfile &p = m_profiles.at(row);
    if (p.name.trimmed().isEmpty()) {
        problems.name = tr("A profile needs a name.");
    } else {
        for (int other = 0; other < m_profiles.size(); ++other) {
            if (other != row && m_profiles.at(other).name.trimmed() == p.name.trimmed()) {
                problems.name = tr("Another profile has this name.");
                break;
            }
        }
    }
    if (const auto why = brokerUrlProblem(p.url))
        problems.url = tr("Not a broker URL: %1.").arg(*why);
    if (!p.caFile.isEmpty()) {
        const QFileInfo info(p.caFile);
        if (!info.exists())
            problems.caFile = tr("This file does not exist.");
        else if (!info.isFile() || !info.isReadable())
            problems.caFile = tr("This file cannot be read.");
    }
    return problems;
}

void BrokerProfilesDialog::refreshListItem(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const BrokerProfile &p = m_profiles.at(row);
    const QString name = p.name.isEmpty() ? tr("(no name)") : p.name;
    const QString state = m_stateOf && !p.name.isEmpty() ? m_stateOf(p.name) : QString();
    item->setText(state.isEmpty() ? name : tr("%1\n%2").arg(name, state));
    const bool bad = problemsOf(row).any();
    item->setIcon(bad ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    item->setToolTip(bad ? tr("This profile has a problem") : p.url.toString());
    QFont font = item->font();
    font.setItalic(!p.enabled);
    item->setFont(font);
}

void BrokerProfilesDialog::setBrokerStates(std::function<QString(const QString &name)> stateOf)
{
    m_stateOf = std::move(stateOf);
    refreshBrokerStates();
}

void BrokerProfilesDialog::refreshBrokerStates()
{
    for (int row = 0; row < m_list->count(); ++row)
        refreshListItem(row);
}

void BrokerProfilesDialog::selectRow(int row)
{
    m_row = row;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    loadEditor();
    revalidate();
}

void BrokerProfilesDialog::loadEditor()
{
    m_loading = true;
    const bool has = m_row >= 0 && m_row < m_profiles.size();
    m_editor->setEnabled(has);
    const BrokerProfile p = has ? m_profiles.at(m_row) : BrokerProfile {};
    m_name->setText(has ? p.name : QString());
    m_url->setText(has ? p.url.toString() : QString());
    m_user->setText(p.username);
    m_password->setText(p.password);
    m_caFile->setText(p.caFile);
    m_enabled->setChecked(p.enabled);
    m_discover->setChecked(p.discover);
    m_loading = false;
}

void BrokerProfilesDialog::storeEditor()
{
    if (m_loading || m_row < 0 || m_row >= m_profiles.size())
        return;
    BrokerProfile &p = m_profiles[m_row];
    p.name = m_name->text().trimmed();
    p.url = parsedUrl(m_url->text());
    p.username = m_user->text();
    p.password = m_password->text();
    p.caFile = m_caFile->text().trimmed();
    p.enabled = m_enabled->isChecked();
    p.discover = m_discover->isChecked();
    revalidate();
}

void BrokerProfilesDialog::revalidate()
{
    for (int row = 0; row < m_profiles.size(); ++row)
        refreshListItem(row);
    const bool has = m_row >= 0 && m_row < m_profiles.size();
    const Problems current = has ? problemsOf(m_row) : Problems {};
    // The URL field shows its own text's problem, even while the text is not yet a URL at all.
    m_nameProblem->setProblem(current.name);
    m_urlProblem->setProblem(current.url);
    m_caProblem->setProblem(current.caFile);
    m_duplicateButton->setEnabled(has);
    m_removeButton->setEnabled(has);

    QStringList others;
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (row != m_row && problemsOf(row).any())
            others.append(m_profiles.at(row).name.isEmpty() ? tr("(no name)")
                                                            : m_profiles.at(row).name);
    }
    m_summary->setText(
        others.isEmpty() ? QString()
                         : tr("Fix these profiles too: %1").arg(others.join(QStringLiteral(", "))));
    m_summary->setVisible(!others.isEmpty());
    okButton()->setEnabled(isInputValid() && m_pendingJobs == 0);
}

void BrokerProfilesDialog::updateCredentialNotice()
{
    const bool checking = m_credentials && !m_credentials->isAvailabilityKnown();
    const bool usable = storeUsable();
    m_credentialBox->setVisible(!usable && !checking);
    if (!usable && !checking) {
        QString why;
        if (m_storeFailed)
            why = tr("The keyring did not accept the password (%1). Choose below, then press OK.")
                      .arg(m_jobErrors.join(QStringLiteral("; ")));
        else
            why = tr("No keyring is available on this computer, so passwords cannot be stored "
                     "safely. RotorDeck never writes them to its settings file.");
        m_credentialNotice->setText(why);
    }
    const bool noPassword = !usable && !checking && m_noPassword->isChecked();
    m_password->setEnabled(!noPassword);
    m_password->setPlaceholderText(checking         ? tr("checking the keyring…")
                                       : noPassword ? tr("not used")
                                                    : tr("none"));
}

void BrokerProfilesDialog::fetchPasswords()
{
    if (!storeUsable())
        return;
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (!m_profiles.at(row).password.isEmpty() || m_passwordEdited.at(row))
            continue;
        const QString name = m_profiles.at(row).name;
        m_credentials->readPassword(
            CredentialStore::brokerPasswordKey(name),
            [self = QPointer<BrokerProfilesDialog>(this), name](std::optional<QString> password,
                                                                const QString &error) {
                if (!self)
                    return;
                if (!error.isEmpty())
                    qCWarning(lcSettings).noquote() << "keychain read failed:" << error;
                if (!password)
                    return;
                // The profile may have been renamed, moved or typed into meanwhile.
                for (int r = 0; r < self->m_profiles.size(); ++r) {
                    if (self->m_profiles.at(r).name != name || self->m_passwordEdited.at(r)
                        || !self->m_profiles.at(r).password.isEmpty())
                        continue;
                    self->m_profiles[r].password = *password;
                    if (r == self->m_row) {
                        self->m_loading = true;
                        self->m_password->setText(*password);
                        self->m_loading = false;
                    }
                }
            });
    }
}

QString BrokerProfilesDialog::uniqueName(const QString &base) const
{
    QSet<QString> names;
    for (const BrokerProfile &p : m_profiles)
        names.insert(p.name);
    if (!names.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!names.contains(candidate))
            return candidate;
    }
}

void BrokerProfilesDialog::addProfile()
{
    BrokerProfile p;
    p.name = uniqueName(tr("Broker"));
    p.url = QUrl(QStringLiteral("tcp://localhost:1883"));
    m_profiles.append(p);
    m_passwordEdited.append(false);
    m_originalNames.append(QString());
    m_list->addItem(QString());
    selectRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void BrokerProfilesDialog::duplicateProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    BrokerProfile p = m_profiles.at(m_row);
    p.name = uniqueName(p.name);
    m_profiles.append(p);
    // A copy's password is new for the store: it is written under the copy's name.
    m_passwordEdited.append(!p.password.isEmpty());
    m_originalNames.append(QString()); // a copy is a new profile, not a rename
    m_list->addItem(QString());
    selectRow(int(m_profiles.size()) - 1);
}

void BrokerProfilesDialog::removeProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    const int row = m_row;
    m_profiles.removeAt(row);
    m_passwordEdited.removeAt(row);
    m_originalNames.removeAt(row);
    m_loading = true;
    delete m_list->takeItem(row);
    m_loading = false;
    selectRow(m_profiles.isEmpty() ? -1 : std::min(row, int(m_profiles.size()) - 1));
}

void BrokerProfilesDialog::accept()
{
    if (!isInputValid() || m_pendingJobs > 0)
        return;
    if (!storeUsable()) {
        QDialog::accept();
        return;
    }

    // Write what changed, delete what went away; close once the store has answered.
    QSet<QString> finalNames;
    for (const BrokerProfile &p : m_profiles)
        finalNames.insert(p.name);
    struct Job
    {
        QString key;
        std::optional<QString> password; // nullopt = delete
    };
    QList<Job> jobs;
    for (int row = 0; row < m_profiles.size(); ++row) {
        const BrokerProfile &p = m_profiles.at(row);
        const bool renamed = !m_initialNames.contains(p.name);
        if (!m_passwordEdited.at(row) && !(renamed && !p.password.isEmpty()))
            continue;
        const QString key = CredentialStore::brokerPasswordKey(p.name);
        jobs.append({key, p.password.isEmpty() ? std::nullopt : std::optional(p.password)});
    }
    for (const QString &name : std::as_const(m_initialNames)) {
        if (!finalNames.contains(name))
            jobs.append({CredentialStore::brokerPasswordKey(name), std::nullopt});
    }
    if (jobs.isEmpty()) {
        QDialog::accept();
        return;
    }

    m_jobErrors.clear();
    m_pendingJobs = int(jobs.size());
    okButton()->setEnabled(false);
    const auto done = [self = QPointer<BrokerProfilesDialog>(this)](bool ok, const QString &error) {
        if (!self)
            return;
        if (!ok)
            self->m_jobErrors.append(error);
        if (--self->m_pendingJobs == 0)
            self->finishAccept();
    };
    for (const Job &job : std::as_const(jobs)) {
        if (job.password)
            m_credentials->writePassword(job.key, *job.password, done);
        else
            m_credentials->deletePassword(job.key, done);
    }
}

void BrokerProfilesDialog::finishAccept()
{
    if (m_jobErrors.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Stay open: say what failed and offer the session-only / no-password choice.
    qCWarning(lcSettings).noquote() << "keychain write failed:" << m_jobErrors.join(u"; ");
    m_storeFailed = true;
    updateCredentialNotice();
    revalidate();
}
