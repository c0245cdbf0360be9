// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class CountryData;
class FieldProblem;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

/// "Update Country Data": which country file is in use, the address a fresh cty.dat comes
/// from (editable, checked live), Update with a progress bar and Cancel, and the outcome in
/// words. Non-modal: the download never blocks a stop. The data in use changes only once a
/// download proved complete (CountryData's rule); closing the dialog lets a running update go on.
class CountryDataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryDataDialog)

public:
    /// url: the address configured, empty = the country-files site's. countries is not owned.
    CountryDataDialog(CountryData *countries, const QString &url, QWidget *parent = nullptr);
    ~CountryDataDialog() override;

    /// The address in the field; empty when it is the default one.
    [[nodiscard]] QString url() const;
    /// Starts the update from the address in the field (as the Update button does).
    void startUpdate();

signals:
    /// An update started from an address other than the one configured before (empty =
    /// the default): the caller keeps it.
    void urlChanged(const QString &url);

private:
    void refreshState();
    void onProgress(qint64 receivedBytes, qint64 totalBytes);
    void onFinished(bool ok, const QString &text);

    QPointer<CountryData> m_data;
    QString m_configuredUrl;
    QLabel *m_inUse = nullptr;
    QLineEdit *m_url = nullptr;
    FieldProblem *m_urlProblem = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
};
