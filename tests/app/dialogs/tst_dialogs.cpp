// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/brokerprofilesdialog.h"
#include "dialogs/clusternodesdialog.h"
#include "dialogs/fieldproblem.h"
#include "dialogs/rotatorpropertiesdialog.h"
#include "dialogs/stationdialog.h"
#include "settings/credentialstore.h"

#include "namedchild.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaObject>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

namespace {

/// The problem shown for `field` (its FieldProblem sibling), or empty.
QString problemShownFor(const QWidget *dialog, const QWidget *field)
{
    const auto problems = dialog->findChildren<FieldProblem *>();
    for (const FieldProblem *p : problems) {
        if (p->hasProblem() && field->toolTip() == p->problem() && p->isVisibleTo(dialog))
            return p->problem();
    }
    return {};
}

void savePng(QWidget *widget, const QString &name)
{
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    const QString file = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    QVERIFY(widget->grab().save(file));
}

BrokerProfile profile(const QString &name, const QString &url)
{
    BrokerProfile p;
    p.name = name;
    p.url = QUrl(url);
    return p;
}

RotatorSettings hfRotator()
{
    RotatorSettings r;
    r.brokerName = QStringLiteral("Home");
    r.address = RotatorAddress {QStringLiteral("OK1HRA"), QStringLiteral("1")};
    r.label = QStringLiteral("HF yagi");
    r.colour = QStringLiteral("#ff8000");
    r.beamWidthDeg = 60;
    r.presets = {{QStringLiteral("EU"), 45}, {QStringLiteral("JA"), 30}};
    return r;
}

RotatorState deviceState()
{
    RotatorState s;
    s.maxRotateDeg = 450;
    s.maxRotateSource = ValueSource::Device;
    s.beamWidthDeg = 60;
    s.beamWidthSource = ValueSource::User;
    s.startAzimuthDeg = 0;
    s.startAzimuthSource = ValueSource::Default;
    s.elevationMode = false;
    s.elevationSource = ValueSource::Device;
    return s;
}

/// A keyring that answers but refuses to store anything (e.g. locked, access denied).
class RefusingCredentialStore final : public CredentialStore
{
public:
    [[nodiscard]] bool isAvailable() const override { return true; }
    [[nodiscard]] bool isPersistent() const override { return true; }
    void readPassword(const QString &, ReadDone done) override
    {
        QMetaObject::invokeMethod(
            this, [done] { done(std::nullopt, QString()); }, Qt::QueuedConnection);
    }
    void writePassword(const QString &, const QString &, WriteDone done) override
    {
        ++writes;
        QMetaObject::invokeMethod(
            this, [done] { done(false, QStringLiteral("the keyring is locked")); },
            Qt::QueuedConnection);
    }
    void deletePassword(const QString &, WriteDone done) override
    {
        QMetaObject::invokeMethod(
            this, [done] { done(true, QString()); }, Qt::QueuedConnection);
    }
    int writes = 0;
};

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void stationProblemNeverCoversTheHint();
    void brokerDialogShowsLiveStates();
    void initTestCase();
    void rotatorBands();
    void clusterNodes();

    void stationLocator_data();
    void stationLocator();
    void stationCallsign_data();
    void stationCallsign();
    void stationAccepted();

    void brokerUrl_data();
    void brokerUrl();
    void brokerNameMustBeUniqueAndSet_data();
    void brokerNameMustBeUniqueAndSet();
    void brokerRenamesAreReported();
    void brokerCaFile();
    void brokerAddDuplicateRemove();
    void brokerInvalidOtherProfileBlocksOk();
    void brokerPasswordsGoToTheStore();
    void brokerPasswordNotice_data();
    void brokerPasswordNotice();
    void brokerAcceptedWithoutStore();
    void brokerKeyringRefusesPassword();

