#include "../common/testpeers.h"

#include "abilityforeign.h"
#include "session/sessionmanager.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace Tandem;
using namespace TandemTest;

// Two real devices on loopback, paired, each with its sessions and its
// ability-connection manager. QML gets A's as the AbilityConnectionManager
// singleton, and B's as `peerManager`, so a test can play both users.
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

        engine->addImportPath(QStringLiteral(TANDEM_QML_BUILD_DIR));
        engine->rootContext()->setContextProperty(QStringLiteral("peerManager"), m_abilityB.get());
        engine->rootContext()->setContextProperty(QStringLiteral("peerDeviceId"), m_b->id());
        engine->rootContext()->setContextProperty(QStringLiteral("ownDeviceId"), m_a->id());
        engine->rootContext()->setContextProperty(QStringLiteral("ownDevice"), m_a->device.get());
        // Each test file gets its own engine; the devices live as long as
        // it does and go while Qt still runs (Setup itself outlives the app).
        connect(engine, &QObject::destroyed, this, &Setup::tearDown);
    }

private:
    void tearDown()
    {
        AbilityConnectionManagerForeign::setInstance(nullptr);
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
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
