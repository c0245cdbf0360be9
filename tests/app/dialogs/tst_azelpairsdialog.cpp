// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/azelpairsdialog.h"

#include "settings/settingsvalidation.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace {

RotatorSettings rotator(const QString &broker, const QString &id, const QString &label = {},
                        std::optional<bool> elevationMode = std::nullopt)
{
    RotatorSettings r;
    r.brokerName = broker;
    r.address = {QStringLiteral("OK1HRA"), id};
    r.label = label;
    r.elevationMode = elevationMode;
    return r;
}

QStringList items(const QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out.append(combo->itemText(i));
    return out;
}

} // namespace

/// Only valid pairs can be made, and pairs can be undone.
class TestAzElPairsDialog : public QObject
{
    Q_OBJECT

private slots:
    void offersOnlyValidPairs();
    void pairAndUnpair();
    void isNonModal();
};

void TestAzElPairsDialog::offersOnlyValidPairs()
{
    const QList<RotatorSettings> rotators {
        rotator(u"Home"_qs, u"1"_qs, u"Yagi"_qs),
        rotator(u"Home"_qs, u"2"_qs, {}, false),
        rotator(u"Home"_qs, u"3"_qs, u"Elevation"_qs, true),
        rotator(u"Club"_qs, u"4"_qs),
        rotator(u"Home"_qs, u"5"_qs),
        rotator(u"Home"_qs, u"6"_qs),
    };
    AzElPairSettings existing {u"Home"_qs, {u"OK1HRA"_qs, u"5"_qs}, {u"OK1HRA"_qs, u"6"_qs}, {}};
    AzElPairsDialog dialog(rotators, {existing});
    auto *azimuth = dialog.findChild<QComboBox *>(u"azimuth"_qs);
    auto *elevation = dialog.findChild<QComboBox *>(u"elevation"_qs);
    QVERIFY(azimuth && elevation);
    // Elevation-only units and paired units are no azimuth units.
    QCOMPARE(items(azimuth), (QStringList {u"Yagi (OK1HRA/1)"_qs, u"OK1HRA/2"_qs, u"OK1HRA/4"_qs}));
    // On the azimuth unit's broker, not itself, not paired; elevation-only units first.
    QCOMPARE(items(elevation), (QStringList {u"Elevation (OK1HRA/3)"_qs, u"OK1HRA/2"_qs}));
    // Alone on its broker: nothing to pair it with.
    azimuth->setCurrentIndex(2);
    QCOMPARE(elevation->count(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"pair"_qs)->isEnabled());
}

void TestAzElPairsDialog::pairAndUnpair()
{
    const QList<RotatorSettings> rotators {rotator(u"Home"_qs, u"1"_qs),
                                           rotator(u"Home"_qs, u"2"_qs, {}, true),
                                           rotator(u"Home"_qs, u"3"_qs)};
    AzElPairsDialog dialog(rotators, {});
    auto *pairButton = dialog.findChild<QPushButton *>(u"pair"_qs);
    auto *unpairButton = dialog.findChild<QPushButton *>(u"unpair"_qs);
    auto *list = dialog.findChild<QListWidget *>(u"pairs"_qs);
    dialog.findChild<QLineEdit *>(u"label"_qs)->setText(u" 2 m EME "_qs);
    QVERIFY(pairButton->isEnabled());
    QTest::mouseClick(pairButton, Qt::LeftButton);

    const AzElPairSettings expected {
        u"Home"_qs, {u"OK1HRA"_qs, u"1"_qs}, {u"OK1HRA"_qs, u"2"_qs}, u"2 m EME"_qs};
    QCOMPARE(dialog.pairs(), QList<AzElPairSettings> {expected});
    QVERIFY(!settings::azElPairProblem(expected, rotators, {}));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"2 m EME: OK1HRA/1 + OK1HRA/2"_qs);
    // The one unit left has no partner.
    QCOMPARE(items(dialog.findChild<QComboBox *>(u"azimuth"_qs)), QStringList {u"OK1HRA/3"_qs});
    QVERIFY(!pairButton->isEnabled());

    QVERIFY(!unpairButton->isEnabled());
    list->setCurrentRow(0);
    QVERIFY(unpairButton->isEnabled());
    QTest::mouseClick(unpairButton, Qt::LeftButton);
    QVERIFY(dialog.pairs().isEmpty());
    QCOMPARE(list->count(), 0);
    QVERIFY(pairButton->isEnabled());
}

void TestAzElPairsDialog::isNonModal()
{
    AzElPairsDialog dialog({}, {});
    QCOMPARE(dialog.windowModality(), Qt::NonModal);
    QVERIFY(!dialog.findChild<QPushButton *>(u"pair"_qs)->isEnabled());
}

QTEST_MAIN(TestAzElPairsDialog)
#include "tst_azelpairsdialog.moc"