    void rotatorColour_data();
    void rotatorColour();
    void rotatorSources();
    void rotatorPresets_data();
    void rotatorPresets();
    void rotatorAccepted();
    void rotatorTrackingFields();
    void rotatorHttpFields();

    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDialogs::stationLocator_data()
{
    QTest::addColumn<QString>("locator");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 chars") << QStringLiteral("JO62") << true;
    QTest::newRow("6 chars") << QStringLiteral("JO62qm") << true;
    QTest::newRow("8 chars lower") << QStringLiteral("jo62qm12") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("field past R") << QStringLiteral("ZZ99") << false;
    QTest::newRow("3 chars") << QStringLiteral("JO6") << false;
    QTest::newRow("5 chars") << QStringLiteral("JO62q") << false;
    QTest::newRow("subsquare past x") << QStringLiteral("JO62qz") << false;
    QTest::newRow("letters where digits") << QStringLiteral("JOAB") << false;
    QTest::newRow("7 chars") << QStringLiteral("JO62qm1") << false;
}

void TestDialogs::stationLocator()
{
    QFETCH(QString, locator);
    QFETCH(bool, valid);
    StationDialog dialog(StationSettings {QStringLiteral("JO70fa"), QStringLiteral("Home"),
                                          QStringLiteral("OK1KHL")});
    QVERIFY(namedChild<QPushButton>(&dialog, "okButton")->isEnabled());
    namedChild<QLineEdit>(&dialog, "locatorEdit")->clear();
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "locatorEdit"), locator);
    QCOMPARE(dialog.isInputValid(), valid);
    QCOMPARE(namedChild<QPushButton>(&dialog, "okButton")->isEnabled(), valid);
    const QString shown = problemShownFor(&dialog, namedChild<QLineEdit>(&dialog, "locatorEdit"));
    QCOMPARE(shown.isEmpty(), valid);
    QCOMPARE(namedChild<QLineEdit>(&dialog, "locatorEdit")->styleSheet().isEmpty(), valid);
}

void TestDialogs::stationCallsign_data()
{
    QTest::addColumn<QString>("callsign");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("kept");
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("plain") << QStringLiteral("ok1hra") << true << QStringLiteral("OK1HRA");
    QTest::newRow("portable") << QStringLiteral("OK1HRA/P") << true << QStringLiteral("OK1HRA/P");
    QTest::newRow("hyphen") << QStringLiteral("OK1-HRA") << false << QString();
    QTest::newRow("at sign") << QStringLiteral("OK1@HRA") << false << QString();
}

void TestDialogs::stationCallsign()
{
    QFETCH(QString, callsign);
    QFETCH(bool, valid);
    QFETCH(QString, kept);
    StationSettings station {QStringLiteral("JO70fa"), QStringLiteral("Home"),
                             QStringLiteral("OK1RD")};
    StationDialog dialog(station);
    auto *edit = namedChild<QLineEdit>(&dialog, "callsignEdit");
    QCOMPARE(edit->text(), QStringLiteral("OK1RD"));
    edit->clear();
    QTest::keyClicks(edit, callsign);
    QCOMPARE(dialog.isInputValid(), valid);
    QCOMPARE(namedChild<QPushButton>(&dialog, "okButton")->isEnabled(), valid);
    QCOMPARE(problemShownFor(&dialog, edit).isEmpty(), valid);
    if (valid) {
        station.callsign = kept;
        QCOMPARE(dialog.station(), station);
    }
}

void TestDialogs::stationAccepted()
{
    StationDialog dialog(StationSettings {});
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "locatorEdit"), QStringLiteral("jo62QM12"));
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("  Field Day "));
    dialog.show();
    QTest::mouseClick(namedChild<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(
        dialog.station(),
        (StationSettings {QStringLiteral("JO62qm12"), QStringLiteral("Field Day"), QString()}));
}

void TestDialogs::brokerUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("tcp") << QStringLiteral("tcp://broker.example.org:1883") << true;
    QTest::newRow("ws with path") << QStringLiteral("ws://10.0.0.2:1884/mqtt") << true;
    QTest::newRow("ssl no port") << QStringLiteral("ssl://broker.example.org") << true;
    QTest::newRow("wss") << QStringLiteral("wss://broker.example.org:8081") << true;
    QTest::newRow("http") << QStringLiteral("http://broker.example.org") << false;
    QTest::newRow("port 70000") << QStringLiteral("tcp://h:70000") << false;
    QTest::newRow("port text") << QStringLiteral("tcp://h:abc") << false;
    QTest::newRow("no scheme") << QStringLiteral("broker.example.org:1883") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no host") << QStringLiteral("tcp://:1883") << false;
}

void TestDialogs::brokerUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    BrokerProfilesDialog dialog({profile(QStringLiteral("Home"), QStringLiteral("tcp://h:1883"))},
                                nullptr);
    QVERIFY(namedChild<QPushButton>(&dialog, "okButton")->isEnabled());
    namedChild<QLineEdit>(&dialog, "urlEdit")->clear();
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "urlEdit"), url);
    QCOMPARE(dialog.isInputValid(), valid);
    QCOMPARE(namedChild<QPushButton>(&dialog, "okButton")->isEnabled(), valid);
    QCOMPARE(problemShownFor(&dialog, namedChild<QLineEdit>(&dialog, "urlEdit")).isEmpty(), valid);
    if (valid) {
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profiles().first().url, QUrl(url));
    }
}

