// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrunpanel.h"

#include "dialogs/fieldproblem.h"

#include "geo/maidenhead.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunPanel::FirstRunPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstRunPanel"));
    setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Welcome to RotorDeck</b>"), this);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Three steps make the map yours. Stops (Esc, Shift+Esc) work at "
                                "any moment."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // 1. Where the station is.
    auto *stationBox = new QLabel(tr("<b>1.</b> Your station's locator centres the map and "
                                     "measures every bearing:"),
                                  this);
    stationBox->setWordWrap(true);
    layout->addWidget(stationBox);
    auto *locatorRow = new QHBoxLayout;
    m_locator = new QLineEdit(this);
    m_locator->setObjectName(QStringLiteral("firstRunLocator"));
    m_locator->setPlaceholderText(tr("e.g. JO70VA"));
    m_locator->setMaxLength(8);
    locatorRow->addWidget(m_locator, 1);
    m_useLocator = new QPushButton(tr("&Set"), this);
    m_useLocator->setObjectName(QStringLiteral("firstRunSetLocator"));
    m_useLocator->setEnabled(false);
    locatorRow->addWidget(m_useLocator);
    layout->addLayout(locatorRow);
    m_locatorProblem = new FieldProblem(m_locator, this);
    layout->addWidget(m_locatorProblem);

    // 2. Where the rotators are.
    auto *brokerText = new QLabel(tr("<b>2.</b> Add the MQTT broker your IP-Rotators use. With "
                                     "discovery on, each unit appears within a minute (its "
                                     "heartbeat)."),
                                  this);
    brokerText->setWordWrap(true);
    layout->addWidget(brokerText);
    auto *addBroker = new QPushButton(tr("Add &Broker…"), this);
    addBroker->setObjectName(QStringLiteral("firstRunAddBroker"));
    layout->addWidget(addBroker, 0, Qt::AlignLeft);

    // 3. Or just look around.
    auto *demoText = new QLabel(tr("<b>3.</b> Or try it first with simulated rotators on a "
                                   "private broker:"),
                                this);
    demoText->setWordWrap(true);
    layout->addWidget(demoText);
    auto *buttons = new QHBoxLayout;
    m_demo = new QPushButton(tr("Start the &Demo"), this);
    m_demo->setObjectName(QStringLiteral("firstRunDemo"));
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("&Hide"), this);
    close->setObjectName(QStringLiteral("firstRunHide"));
    buttons->addWidget(close);
    layout->addLayout(buttons);
    layout->addStretch(1);

    auto check = [this] {
        const QString text = m_locator->text().trimmed().toUpper();
        const bool valid = geo::locatorToPoint(text).has_value();
        m_locatorProblem->setProblem(text.isEmpty() || valid
                                         ? QString()
                                         : tr("Not a Maidenhead locator (e.g. JO70 or JO70VA)."));
        m_useLocator->setEnabled(valid);
        if (valid)
            emit locatorEdited(text);
        return valid;
    };
    connect(m_locator, &QLineEdit::textEdited, this, check);
    auto accept = [this, check] {
        if (check())
            emit locatorAccepted(m_locator->text().trimmed().toUpper());
    };
    connect(m_locator, &QLineEdit::returnPressed, this, accept);
    connect(m_useLocator, &QPushButton::clicked, this, accept);
    connect(addBroker, &QPushButton::clicked, this, &FirstRunPanel::addBrokerRequested);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPanel::demoRequested);
    connect(close, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
}

FirstRunPanel::~FirstRunPanel() = default;

void FirstRunPanel::setDemoAvailable(bool available, const QString &whyNot)
{
    m_demo->setEnabled(available);
    m_demo->setToolTip(available ? QString() : whyNot);
}
