#include "../common/testpeers.h"
#include "appdriver.h"
#include <Tandem/Quick/clipboardsync.h>
#include <Tandem/Quick/conversations.h>
#include <Tandem/channelsession.h>
#include <Tandem/channelsessions.h>
#include <Tandem/landiscovery.h>
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>

#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace TandemTest;
using namespace Qt::StringLiterals;

// Automatic clipboard sync between two devices, each with a clipboard of
// its own: Alpha is this process (its device, sessions, conversations and
// ClipboardSync, on the offscreen platform's in-process clipboard), Beta a
// real `tandem` process, also offscreen (so its clipboard is its own, not
// an X server's shared one), driven through --automation like a user:
// paired in its dialog, sync turned on and off with its Settings switch.
// Loopback only, ephemeral ports, temporary profiles.
class tst_ClipboardSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void copiedTextReachesThePeerWithoutEcho();
    void burstGoesOnceAsItsLast();
    void oversizedTextIsNotSentAndSaidOnce();
    void aPeersOversizedTextIsDropped();
    void receiverWithSyncOffIgnoresIt();
    void nothingShowsAsAChatMessage();
    void optInIsKeptAndForgottenOnUnpair();

private:
    // Beta's clipboard; fails the test when Beta does not answer.
    QString betaText();
    int betaChanges();
    void copyHere(const QString &text) { QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard); }

    std::unique_ptr<Peer> m_alpha;
    std::unique_ptr<Tandem::SessionManager> m_sessions;
    std::unique_ptr<Conversations> m_conversations;
    std::unique_ptr<ClipboardSync> m_sync;
    QTemporaryDir m_betaProfile;
    std::unique_ptr<AppDriver> m_beta;
    QString m_betaId;
    // QClipboard::changed (Clipboard mode) here.
    int m_alphaChanges = 0;
};

// Generous: discovery, TLS and a session on a loaded machine.
constexpr int Timeout = 30000;

QString tst_ClipboardSync::betaText()
{
    const QJsonObject reply = m_beta->clipboard();
    if (!AppDriver::error(reply).isEmpty())
        qWarning("Beta: %s", qPrintable(AppDriver::error(reply)));
    return reply.value(u"value"_s).toObject().value(u"text"_s).toString();
}

int tst_ClipboardSync::betaChanges()
{
    return m_beta->clipboard().value(u"value"_s).toObject().value(u"changes"_s).toInt(-1);
}