void TestDialogs::brokerNameMustBeUniqueAndSet_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("new name") << QStringLiteral("Club") << true;
    QTest::newRow("same as other") << QStringLiteral("Home") << false;
    QTest::newRow("same with spaces") << QStringLiteral(" Home ") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDialogs::brokerNameMustBeUniqueAndSet()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    BrokerProfilesDialog dialog({profile(QStringLiteral("Home"), QStringLiteral("tcp://h:1883")),
                                 profile(QStringLiteral("Other"), QStringLiteral("tcp://o:1883"))},
                                nullptr);
    namedChild<QListWidget>(&dialog, "profileList")->setCurrentRow(1);
    QCOMPARE(namedChild<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("Other"));
    namedChild<QLineEdit>(&dialog, "nameEdit")->clear();
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "nameEdit"), name);
    QCOMPARE(namedChild<QPushButton>(&dialog, "okButton")->isEnabled(), valid);
    QCOMPARE(problemShownFor(&dialog, namedChild<QLineEdit>(&dialog, "nameEdit")).isEmpty(), valid);
}

void TestDialogs::brokerRenamesAreReported()
{
    BrokerProfilesDialog dialog({profile(QStringLiteral("Home"), QStringLiteral("tcp://h:1883")),
                                 profile(QStringLiteral("Club"), QStringLiteral("tcp://c:1883")),
                                 profile(QStringLiteral("Gone"), QStringLiteral("tcp://g:1883"))},
                                nullptr);
    auto rename = [&](int row, const QString &name) {
        namedChild<QListWidget>(&dialog, "profileList")->setCurrentRow(row);
        namedChild<QLineEdit>(&dialog, "nameEdit")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(&dialog, "nameEdit"), name);
    };
    QVERIFY(dialog.renamedProfiles().isEmpty());
    // Swap Home and Club by way of a free name; remove Gone; a new profile and a copy are not
    // renames.
    rename(0, QStringLiteral("Temp"));
    rename(1, QStringLiteral("Home"));
    rename(0, QStringLiteral("Club"));
    namedChild<QListWidget>(&dialog, "profileList")->setCurrentRow(2);
    dialog.removeProfile();
    dialog.addProfile();
    namedChild<QListWidget>(&dialog, "profileList")->setCurrentRow(0);
    dialog.duplicateProfile();
    const QHash<QString, QString> expected {{QStringLiteral("Home"), QStringLiteral("Club")},
                                            {QStringLiteral("Club"), QStringLiteral("Home")}};
    QCOMPARE(dialog.renamedProfiles(), expected);
    // Back to its own name: no longer a rename.
    rename(0, QStringLiteral("Temp"));
    rename(1, QStringLiteral("Club"));
    rename(0, QStringLiteral("Home"));
    QVERIFY(dialog.renamedProfiles().isEmpty());
}

void TestDialogs::brokerCaFile()
{
    const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
    QFile file(ca);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();

    BrokerProfilesDialog dialog({profile(QStringLiteral("TLS"), QStringLiteral("ssl://h:8883"))},
                                nullptr);
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "caFileEdit"),
                     m_dir.filePath(QStringLiteral("missing.pem")));
    QVERIFY(!namedChild<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(!problemShownFor(&dialog, namedChild<QLineEdit>(&dialog, "caFileEdit")).isEmpty());
    namedChild<QLineEdit>(&dialog, "caFileEdit")->setText(m_dir.path()); // a folder is not a file
    QVERIFY(!namedChild<QPushButton>(&dialog, "okButton")->isEnabled());
    namedChild<QLineEdit>(&dialog, "caFileEdit")->setText(ca);
    QVERIFY(namedChild<QPushButton>(&dialog, "okButton")->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.profiles().first().caFile, ca);
}

void TestDialogs::brokerAddDuplicateRemove()
{
    BrokerProfilesDialog dialog({profile(QStringLiteral("Home"), QStringLiteral("tcp://h:1883"))},
                                nullptr);
    dialog.addProfile();
    QCOMPARE(namedChild<QListWidget>(&dialog, "profileList")->count(), 2);
    QCOMPARE(namedChild<QListWidget>(&dialog, "profileList")->currentRow(), 1);
    QVERIFY(
        namedChild<QPushButton>(&dialog, "okButton")->isEnabled()); // a new profile starts valid
    namedChild<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Club"));
    namedChild<QLineEdit>(&dialog, "urlEdit")->setText(QStringLiteral("ws://club:1884"));
    dialog.duplicateProfile();
    QCOMPARE(namedChild<QListWidget>(&dialog, "profileList")->count(), 3);
    QCOMPARE(namedChild<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("Club (2)"));
    QCOMPARE(namedChild<QLineEdit>(&dialog, "urlEdit")->text(), QStringLiteral("ws://club:1884"));
    namedChild<QListWidget>(&dialog, "profileList")->setCurrentRow(0);
    dialog.removeProfile();
    QCOMPARE(namedChild<QListWidget>(&dialog, "profileList")->count(), 2);
    dialog.accept();
    const auto result = dialog.profiles();
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).name, QStringLiteral("Club"));
    QCOMPARE(result.at(1).name, QStringLiteral("Club (2)"));
    QCOMPARE(result.at(1).url, QUrl(QStringLiteral("ws://club:1884")));
}

