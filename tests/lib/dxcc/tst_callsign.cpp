// SPDX-License-Identifier: GPL-3.0-or-later
#include "dxcc/callsign.h"

#include <QTest>

class TestCallsign : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("digit");
        QTest::addColumn<QString>("modifiers");
        QTest::addColumn<bool>("maritime");
        QTest::addColumn<bool>("aeronautical");
        QTest::newRow("plain") << u"OK1ABC"_qs << u"OK1ABC"_qs << u"OK1ABC"_qs << QString() << -1
                               << QString() << false << false;
        QTest::newRow("lower case, blanks") << u" ok1 abc "_qs << u"OK1ABC"_qs << u"OK1ABC"_qs
                                            << QString() << -1 << QString() << false << false;
        QTest::newRow("portable") << u"OK1ABC/P"_qs << u"OK1ABC/P"_qs << u"OK1ABC"_qs << QString()
                                  << -1 << u"P"_qs << false << false;
        QTest::newRow("mobile") << u"G4ABC/M"_qs << u"G4ABC/M"_qs << u"G4ABC"_qs << QString() << -1
                                << u"M"_qs << false << false;
        QTest::newRow("QRP") << u"OK1ABC/QRP"_qs << u"OK1ABC/QRP"_qs << u"OK1ABC"_qs << QString()
                             << -1 << u"QRP"_qs << false << false;
        QTest::newRow("maritime") << u"OK1ABC/MM"_qs << u"OK1ABC/MM"_qs << u"OK1ABC"_qs << QString()
                                  << -1 << QString() << true << false;
        QTest::newRow("aeronautical") << u"OK1ABC/AM"_qs << u"OK1ABC/AM"_qs << u"OK1ABC"_qs
                                      << QString() << -1 << QString() << false << true;
        QTest::newRow("call area") << u"W1AW/6"_qs << u"W1AW/6"_qs << u"W1AW"_qs << QString() << 6
                                   << QString() << false << false;
        QTest::newRow("prefix first") << u"DL/OK1ABC"_qs << u"DL/OK1ABC"_qs << u"OK1ABC"_qs
                                      << u"DL"_qs << -1 << QString() << false << false;
        QTest::newRow("prefix last") << u"OK1ABC/DL"_qs << u"OK1ABC/DL"_qs << u"OK1ABC"_qs
                                     << u"DL"_qs << -1 << QString() << false << false;
        QTest::newRow("prefix and portable")
            << u"DL/OK1ABC/P"_qs << u"DL/OK1ABC/P"_qs << u"OK1ABC"_qs << u"DL"_qs << -1 << u"P"_qs
            << false << false;
        QTest::newRow("M in front is England") << u"M/OK1ABC"_qs << u"M/OK1ABC"_qs << u"OK1ABC"_qs
                                               << u"M"_qs << -1 << QString() << false << false;
        QTest::newRow("equal length: first is the prefix")
            << u"VP2E/K1AB"_qs << u"VP2E/K1AB"_qs << u"K1AB"_qs << u"VP2E"_qs << -1 << QString()
            << false << false;
        QTest::newRow("two modifiers") << u"OK1ABC/P/QRP"_qs << u"OK1ABC/P/QRP"_qs << u"OK1ABC"_qs
                                       << QString() << -1 << u"P,QRP"_qs << false << false;
        QTest::newRow("stray slashes") << u"/OK1ABC//P/"_qs << u"/OK1ABC//P/"_qs << u"OK1ABC"_qs
                                       << QString() << -1 << u"P"_qs << false << false;
    }
    void split()
    {
        QFETCH(QString, text);
        QFETCH(QString, call);
        QFETCH(QString, home);
        QFETCH(QString, location);
        QFETCH(int, digit);
        QFETCH(QString, modifiers);
        QFETCH(bool, maritime);
        QFETCH(bool, aeronautical);
        const auto form = dxcc::parseCallsign(text);
        QVERIFY(form);
        QCOMPARE(form->call, call);
        QCOMPARE(form->homeCall, home);
        QCOMPARE(form->locationPrefix, location);
        QCOMPARE(form->callAreaDigit, digit);
        QCOMPARE(form->modifiers.join(u','), modifiers);
        QCOMPARE(form->maritimeMobile, maritime);
        QCOMPARE(form->aeronauticalMobile, aeronautical);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blanks") << u"   "_qs;
        QTest::newRow("slash only") << u"/"_qs;
        QTest::newRow("dash") << u"OK1-ABC"_qs;
        QTest::newRow("non-ASCII letter") << u"OK1ÁBC"_qs;
        QTest::newRow("too long") << QString(dxcc::maxCallsignLength + 1, u'A');
    }
    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!dxcc::parseCallsign(text));
    }

    void callAreaDigit_data()
    {
        QTest::addColumn<QString>("home");
        QTest::addColumn<int>("digit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("W1AW/6") << u"W1AW"_qs << 6 << u"W6AW"_qs;
        QTest::newRow("UA9ABC/1") << u"UA9ABC"_qs << 1 << u"UA1ABC"_qs;
        QTest::newRow("3DA0XX/5: digit after the letters") << u"3DA0XX"_qs << 5 << u"3DA5XX"_qs;
        QTest::newRow("two-digit run") << u"OK11ABC"_qs << 2 << u"OK2ABC"_qs;
        QTest::newRow("no digit") << u"ABC"_qs << 4 << u"ABC4"_qs;
    }
    void callAreaDigit()
    {
        QFETCH(QString, home);
        QFETCH(int, digit);
        QFETCH(QString, expected);
        QCOMPARE(dxcc::withCallAreaDigit(home, digit), expected);
    }
};

QTEST_GUILESS_MAIN(TestCallsign)
#include "tst_callsign.moc"