void tst_ClipboardSync::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"offscreen"_s);
    connect(QGuiApplication::clipboard(), &QClipboard::changed, this, [this](QClipboard::Mode mode) {
        if (mode == QClipboard::Clipboard)
            ++m_alphaChanges;
    });
    const quint16 discoveryPort = freeUdpPort();
    m_alpha = std::make_unique<Peer>(u"Alpha"_s, loopbackOptions(discoveryPort));
    QVERIFY(m_alpha->start());
    m_sessions = std::make_unique<Tandem::SessionManager>(m_alpha->device.get(), Tandem::SessionManager::Options());
    QString error;
    m_conversations = Conversations::open(m_sessions.get(), &error);
    QVERIFY2(m_conversations, qPrintable(error));
    m_sync = std::make_unique<ClipboardSync>(m_sessions.get(), m_alpha->dir.filePath(u"settings.ini"_s));

    // Beta's id, from its profile before the app holds it.
    {
        const auto profile = Tandem::Profile::open(m_betaProfile.path(), &error);
        QVERIFY2(profile, qPrintable(error));
        m_betaId = profile->deviceId();
    }
    m_beta = std::make_unique<AppDriver>(u"Beta"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
    m_beta->setEnvironment(environment);
    m_beta->keepEventsFlowing();
    QVERIFY(m_beta->start(QStringLiteral(TANDEM_APP_PATH),
                          {u"--profile"_s, m_betaProfile.path(), u"--device-name"_s, u"Beta"_s, u"--interface"_s,
                           Tandem::LanDiscovery::loopbackInterface(), u"--port"_s, u"0"_s, u"--discovery-port"_s,
                           QString::number(discoveryPort)}));

    // Paired as users do: Alpha asks, both confirm the code (Beta in its
    // dialog).
    Tandem::LocalDevice *alpha = m_alpha->device.get();
    QTRY_VERIFY_WITH_TIMEOUT(alpha->device(m_betaId) && alpha->device(m_betaId)->reachable, Timeout);
    QObject context;
    connect(alpha, &Tandem::LocalDevice::pairingCodeReady, &context, [alpha](const QString &id) {
        QString e;
        alpha->acceptPairing(id, &e);
    });
    QSignalSpy paired(alpha, &Tandem::LocalDevice::paired);
    QVERIFY2(alpha->requestPairing(m_betaId, &error), qPrintable(error));
    const QString confirmed = m_beta->click(u"confirmPairing"_s);
    if (!confirmed.isEmpty())
        m_beta->screenshot(QDir::temp().filePath(u"tst_clipboardsync-beta.png"_s));
    QCOMPARE(confirmed, QString());
    QTRY_COMPARE_WITH_TIMEOUT(paired.size(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(alpha->isConnected(m_betaId), Timeout);

    // Both opt in: Alpha here, Beta with its switch in Settings.
    QVERIFY(!m_sync->isEnabled(m_betaId));
    QVERIFY(m_sync->setEnabled(m_betaId, true));
    QCOMPARE(m_sync->devices(), QStringList{m_betaId});
    QCOMPARE(m_beta->click(u"tab:settings"_s), QString());
    QCOMPARE(AppDriver::error(m_beta->wait(u"clipboardSync:Alpha"_s, u"checked"_s, false)), QString());
    QCOMPARE(m_beta->click(u"clipboardSync:Alpha"_s), QString());
    QCOMPARE(AppDriver::error(m_beta->wait(u"clipboardSync:Alpha"_s, u"checked"_s, true)), QString());
    // Beta keeps its choice beside its other settings.
    QSettings betaSettings(QDir(m_betaProfile.path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    QVERIFY(betaSettings.value(u"clipboardSync/"_s + m_alpha->id()).toBool());
}

void tst_ClipboardSync::cleanupTestCase()
{
    if (m_beta)
        QVERIFY(m_beta->quit());
}

// Copied on Alpha, it is on Beta's clipboard; what Beta received is not
// sent back (Alpha's clipboard changes only by what Alpha copied and what
// Beta copied), and Beta's own copy comes the other way.
void tst_ClipboardSync::copiedTextReachesThePeerWithoutEcho()
{
    QSignalSpy received(m_sync.get(), &ClipboardSync::received);
    QSignalSpy sent(m_sync.get(), &ClipboardSync::sent);
    const int betaBefore = betaChanges();
    const int alphaBefore = m_alphaChanges;
    copyHere(u"Hello from Alpha's clipboard"_s);
    QTRY_COMPARE_WITH_TIMEOUT(betaText(), u"Hello from Alpha's clipboard"_s, Timeout);
    QCOMPARE(betaChanges(), betaBefore + 1);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toStringList(), QStringList{m_betaId});
    // A second copy goes out only after Alpha's QuietTime, so by then an
    // echo of the first from Beta (after Beta's QuietTime) would be on its
    // way, ahead of anything Beta sends later.
    copyHere(u"Second from Alpha"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(betaText(), u"Second from Alpha"_s, Timeout);

    // Beta copies: it arrives here, and it is the first that does.
    QCOMPARE(AppDriver::error(m_beta->copy(u"Reply from Beta"_s)), QString());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, Timeout);
    QCOMPARE(received.at(0).at(0).toString(), m_betaId);
    QCOMPARE(received.at(0).at(1).toString(), u"Reply from Beta"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Reply from Beta"_s);
    QCOMPARE(m_alphaChanges, alphaBefore + 3);
    // Nor does Alpha send back what it received.
    QCOMPARE(sent.size(), 2);
    QCOMPARE(betaText(), u"Reply from Beta"_s);
    QCOMPARE(betaChanges(), betaBefore + 3);
}

// A clipboard manager rewriting the clipboard every few milliseconds:
// Beta gets the last value, and Alpha sends at most one value per
// QuietTime the burst lasted (without coalescing, one per change).
void tst_ClipboardSync::burstGoesOnceAsItsLast()
{
    constexpr int Burst = 20;
    constexpr int Every = 5; // ms
    QSignalSpy sent(m_sync.get(), &ClipboardSync::sent);
    const int betaBefore = betaChanges();
    int copied = 0;
    QElapsedTimer took;
    took.start();
    QTimer manager;
    manager.setInterval(Every);
    connect(&manager, &QTimer::timeout, this, [&] {
        copyHere(u"burst %1"_s.arg(++copied));
        if (copied == Burst)
            manager.stop();
    });
    manager.start();
    QTRY_COMPARE_WITH_TIMEOUT(copied, Burst, Timeout);
    const qint64 burstMs = took.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(betaText(), u"burst %1"_s.arg(Burst), Timeout);
    const qsizetype allowed = 1 + burstMs / qint64(ClipboardSync::QuietTime.count());
    QVERIFY2(sent.size() <= allowed,
             qPrintable(u"%1 sends for %2 changes in %3 ms"_s.arg(sent.size()).arg(Burst).arg(burstMs)));
    QVERIFY(betaChanges() - betaBefore <= allowed);
}

// Past MaxClipboardSyncBytes nothing is sent, and the user is told once,
// not at every such copy.
void tst_ClipboardSync::oversizedTextIsNotSentAndSaidOnce()
{
    QSignalSpy sent(m_sync.get(), &ClipboardSync::sent);
    QSignalSpy oversized(m_sync.get(), &ClipboardSync::oversized);
    QSignalSpy notice(m_sync.get(), &ClipboardSync::notice);
    const int betaBefore = betaChanges();
    copyHere(QString(ClipboardSync::MaxClipboardSyncBytes + 1, u'x'));
    QTRY_COMPARE_WITH_TIMEOUT(oversized.size(), 1, Timeout);
    QCOMPARE(oversized.at(0).at(0).toLongLong(), ClipboardSync::MaxClipboardSyncBytes + 1);
    QCOMPARE(notice.size(), 1);
    QVERIFY2(notice.at(0).at(0).toString().contains(u"256 KiB"_s), qPrintable(notice.at(0).at(0).toString()));
    // Multi-byte characters count as their UTF-8 bytes.
    copyHere(QString(ClipboardSync::MaxClipboardSyncBytes / 2, QChar(0x00e9)) + u'!');
    QTRY_COMPARE_WITH_TIMEOUT(oversized.size(), 2, Timeout);
    QCOMPARE(notice.size(), 1);
    QCOMPARE(sent.size(), 0);

    // At the bound it goes.
    const QString largest = QString(ClipboardSync::MaxClipboardSyncBytes - 5, u'y') + u"small";
    copyHere(largest);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(betaText(), largest, Timeout);
    QCOMPARE(betaChanges(), betaBefore + 1);
    QCOMPARE(notice.size(), 1);
}

// What a peer sends past MaxClipboardSyncBytes (its own build, not this
// app's sender, which never does) is dropped by the receiver; the next text
// on the same session still lands.
void tst_ClipboardSync::aPeersOversizedTextIsDropped()
{
    Tandem::ChannelSessions raw(m_sessions.get());
    QString error;
    const QPointer<Tandem::ChannelSession> session
        = raw.open(m_betaId, QLatin1StringView(ClipboardSync::Service), &error);
    QVERIFY2(session, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), Tandem::ChannelSession::State::Connected, Timeout);
    const int betaBefore = betaChanges();
    const QString channel = QLatin1StringView(ClipboardSync::Channel);
    QVERIFY2(session->send(channel, QByteArray(ClipboardSync::MaxClipboardSyncBytes + 1, 'z'), &error),
             qPrintable(error));
    QVERIFY2(session->send(channel, QByteArrayLiteral("after the oversized one"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(betaText(), u"after the oversized one"_s, Timeout);
    QCOMPARE(betaChanges(), betaBefore + 1);
    session->close();
}

// The receiver's opt-in counts: with Alpha's sync with Beta off, what
// Beta (still opted in) sends arrives and is dropped; turned on again, the
// next copy lands. A device this side is not paired with cannot be
// turned on.
void tst_ClipboardSync::receiverWithSyncOffIgnoresIt()
{
    QVERIFY(m_sync->setEnabled(m_betaId, false));
    QVERIFY(m_sync->devices().isEmpty());
    QSignalSpy ignored(m_sync.get(), &ClipboardSync::ignored);
    QSignalSpy received(m_sync.get(), &ClipboardSync::received);
    const QString before = QGuiApplication::clipboard()->text();
    const int alphaBefore = m_alphaChanges;
    QCOMPARE(AppDriver::error(m_beta->copy(u"Alpha does not want this"_s)), QString());
    QTRY_COMPARE_WITH_TIMEOUT(ignored.size(), 1, Timeout);
    QCOMPARE(ignored.at(0).at(0).toString(), m_betaId);
    QCOMPARE(received.size(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), before);
    QCOMPARE(m_alphaChanges, alphaBefore);

    QVERIFY(m_sync->setEnabled(m_betaId, true));
    QCOMPARE(AppDriver::error(m_beta->copy(u"Alpha takes this"_s)), QString());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, Timeout);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Alpha takes this"_s);
    QCOMPARE(ignored.size(), 1);

    QSignalSpy error(m_sync.get(), &ClipboardSync::errorOccurred);
    QVERIFY(!m_sync->setEnabled(QString(64, u'0'), true));
    QCOMPARE(error.size(), 1);
    QVERIFY(!m_sync->isEnabled(QString(64, u'0')));
}

// Beta's switch turned off stops Beta sending; the opt-ins outlive a
// restart (kept in the settings file), and unpairing forgets them.
void tst_ClipboardSync::optInIsKeptAndForgottenOnUnpair()
{
    QCOMPARE(m_beta->click(u"tab:settings"_s), QString());
    QCOMPARE(m_beta->click(u"clipboardSync:Alpha"_s), QString());
    QCOMPARE(AppDriver::error(m_beta->wait(u"clipboardSync:Alpha"_s, u"checked"_s, false)), QString());
    // Beta keeps it in its profile's settings.ini.
    QSettings betaSettings(QDir(m_betaProfile.path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    QTRY_VERIFY_WITH_TIMEOUT((betaSettings.sync(), !betaSettings.contains(u"clipboardSync/"_s + m_alpha->id())),
                             Timeout);

    m_sync.reset();
    m_sync = std::make_unique<ClipboardSync>(m_sessions.get(), m_alpha->dir.filePath(u"settings.ini"_s));
    QCOMPARE(m_sync->devices(), QStringList{m_betaId});

    QSignalSpy devicesChanged(m_sync.get(), &ClipboardSync::devicesChanged);
    QString error;
    QVERIFY2(m_alpha->device->unpair(m_betaId, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!devicesChanged.isEmpty(), Timeout);
    QVERIFY(m_sync->devices().isEmpty());
    m_sync.reset();
    m_sync = std::make_unique<ClipboardSync>(m_sessions.get(), m_alpha->dir.filePath(u"settings.ini"_s));
    QVERIFY(!m_sync->isEnabled(m_betaId));
}

// Clipboard sync has a service of its own: no message in either device's
// conversation, no request on Beta.
void tst_ClipboardSync::nothingShowsAsAChatMessage()
{
    QVERIFY(m_conversations->history()->latest(m_betaId).isEmpty());
    QCOMPARE(m_conversations->unreadTotal(), 0);
    QCOMPARE(m_beta->click(u"tab:devices"_s), QString());
    QCOMPARE(m_beta->click(u"chat:Alpha"_s), QString());
    QCOMPARE(AppDriver::error(m_beta->wait(u"conversationPage"_s)), QString());
    const QJsonObject first
        = m_beta->send({{u"cmd"_s, u"get"_s}, {u"target"_s, u"message:0"_s}, {u"property"_s, u"text"_s}});
    QVERIFY2(!AppDriver::error(first).isEmpty(), "Beta shows a chat message");
    const QJsonObject pending
        = m_beta->send({{u"cmd"_s, u"get"_s}, {u"target"_s, u"requestText"_s}, {u"property"_s, u"visible"_s}});
    QVERIFY(AppDriver::error(pending).isEmpty() ? !pending.value(u"value"_s).toBool() : true);
}

QTEST_MAIN(tst_ClipboardSync)
#include "tst_clipboardsync.moc"