void TestDialogs::brokerInvalidOtherProfileBlocksOk()
{
    BrokerProfilesDialog dialog({profile(QStringLiteral("Home"), QStringLiteral("tcp://h:1883")),
                                 profile(QStringLiteral("Bad"), QStringLiteral("http://x"))},
                                nullptr);
    QCOMPARE(namedChild<QListWidget>(&dialog, "profileList")->currentRow(), 0);
    QVERIFY(!namedChild<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(problemShownFor(&dialog, namedChild<QLineEdit>(&dialog, "urlEdit"))
                .isEmpty()); // the shown one is fine
    QVERIFY(!namedChild<QListWidget>(&dialog, "profileList")
                 ->item(1)
                 ->icon()
                 .isNull()); // the bad one is marked
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // refused while invalid
}

void TestDialogs::brokerPasswordsGoToTheStore()
{
    MemoryCredentialStore store;
    bool written = false;
    store.writePassword(CredentialStore::brokerPasswordKey(QStringLiteral("Home")),
                        QStringLiteral("old"), [&](bool ok, const QString &) { written = ok; });
    store.writePassword(CredentialStore::brokerPasswordKey(QStringLiteral("Gone")),
                        QStringLiteral("x"), [](bool, const QString &) {});
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);

    BrokerProfilesDialog dialog({profile(QStringLiteral("Home"), QStringLiteral("tcp://h:1883")),
                                 profile(QStringLiteral("Gone"), QStringLiteral("tcp://g:1883"))},
                                &store);
    QVERIFY(!namedChild<QWidget>(&dialog, "credentialNotice")->isVisibleTo(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(namedChild<QLineEdit>(&dialog, "passwordEdit")->text(),
                              QStringLiteral("old"), 10000);
    namedChild<QLineEdit>(&dialog, "passwordEdit")->selectAll();
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("new secret"));
    namedChild<QListWidget>(&dialog, "profileList")->setCurrentRow(1);
    dialog.removeProfile();
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    const auto entries = store.entries();
    QCOMPARE(entries.value(CredentialStore::brokerPasswordKey(QStringLiteral("Home"))),
             QStringLiteral("new secret"));
    QVERIFY(!entries.contains(CredentialStore::brokerPasswordKey(QStringLiteral("Gone"))));
    QCOMPARE(dialog.profiles().first().password, QStringLiteral("new secret"));
}

void TestDialogs::brokerPasswordNotice_data()
{
    QTest::addColumn<bool>("sessionOnly");
    QTest::newRow("keep for this session") << true;
    QTest::newRow("no password") << false;
}

void TestDialogs::brokerPasswordNotice()
{
    QFETCH(bool, sessionOnly);
    MemoryCredentialStore store;
    store.setAvailable(false);
    BrokerProfilesDialog dialog({profile(QStringLiteral("Home"), QStringLiteral("tcp://h:1883"))},
                                &store);
    QVERIFY(namedChild<QWidget>(&dialog, "credentialNotice")->isVisibleTo(&dialog));
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("pw"));
    (sessionOnly ? namedChild<QRadioButton>(&dialog, "sessionOnlyChoice")
                 : namedChild<QRadioButton>(&dialog, "noPasswordChoice"))
        ->setChecked(true);
    QCOMPARE(namedChild<QLineEdit>(&dialog, "passwordEdit")->isEnabled(), sessionOnly);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.profiles().first().password, sessionOnly ? QStringLiteral("pw") : QString());
    QVERIFY(store.entries().isEmpty());
}

void TestDialogs::brokerAcceptedWithoutStore()
{
    BrokerProfilesDialog dialog({}, nullptr);
    QVERIFY(
        namedChild<QPushButton>(&dialog, "okButton")->isEnabled()); // no brokers is a valid choice
    QVERIFY(!namedChild<QLineEdit>(&dialog, "nameEdit")->isEnabled()
            || !namedChild<QLineEdit>(&dialog, "nameEdit")->isVisibleTo(&dialog)
            || namedChild<QLineEdit>(&dialog, "nameEdit")->text().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.profiles().isEmpty());
}

