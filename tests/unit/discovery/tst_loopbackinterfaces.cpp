// LanDiscovery::isLoopbackOnly() and loopbackInterface(): loopback known by
// its flag, not by the name "lo" (which is Linux's; macOS has "lo0").
// Checked against this machine's own interfaces, whatever they are called.
#include <Tandem/landiscovery.h>

#include <QNetworkInterface>
#include <QTest>

using namespace Qt::StringLiterals;
using Tandem::LanDiscovery;

namespace {

// No interface is called this.
const auto NoSuchInterface = u"tandem-no-such-if"_s;

} // namespace

class tst_LoopbackInterfaces : public QObject
{
    Q_OBJECT

private slots:
    void loopbackInterfaceIsFlaggedLoopback();
    void isLoopbackOnly_data();
    void isLoopbackOnly();
    void eachInterfaceByItsFlag_data();
    void eachInterfaceByItsFlag();
};

void tst_LoopbackInterfaces::loopbackInterfaceIsFlaggedLoopback()
{
    const QString name = LanDiscovery::loopbackInterface();
    QVERIFY2(!name.isEmpty(), "no loopback interface found on this machine");
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(name);
    QVERIFY(iface.isValid());
    QVERIFY(iface.flags().testFlag(QNetworkInterface::IsLoopBack));
    QVERIFY(iface.flags().testFlag(QNetworkInterface::IsUp));
#if defined(Q_OS_LINUX)
    // Linux behaves as when "lo" was written out.
    QCOMPARE(name, u"lo"_s);
#elif defined(Q_OS_MACOS)
    QCOMPARE(name, u"lo0"_s);
#endif
}

void tst_LoopbackInterfaces::isLoopbackOnly_data()
{
    const QString loopback = LanDiscovery::loopbackInterface();
    QTest::addColumn<QStringList>("interfaces");
    QTest::addColumn<bool>("expected");
    // Empty means every interface: the radio and the LAN included.
    QTest::newRow("none named") << QStringList() << false;
    QTest::newRow("loopback") << QStringList{loopback} << true;
    QTest::newRow("loopback twice") << QStringList{loopback, loopback} << true;
    QTest::newRow("unknown") << QStringList{NoSuchInterface} << false;
    QTest::newRow("loopback and unknown") << QStringList{loopback, NoSuchInterface} << false;
    QTest::newRow("unknown and loopback") << QStringList{NoSuchInterface, loopback} << false;
    QTest::newRow("empty name") << QStringList{QString()} << false;
}

void tst_LoopbackInterfaces::isLoopbackOnly()
{
    QFETCH(QStringList, interfaces);
    QFETCH(bool, expected);
    QCOMPARE(LanDiscovery::isLoopbackOnly(interfaces), expected);
}

// Every interface this machine has, alone and beside loopback: loopback
// only exactly when it is flagged so. Where the machine has loopback alone
// (a bare network namespace), only the loopback rows run.
void tst_LoopbackInterfaces::eachInterfaceByItsFlag_data()
{
    const QString loopback = LanDiscovery::loopbackInterface();
    QTest::addColumn<QStringList>("interfaces");
    QTest::addColumn<bool>("expected");
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    QVERIFY(!all.isEmpty());
    for (const QNetworkInterface &iface : all) {
        const bool isLoopback = iface.flags().testFlag(QNetworkInterface::IsLoopBack);
        QTest::addRow("%s", qPrintable(iface.name())) << QStringList{iface.name()} << isLoopback;
        QTest::addRow("%s with loopback", qPrintable(iface.name()))
            << QStringList{loopback, iface.name()} << isLoopback;
    }
}

void tst_LoopbackInterfaces::eachInterfaceByItsFlag()
{
    QFETCH(QStringList, interfaces);
    QFETCH(bool, expected);
    QCOMPARE(LanDiscovery::isLoopbackOnly(interfaces), expected);
}

QTEST_GUILESS_MAIN(tst_LoopbackInterfaces)
#include "tst_loopbackinterfaces.moc"
