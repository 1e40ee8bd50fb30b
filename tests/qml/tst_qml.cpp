#include "../common/testpeers.h"

#include <Tandem/Quick/abilityforeign.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace Tandem;
using namespace TandemTest;

// Two real devices on loopback, paired, each with its sessions and its
// ability-connection manager. QML gets A's as the AbilityConnectionManager
// singleton, and B's as `peerManager`, so a test can play both users; and
// each one's TransferManager (`ownTransfers`, `peerTransfers`, B's files
// landing in a temporary folder) with a file to send (`sampleFileUrl`).
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        const LocalDevice::Options options = loopbackOptions(freeUdpPort());
        m_a = std::make_unique<Peer>(QStringLiteral("Alpha"), options);
        m_b = std::make_unique<Peer>(QStringLiteral("Beta"), options);
        if (!m_a->start() || !m_b->start())
            qFatal("cannot start the test devices");
        pairPeers(*m_a, *m_b);
        if (QTest::currentTestFailed())
            qFatal("cannot pair the test devices");
        m_sessionsA = std::make_unique<SessionManager>(m_a->device.get(), SessionManager::Options());
        m_sessionsB = std::make_unique<SessionManager>(m_b->device.get(), SessionManager::Options());
        m_abilityA = std::make_unique<AbilityConnectionManager>(m_sessionsA.get());
        m_abilityB = std::make_unique<AbilityConnectionManager>(m_sessionsB.get());
        AbilityConnectionManagerForeign::setInstance(m_abilityA.get());
        TransferManager::Options receiving;
        receiving.downloadDir = m_files.filePath(QStringLiteral("downloads"));
        if (!QDir().mkpath(receiving.downloadDir))
            qFatal("cannot make the download folder");
        m_transfersA = std::make_unique<TransferManager>(m_sessionsA.get());
        m_transfersB = std::make_unique<TransferManager>(m_sessionsB.get(), receiving);
        const QString sample = m_files.filePath(QStringLiteral("sample.txt"));
        QFile file(sample);
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(100 * 1000, 'x')) != 100 * 1000)
            qFatal("cannot write the sample file");

        engine->addImportPath(QStringLiteral(TANDEM_QML_BUILD_DIR));
        engine->rootContext()->setContextProperty(QStringLiteral("peerManager"), m_abilityB.get());
        engine->rootContext()->setContextProperty(QStringLiteral("peerDeviceId"), m_b->id());
        engine->rootContext()->setContextProperty(QStringLiteral("ownDeviceId"), m_a->id());
        engine->rootContext()->setContextProperty(QStringLiteral("ownDevice"), m_a->device.get());
        engine->rootContext()->setContextProperty(QStringLiteral("ownTransfers"), m_transfersA.get());
        engine->rootContext()->setContextProperty(QStringLiteral("peerTransfers"), m_transfersB.get());
        engine->rootContext()->setContextProperty(QStringLiteral("sampleFileUrl"), QUrl::fromLocalFile(sample));
        // Each test file gets its own engine; the devices live as long as
        // it does and go while Qt still runs (Setup itself outlives the app).
        connect(engine, &QObject::destroyed, this, &Setup::tearDown);
    }

private:
    void tearDown()
    {
        AbilityConnectionManagerForeign::setInstance(nullptr);
        m_transfersA.reset();
        m_transfersB.reset();
        m_abilityA.reset();
        m_abilityB.reset();
        m_sessionsA.reset();
        m_sessionsB.reset();
        m_a.reset();
        m_b.reset();
    }

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sessionsA, m_sessionsB;
    std::unique_ptr<AbilityConnectionManager> m_abilityA, m_abilityB;
    std::unique_ptr<TransferManager> m_transfersA, m_transfersB;
    QTemporaryDir m_files;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