void TestDialogs::brokerKeyringRefusesPassword()
{
    RefusingCredentialStore store;
    BrokerProfilesDialog dialog({profile(QStringLiteral("Home"), QStringLiteral("tcp://h:1883"))},
                                &store);
    QVERIFY(!namedChild<QWidget>(&dialog, "credentialNotice")->isVisibleTo(&dialog));
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("pw"));
    dialog.accept();
    // The dialog waits for the keyring, then stays open and explains.
    QTRY_VERIFY_WITH_TIMEOUT(namedChild<QWidget>(&dialog, "credentialNotice")->isVisibleTo(&dialog),
                             10000);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(store.writes, 1);
    const auto labels = namedChild<QWidget>(&dialog, "credentialNotice")->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().contains(QStringLiteral("the keyring is locked"));
    }));
    QVERIFY(namedChild<QPushButton>(&dialog, "okButton")->isEnabled());
    // The user keeps it for this session: OK now closes without asking the keyring again.
    namedChild<QRadioButton>(&dialog, "sessionOnlyChoice")->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store.writes, 1);
    QCOMPARE(dialog.profiles().first().password, QStringLiteral("pw"));
}

void TestDialogs::rotatorColour_data()
{
    QTest::addColumn<QString>("colour");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower hex") << QStringLiteral("#1e90ff") << true;
    QTest::newRow("upper hex") << QStringLiteral("#1E90FF") << true;
    QTest::newRow("empty = automatic") << QString() << true;
    QTest::newRow("no hash") << QStringLiteral("1e90ff") << false;
    QTest::newRow("short form") << QStringLiteral("#abc") << false;
    QTest::newRow("not hex") << QStringLiteral("#GG0000") << false;
    QTest::newRow("name") << QStringLiteral("red") << false;
}

void TestDialogs::rotatorColour()
{
    QFETCH(QString, colour);
    QFETCH(bool, valid);
    RotatorPropertiesDialog dialog(hfRotator(), deviceState());
    QVERIFY(namedChild<QPushButton>(&dialog, "okButton")->isEnabled());
    namedChild<QLineEdit>(&dialog, "colourEdit")->clear();
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "colourEdit"), colour);
    QCOMPARE(namedChild<QPushButton>(&dialog, "okButton")->isEnabled(), valid);
    QCOMPARE(problemShownFor(&dialog, namedChild<QLineEdit>(&dialog, "colourEdit")).isEmpty(),
             valid);
    if (valid)
        QCOMPARE(dialog.settings().colour, colour.toLower());
}

void TestDialogs::rotatorBands()
{
    RotatorSettings hf = hfRotator();
    hf.bands = {QStringLiteral("20m"), QStringLiteral("15m")};
    RotatorPropertiesDialog dialog(hf, deviceState());
    QVERIFY(namedChild<QCheckBox>(&dialog, "band_20m")->isChecked());
    QVERIFY(!namedChild<QCheckBox>(&dialog, "band_40m")->isChecked());
    QCOMPARE(dialog.settings().bands, hf.bands);
    namedChild<QCheckBox>(&dialog, "band_15m")->setChecked(false);
    namedChild<QCheckBox>(&dialog, "band_40m")->setChecked(true);
    namedChild<QCheckBox>(&dialog, "band_70cm")->setChecked(true);
    // In band-plan order, longest wavelength first.
    QCOMPARE(dialog.settings().bands,
             (QStringList {QStringLiteral("40m"), QStringLiteral("20m"), QStringLiteral("70cm")}));
}

void TestDialogs::clusterNodes()
{
    ClusterNodeSettings node;
    node.host = QStringLiteral("dxc.example.org");
    node.port = 7300;
    node.loginCommand = QStringLiteral("set/skimmer");
    ClusterNodesDialog dialog(QString(), {node});
    QVERIFY(namedChild<QPushButton>(&dialog, "addNode"));
    QCOMPARE(dialog.nodes(), QList<ClusterNodeSettings> {node});
    // Saving without a callsign is allowed, but the dialog says nothing will connect.
    QVERIFY(dialog.isInputValid());
    QTest::keyClicks(dialog.callsignEdit(), QStringLiteral("ok1@"));
    QVERIFY(!dialog.isInputValid());
    dialog.callsignEdit()->setText(QStringLiteral("ok1xyz"));
    QVERIFY(dialog.isInputValid());
    QCOMPARE(dialog.callsign(), QStringLiteral("OK1XYZ"));
    dialog.table()->item(0, 0)->setText(QStringLiteral("dxc.example.org:7300"));
    QVERIFY(!dialog.isInputValid());
    dialog.table()->item(0, 0)->setText(QStringLiteral("dxc.example.org"));
    dialog.table()->item(0, 1)->setText(QStringLiteral("0"));
    QVERIFY(!dialog.isInputValid());
    dialog.table()->item(0, 1)->setText(QStringLiteral("8000"));
    QVERIFY(dialog.isInputValid());
    QCOMPARE(dialog.nodes().constFirst().port, 8000);
}

void TestDialogs::rotatorSources()
{
    RotatorPropertiesDialog dialog(hfRotator(), deviceState());
    using S = RotatorPropertiesDialog::SourceOf;
    QVERIFY(dialog.sourceLabel(S::Range)->text().contains(QStringLiteral("from the device")));
    QVERIFY(dialog.sourceLabel(S::Range)->text().contains(QStringLiteral("450")));
    QVERIFY(dialog.sourceLabel(S::BeamWidth)->text().contains(QStringLiteral("your setting")));
    QVERIFY(dialog.sourceLabel(S::StartAzimuth)->text().contains(QStringLiteral("default")));
    QVERIFY(dialog.sourceLabel(S::Elevation)->text().contains(QStringLiteral("from the device")));

    RotatorState later = deviceState();
    later.startAzimuthDeg = 180;
    later.startAzimuthSource = ValueSource::Device;
    dialog.setState(later);
    QVERIFY(
        dialog.sourceLabel(S::StartAzimuth)->text().contains(QStringLiteral("from the device")));
    QVERIFY(dialog.sourceLabel(S::StartAzimuth)->text().contains(QStringLiteral("180")));
}

void TestDialogs::rotatorPresets_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("bearing");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fine") << QStringLiteral("VK") << QStringLiteral("120") << true;
    QTest::newRow("zero") << QStringLiteral("N") << QStringLiteral("0") << true;
    QTest::newRow("359") << QStringLiteral("N-1") << QStringLiteral("359") << true;
    QTest::newRow("360") << QStringLiteral("N") << QStringLiteral("360") << false;
    QTest::newRow("negative") << QStringLiteral("N") << QStringLiteral("-5") << false;
    QTest::newRow("decimal") << QStringLiteral("N") << QStringLiteral("12.5") << false;
    QTest::newRow("text") << QStringLiteral("N") << QStringLiteral("east") << false;
    QTest::newRow("no label") << QStringLiteral(" ") << QStringLiteral("10") << false;
}

void TestDialogs::rotatorPresets()
{
    QFETCH(QString, label);
    QFETCH(QString, bearing);
    QFETCH(bool, valid);
    RotatorPropertiesDialog dialog(hfRotator(), deviceState());
    QTableWidget *table = namedChild<QTableWidget>(&dialog, "presetTable");
    QCOMPARE(table->rowCount(), 2);
    table->item(1, RotatorPropertiesDialog::PresetLabelColumn)->setText(label);
    table->item(1, RotatorPropertiesDialog::PresetBearingColumn)->setText(bearing);
    QCOMPARE(namedChild<QPushButton>(&dialog, "okButton")->isEnabled(), valid);
    QCOMPARE(problemShownFor(&dialog, table).isEmpty(), valid);
    if (valid)
        QCOMPARE(dialog.settings().presets.at(1),
                 (RotatorPreset {label.trimmed(), bearing.toInt()}));
}

void TestDialogs::rotatorAccepted()
{
    RotatorPropertiesDialog dialog(hfRotator(), deviceState());
    QVERIFY(!namedChild<QSpinBox>(&dialog, "rangeSpin")
                 ->isEnabled()); // not set: the device's value is in use
    namedChild<QCheckBox>(&dialog, "rangeBox")->setChecked(true);
    QVERIFY(namedChild<QSpinBox>(&dialog, "rangeSpin")->isEnabled());
    namedChild<QSpinBox>(&dialog, "rangeSpin")->setValue(540);
    namedChild<QCheckBox>(&dialog, "beamBox")->setChecked(false);
    namedChild<QCheckBox>(&dialog, "startOverrideBox")->setChecked(true);
    namedChild<QSpinBox>(&dialog, "startOverrideSpin")->setValue(180);
    namedChild<QCheckBox>(&dialog, "parkBox")->setChecked(true);
    namedChild<QSpinBox>(&dialog, "parkSpin")->setValue(270);
    QVERIFY(!namedChild<QSpinBox>(&dialog, "autoParkSpin")->isEnabled()); // off by default
    namedChild<QCheckBox>(&dialog, "autoParkBox")->setChecked(true);
    namedChild<QSpinBox>(&dialog, "autoParkSpin")->setValue(45);
    QVERIFY(!namedChild<QCheckBox>(&dialog, "bidirectionalBox")->isChecked());
    namedChild<QCheckBox>(&dialog, "bidirectionalBox")->setChecked(true);
    namedChild<QCheckBox>(&dialog, "elevationSetBox")->setChecked(true);
    namedChild<QCheckBox>(&dialog, "elevationBox")->setChecked(true);
    namedChild<QLineEdit>(&dialog, "labelEdit")->setText(QStringLiteral("  Tower 2 "));
    namedChild<QSpinBox>(&dialog, "rangeSpin")->setValue(800); // the spin box clamps to 0..719
    QCOMPARE(namedChild<QSpinBox>(&dialog, "rangeSpin")->value(), 719);
    dialog.show();
    QTest::mouseClick(namedChild<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    RotatorSettings expected = hfRotator();
    expected.label = QStringLiteral("Tower 2");
    expected.maxRotateDeg = 719;
    expected.beamWidthDeg.reset();
    expected.startAzimuthOverrideDeg = 180;
    expected.parkBearingDeg = 270;
    expected.autoParkAfterMin = 45;
    expected.bidirectional = true;
    expected.elevationMode = true;
    const RotatorSettings got = dialog.settings();
    QCOMPARE(got.address, expected.address);
    QCOMPARE(got.brokerName, expected.brokerName);
    QVERIFY(got == expected);
}

void TestDialogs::rotatorTrackingFields()
{
    RotatorPropertiesDialog defaults(hfRotator(), deviceState());
    QCOMPARE(namedChild<QSpinBox>(&defaults, "trackDeadBandSpin")->value(), 2);
    QCOMPARE(namedChild<QSpinBox>(&defaults, "trackIntervalSpin")->value(), 5);
    QCOMPARE(namedChild<QSpinBox>(&defaults, "trackIntervalSpin")->minimum(), 1); // the tick
    QCOMPARE(namedChild<QDoubleSpinBox>(&defaults, "trackStartElevationSpin")->value(), 0.0);
    QCOMPARE(namedChild<QDoubleSpinBox>(&defaults, "trackStopElevationSpin")->value(), -0.5);

    RotatorSettings saved = hfRotator();
    saved.trackDeadBandDeg = 4;
    saved.trackStartElevationDeg = 10;
    RotatorPropertiesDialog dialog(saved, deviceState());
    QCOMPARE(namedChild<QSpinBox>(&dialog, "trackDeadBandSpin")->value(), 4);
    QCOMPARE(namedChild<QDoubleSpinBox>(&dialog, "trackStartElevationSpin")->value(), 10.0);
    auto *stop = namedChild<QDoubleSpinBox>(&dialog, "trackStopElevationSpin");
    auto *ok = namedChild<QPushButton>(&dialog, "okButton");
    stop->setValue(12);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!problemShownFor(&dialog, stop).isEmpty());
    stop->setValue(7.5);
    QVERIFY(ok->isEnabled());
    QVERIFY(problemShownFor(&dialog, stop).isEmpty());
    namedChild<QSpinBox>(&dialog, "trackDeadBandSpin")->setValue(2); // back to the default
    namedChild<QSpinBox>(&dialog, "trackIntervalSpin")->setValue(20);

    RotatorSettings expected = saved;
    expected.trackDeadBandDeg.reset();
    expected.trackIntervalSec = 20;
    expected.trackStopElevationDeg = 7.5;
    QVERIFY(dialog.settings() == expected);
}

void TestDialogs::rotatorHttpFields()
{
    RotatorSettings saved = hfRotator();
    saved.useHttp = false;
    saved.httpPort = 8088;
    RotatorPropertiesDialog dialog(saved, deviceState());
    auto *use = namedChild<QCheckBox>(&dialog, "useHttpBox");
    auto *port = namedChild<QSpinBox>(&dialog, "httpPortSpin");
    auto *password = namedChild<QLineEdit>(&dialog, "httpPasswordEdit");
    QVERIFY(!use->isChecked());
    QCOMPARE(port->value(), 8088);
    QVERIFY(!port->isEnabled());
    QVERIFY(!password->isEnabled());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    // No HTTP side known (no link): SPEED cannot be sent.
    QVERIFY(!namedChild<QPushButton>(&dialog, "speedSetButton")->isEnabled());
    QVERIFY(!namedChild<QSpinBox>(&dialog, "speedSpin")->isEnabled());
    QVERIFY(!namedChild<QLabel>(&dialog, "httpStatusLabel")->text().isEmpty());
    QCOMPARE(port->minimum(), 1);
    QCOMPARE(port->maximum(), 65535);

    use->setChecked(true);
    QVERIFY(port->isEnabled());
    QVERIFY(password->isEnabled());
    port->setValue(88); // the firmware's own port is the default: not stored
    dialog.show();
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QVERIFY(dialog.isHttpPasswordEdited());
    QCOMPARE(dialog.httpPassword(), QStringLiteral("s3cret"));
    RotatorSettings got = dialog.settings();
    QVERIFY(got.useHttp);
    QVERIFY(!got.httpPort);
    QVERIFY(got.httpLogin);
    // A cleared password means the unit needs none.
    password->clear();
    QTest::keyClick(password, Qt::Key_Backspace);
    QVERIFY(!dialog.settings().httpLogin);
    port->setValue(8080);
    QCOMPARE(dialog.settings().httpPort, std::optional<int>(8080));
}

void TestDialogs::screenshots()
{
    {
        StationDialog dialog(
            StationSettings {QStringLiteral("JO62q"), QStringLiteral("Home"), QString()});
        savePng(&dialog, QStringLiteral("dialog-station-invalid.png"));
    }
    {
        MemoryCredentialStore store;
        store.setAvailable(false);
        BrokerProfile tls = profile(QStringLiteral("Club TLS"), QStringLiteral("ssl://club:8883"));
        tls.caFile = QStringLiteral("/no/such/ca.pem");
        BrokerProfilesDialog dialog(
            {profile(QStringLiteral("Home"), QStringLiteral("tcp://192.168.1.10:1883")),
             profile(QStringLiteral("Bad"), QStringLiteral("http://x")), tls},
            &store);
        namedChild<QLineEdit>(&dialog, "urlEdit")
            ->setText(QStringLiteral("tcp://192.168.1.10:70000"));
        savePng(&dialog, QStringLiteral("dialog-brokers.png"));
    }
    {
        RefusingCredentialStore store;
        BrokerProfilesDialog dialog(
            {profile(QStringLiteral("Home"), QStringLiteral("tcp://192.168.1.10:1883"))}, &store);
        QTest::keyClicks(namedChild<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("pw"));
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            namedChild<QWidget>(&dialog, "credentialNotice")->isVisibleTo(&dialog), 10000);
        savePng(&dialog, QStringLiteral("dialog-brokers-keyring-refused.png"));
    }
    {
        RotatorSettings r = hfRotator();
        r.colour = QStringLiteral("#12345");
        RotatorPropertiesDialog dialog(r, deviceState());
        savePng(&dialog, QStringLiteral("dialog-rotator.png"));
    }
}

void TestDialogs::brokerDialogShowsLiveStates()
{
    BrokerProfile club;
    club.name = QStringLiteral("club");
    club.url = QUrl(QStringLiteral("tcp://127.0.0.1:1883"));
    BrokerProfile off = club;
    off.name = QStringLiteral("off");
    MemoryCredentialStore store;
    BrokerProfilesDialog dialog({club, off}, &store);
    QString clubState = QStringLiteral("Connecting…");
    dialog.setBrokerStates(
        [&](const QString &name) { return name == QLatin1String("club") ? clubState : QString(); });
    QVERIFY(namedChild<QListWidget>(&dialog, "profileList")
                ->item(0)
                ->text()
                .contains(QStringLiteral("Connecting")));
    QCOMPARE(namedChild<QListWidget>(&dialog, "profileList")->item(1)->text(),
             QStringLiteral("off"));
    clubState = QStringLiteral("Login refused");
    dialog.refreshBrokerStates();
    QVERIFY(namedChild<QListWidget>(&dialog, "profileList")
                ->item(0)
                ->text()
                .contains(QStringLiteral("Login refused")));
}

void TestDialogs::stationProblemNeverCoversTheHint()
{
    StationDialog dialog(StationSettings {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(namedChild<QLineEdit>(&dialog, "locatorEdit"), QStringLiteral("ZZ99"));
    auto *problem = dialog.findChild<FieldProblem *>();
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("locatorHint"));
    QVERIFY(problem && hint);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(!problem->geometry().intersects(hint->geometry()),
             qPrintable(QStringLiteral("problem %1,%2 %3x%4 / hint %5,%6")
                            .arg(problem->y())
                            .arg(problem->x())
                            .arg(problem->width())
                            .arg(problem->height())
                            .arg(hint->y())
                            .arg(hint->x())));
    // The text is the app's, in the user's language; no library English at the field.
    QVERIFY2(problem->problem().startsWith(QStringLiteral("Not a Maidenhead locator")),
             qPrintable(problem->problem()));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
