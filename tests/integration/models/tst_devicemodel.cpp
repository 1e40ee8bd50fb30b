#include "../../common/testpeers.h"

#include <Tandem/Quick/devicemodel.h>
#include <Tandem/Quick/sessionmodel.h>
#include <Tandem/Quick/transfermodel.h>
#include <Tandem/abilityconnectionmanager.h>
#include <Tandem/deviceserviceclient.h>
#include <Tandem/deviceservicehost.h>
#include <Tandem/servicesession.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>
#include <Tandem/truststore.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace TandemTest;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;

// Makes `profile` Tandem's own profile, where an app looks for the user's
// device (XDG_DATA_HOME/Tandem/Tandem), until destroyed.
class TandemAt
{
public:
    explicit TandemAt(const QString &profile)
        : m_before(qgetenv("XDG_DATA_HOME"))
    {
        m_valid = QDir(m_data.path()).mkpath(u"Tandem"_s) && QFile::link(profile, m_data.path() + u"/Tandem/Tandem"_s);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    }
    ~TandemAt()
    {
        if (m_before.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_before);
    }
    bool isValid() const { return m_valid; }
    QString dataHome() const { return m_data.path(); }

private:
    QTemporaryDir m_data;
    QByteArray m_before;
    bool m_valid = false;
};
} // namespace

// DeviceModel through the running host of a profile: what an app that
// imports the QML module shows and does with the user's device, instead of
// starting a second one.
class tst_DeviceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheHostsDevices();
    void pairsAndUnpairsThroughTheHost();
    void qmlGetsTheHostsAbilityManagerWithoutSetUp();
    void sessionModelShowsRequestsToTheAppsServices();
    void qmlModelsTakeTheTandemHostSingleton();
    void transferModelFollowsTheHostsFiles();

private:
    bool isPaired(const QString &id) const
    {
        const int row = m_model->indexOf(id);
        return row >= 0 && m_model->data(m_model->index(row), DeviceModel::PairedRole).toBool();
    }

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sessionsA;
    std::unique_ptr<DeviceServiceHost> m_host;
    std::unique_ptr<DeviceServiceClient> m_client;
    std::unique_ptr<DeviceModel> m_model;
};

void tst_DeviceModel::init()
{
    startPairedPeers(m_a, m_b);
    QVERIFY(!QTest::currentTestFailed());
    m_sessionsA = std::make_unique<SessionManager>(m_a->device.get(), SessionManager::Options());
    m_host = std::make_unique<DeviceServiceHost>(m_sessionsA.get());
    QString error;
    QVERIFY2(m_host->listen(&error), qPrintable(error));
    m_client = std::make_unique<DeviceServiceClient>();
    QSignalSpy ready(m_client.get(), &DeviceServiceClient::ready);
    QVERIFY2(m_client->connectToHost(m_a->dir.path(), &error), qPrintable(error));
    QVERIFY(ready.wait(Timeout));
    m_model = std::make_unique<DeviceModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void tst_DeviceModel::cleanup()
{
    m_model.reset();
    m_client.reset();
    m_host.reset();
    m_sessionsA.reset();
    m_a.reset();
    m_b.reset();
}

void tst_DeviceModel::listsTheHostsDevices()
{
    QSignalSpy host(m_model.get(), &DeviceModel::hostChanged);
    m_model->setHost(m_client.get());
    QCOMPARE(host.size(), 1);
    QCOMPARE(m_model->device(), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->indexOf(m_b->id()) >= 0, Timeout);
    const QModelIndex row = m_model->index(m_model->indexOf(m_b->id()));
    QCOMPARE(row.data(DeviceModel::NameRole).toString(), m_b->profile->deviceName());
    QVERIFY(row.data(DeviceModel::PairedRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->index(m_model->indexOf(m_b->id())).data(DeviceModel::ConnectedRole).toBool(),
                             Timeout);
    QVERIFY(m_model->isLanRunning());
    // What only the app itself does says so, rather than failing quietly.
    QSignalSpy errors(m_model.get(), &DeviceModel::errorOccurred);
    QVERIFY(!m_model->connectToAddress(u"127.0.0.1:1"_s));
    QCOMPARE(errors.constLast().constFirst().toString(),
             u"Adding a device by address is done in the Tandem app itself."_s);
    // One source at a time: the LocalDevice replaces the host.
    m_model->setDevice(m_a->device.get());
    QCOMPARE(m_model->host(), nullptr);
    QVERIFY(m_model->indexOf(m_b->id()) >= 0);
    // The host going away empties the list.
    m_model->setHost(m_client.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 0, Timeout);
    m_client->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 0, Timeout);
    QVERIFY(!m_model->isLanRunning());
}

void tst_DeviceModel::pairsAndUnpairsThroughTheHost()
{
    m_model->setHost(m_client.get());
    QTRY_VERIFY_WITH_TIMEOUT(isPaired(m_b->id()), Timeout);

    // Unpair from the model: the host's device unpairs.
    QSignalSpy unpaired(m_model.get(), &DeviceModel::unpaired);
    QVERIFY(m_model->unpair(m_b->id()));
    QVERIFY(unpaired.wait(Timeout));
    QCOMPARE(unpaired.constFirst().at(0).toString(), m_b->id());
    QVERIFY(!m_a->profile->trustStore()->isTrusted(m_b->id()));
    QTRY_VERIFY_WITH_TIMEOUT(!isPaired(m_b->id()), Timeout);

    // B asks to pair: the model shows B's code, and accepting it here
    // answers for the host's device.
    QSignalSpy codes(m_model.get(), &DeviceModel::pairingCodeReady);
    QSignalSpy finished(m_model.get(), &DeviceModel::pairingFinished);
    QString codeAtB;
    connect(m_b->device.get(), &LocalDevice::pairingCodeReady, this,
            [&codeAtB](const QString &, const QString &code) { codeAtB = code; });
    QString error;
    QVERIFY2(m_b->device->requestPairing(m_a->id(), &error), qPrintable(error));
    QVERIFY(codes.wait(Timeout));
    QCOMPARE(codes.constFirst().at(0).toString(), m_b->id());
    QTRY_VERIFY_WITH_TIMEOUT(!codeAtB.isEmpty(), Timeout);
    QCOMPARE(codes.constFirst().at(2).toString(), codeAtB);
    QCOMPARE(codes.constFirst().at(3).toBool(), true);
    QCOMPARE(m_model->index(m_model->indexOf(m_b->id())).data(DeviceModel::PairingCodeRole).toString(), codeAtB);
    QVERIFY(m_model->acceptPairing(m_b->id()));
    QVERIFY2(m_b->device->acceptPairing(m_a->id(), &error), qPrintable(error));
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constFirst().at(2).toBool(), true);
    QVERIFY(m_a->profile->trustStore()->isTrusted(m_b->id()));
    QTRY_VERIFY_WITH_TIMEOUT(isPaired(m_b->id()), Timeout);

    // Unpaired again, the model asks; B rejects.
    QVERIFY(m_model->unpair(m_b->id()));
    QTRY_VERIFY_WITH_TIMEOUT(!isPaired(m_b->id()), Timeout);
    codes.clear();
    finished.clear();
    codeAtB.clear();
    QVERIFY(m_model->requestPairing(m_b->id()));
    QVERIFY(codes.wait(Timeout));
    QCOMPARE(codes.constFirst().at(3).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(!codeAtB.isEmpty(), Timeout);
    QVERIFY2(m_b->device->rejectPairing(m_a->id(), u"not now"_s, &error), qPrintable(error));
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constFirst().at(2).toBool(), false);
    QVERIFY(finished.constFirst().at(3).toString().startsWith(m_b->profile->deviceName() + u" declined pairing."_s));
    QVERIFY(!m_a->profile->trustStore()->isTrusted(m_b->id()));
    // The model's own pairing ended: it may ask again.
    QVERIFY(m_model->requestPairing(m_b->id()));
}

// An app that imports Tandem and sets nothing up gets the user's running
// device: the AbilityConnectionManager singleton is a client of the host of
// Tandem's own profile (here: XDG_DATA_HOME points at a folder whose
// Tandem/Tandem is A's profile), not a device of its own.
void tst_DeviceModel::qmlGetsTheHostsAbilityManagerWithoutSetUp()
{
    const TandemAt defaultProfile(m_a->dir.path());
    QVERIFY(defaultProfile.isValid());
    QCOMPARE(QDir(DeviceServiceClient::defaultProfileDirectory()).canonicalPath(),
             QDir(m_a->dir.path()).canonicalPath());
    const int clientsBefore = m_host->clientCount();
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral(TANDEM_QML_BUILD_DIR));
        QQmlComponent component(&engine);
        component.setData("import QtQml\nimport Tandem\nQtObject { property var manager: AbilityConnectionManager }",
                          QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *manager = qobject_cast<AbilityConnectionManager *>(root->property("manager").value<QObject *>());
        QVERIFY(manager);
        QCOMPARE(manager->sessionManager(), nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(manager->localInfo().deviceId, m_a->id(), Timeout);
        QCOMPARE(m_host->clientCount(), clientsBefore + 1);
        QCOMPARE(manager->registerService(u"whiteboard"_s), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_host->isClientService(u"whiteboard"_s), Timeout);
    }
    // Gone with the engine, and with it the app's service at the host.
    QTRY_COMPARE_WITH_TIMEOUT(m_host->clientCount(), clientsBefore, Timeout);
    QVERIFY(!m_host->isClientService(u"whiteboard"_s));
}

// SessionModel through the host: the requests peers make to a service
// this app registered, named from the host's device list, answered from
// the model; sessions to other services never show.
void tst_DeviceModel::sessionModelShowsRequestsToTheAppsServices()
{
    SessionModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    QSignalSpy requests(&model, &SessionModel::requestArrived);
    model.setHost(m_client.get());
    QCOMPARE(model.host(), m_client.get());
    std::optional<QString> registered;
    m_client->registerService(u"whiteboard"_s, this, [&registered](const QString &error) { registered = error; });
    QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), Timeout);
    QCOMPARE(*registered, QString());
    // The host's own service: its business, not this app's.
    m_sessionsA->registerService(u"tandem.text"_s);
    connect(m_sessionsA.get(), &SessionManager::incomingSession, this, [](Session *session) {
        if (session->service() == u"tandem.text"_s)
            session->accept();
    });

    SessionManager sessionsB(m_b->device.get(), SessionManager::Options());
    QString error;
    Session *other = sessionsB.open(m_a->id(), u"tandem.text"_s, QString(), {}, &error);
    QVERIFY2(other, qPrintable(error));
    QSignalSpy otherOpened(other, &Session::opened);
    QVERIFY(otherOpened.wait(Timeout));

    Session *first = sessionsB.open(m_a->id(), u"whiteboard"_s, QString(), {}, &error);
    QVERIFY2(first, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(model.pendingCount(), 1, Timeout);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).at(0).toString(), m_b->id());
    QCOMPARE(requests.at(0).at(2).toString(), u"whiteboard"_s);
    const QModelIndex row = model.index(0);
    QCOMPARE(model.data(row, SessionModel::ServiceRole).toString(), u"whiteboard"_s);
    QCOMPARE(model.data(row, SessionModel::PendingRole).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(model.data(row, SessionModel::PeerNameRole).toString(), u"Beta"_s, Timeout);
    QSignalSpy firstOpened(first, &Session::opened);
    QVERIFY(model.acceptRequest(model.firstPendingRequest()));
    QVERIFY(firstOpened.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(model.pendingCount(), 0, Timeout);
    QCOMPARE(model.data(model.index(0), SessionModel::StateRole).toInt(), int(Session::State::Connected));

    Session *second = sessionsB.open(m_a->id(), u"whiteboard"_s, QString(), {}, &error);
    QVERIFY2(second, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(model.pendingCount(), 1, Timeout);
    QSignalSpy refused(second, &Session::refused);
    QVERIFY(model.rejectRequest(model.firstPendingRequest(), u"Busy drawing."_s));
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.at(0).at(0).toInt(), SessionManager::ErrorRejected);
    QCOMPARE(refused.at(0).at(1).toString(), u"Busy drawing."_s);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, Timeout);

    // B closing the one it has ends its row.
    first->close();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, Timeout);
    QCOMPARE(requests.size(), 2);
}

// A QML app with no C++ of its own: the TandemHost singleton connects to
// the user's running device, and the models take its client.
void tst_DeviceModel::qmlModelsTakeTheTandemHostSingleton()
{
    const TandemAt defaultProfile(m_a->dir.path());
    QVERIFY(defaultProfile.isValid());
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral(TANDEM_QML_BUILD_DIR));
        QQmlComponent component(&engine);
        component.setData("import QtQml\nimport Tandem\n"
                          "QtObject {\n"
                          "    property var host: TandemHost\n"
                          "    property DeviceModel devices: DeviceModel { host: TandemHost.client }\n"
                          "    property bool ready: TandemHost.status === TandemHost.Ready\n"
                          "    property string name: TandemHost.deviceName\n"
                          "}",
                          QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(root->property("ready").toBool(), Timeout);
        QCOMPARE(root->property("name").toString(), u"Alpha"_s);
        auto *devices = root->property("devices").value<DeviceModel *>();
        QVERIFY(devices);
        QTRY_VERIFY_WITH_TIMEOUT(devices->indexOf(m_b->id()) >= 0, Timeout);
    }
    // Where no host runs it says so, and no device is started.
    qputenv("XDG_DATA_HOME", QFile::encodeName(defaultProfile.dataHome() + u"/nowhere"_s));
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral(TANDEM_QML_BUILD_DIR));
        QQmlComponent component(&engine);
        component.setData("import QtQml\nimport Tandem\n"
                          "QtObject {\n"
                          "    property bool unavailable: TandemHost.status === TandemHost.Unavailable\n"
                          "    property string error: TandemHost.errorString\n"
                          "}",
                          QUrl());
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        QVERIFY(root->property("unavailable").toBool());
        QCOMPARE(root->property("error").toString(), u"No Tandem host is running for this profile"_s);
    }
}

// TransferModel through the host: another app shows the files other
// devices offer the user's device and answers them, sends its own, and
// clears what finished, with no device of its own.
void tst_DeviceModel::transferModelFollowsTheHostsFiles()
{
    QTemporaryDir work;
    TransferManager::Options optionsA;
    optionsA.downloadDir = work.filePath(u"host-in"_s);
    TransferManager filesA(m_sessionsA.get(), optionsA);
    m_host->setTransferManager(&filesA);
    SessionManager sessionsB(m_b->device.get(), SessionManager::Options());
    TransferManager::Options optionsB;
    optionsB.downloadDir = work.filePath(u"b-in"_s);
    QVERIFY(QDir().mkpath(optionsB.downloadDir));
    TransferManager filesB(&sessionsB, optionsB);
    QList<QPointer<Transfer>> atB;
    connect(&filesB, &TransferManager::incomingTransfer, this, [&atB](Transfer *transfer) {
        atB << transfer;
        transfer->accept();
    });
    const QString photo = work.filePath(u"photo.jpg"_s);
    {
        QFile file(photo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(120000, 'p'));
    }

    TransferModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy offers(&model, &TransferModel::offerArrived);
    QSignalSpy errors(&model, &TransferModel::errorOccurred);
    model.setHost(m_client.get());
    QCOMPARE(model.host(), m_client.get());

    // B offers a photo: a row waits for the answer, named as the host names B.
    QString error;
    QVERIFY2(filesB.send(m_a->id(), {photo}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, Timeout);
    const QString offered = offers.constFirst().at(0).toString();
    QCOMPARE(model.pendingCount(), 1);
    QCOMPARE(model.firstPendingOffer(), offered);
    QVERIFY2(model.fileNames(offered).startsWith(u"photo.jpg ("_s), qPrintable(model.fileNames(offered)));
    const QModelIndex row = model.index(model.indexOf(offered));
    QVERIFY(row.data(TransferModel::IncomingRole).toBool());
    QCOMPARE(row.data(TransferModel::FolderRole).toString(), optionsA.downloadDir);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(model.indexOf(offered)).data(TransferModel::PeerNameRole).toString(),
                              m_b->profile->deviceName(), Timeout);
    // Accepted from the model: the host makes its folder and lands it there.
    QVERIFY(model.acceptOffer(offered));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(model.indexOf(offered)).data(TransferModel::StateRole).toInt(),
                              int(Transfer::State::Completed), Timeout);
    QCOMPARE(model.pendingCount(), 0);
    QFile landed(QDir(optionsA.downloadDir).filePath(u"photo.jpg"_s));
    QVERIFY(landed.open(QIODevice::ReadOnly));
    QCOMPARE(landed.readAll(), QByteArray(120000, 'p'));

    // Sent from the model: through the host, followed to the end.
    const QString sending = model.send(m_b->id(), {QUrl::fromLocalFile(photo)});
    QVERIFY2(!sending.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.constLast().at(0).toString()));
    QCOMPARE(model.rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(0).data(TransferModel::StateRole).toInt(), int(Transfer::State::Completed),
                              Timeout);
    QVERIFY(!model.index(0).data(TransferModel::IncomingRole).toBool());
    QCOMPARE(model.index(0).data(TransferModel::TransferIdRole).toString(), atB.constLast()->id());
    QCOMPARE(QFile(QDir(optionsB.downloadDir).filePath(u"photo.jpg"_s)).size(), 120000);

    // Declined from the model: B hears why.
    Transfer *unwanted = filesB.send(m_a->id(), {photo}, &error);
    QVERIFY2(unwanted, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 2, Timeout);
    QVERIFY(model.rejectOffer(offers.constLast().at(0).toString(), u"no more photos"_s));
    QTRY_COMPARE_WITH_TIMEOUT(unwanted->state(), Transfer::State::Rejected, Timeout);
    QCOMPARE(unwanted->errorString(), u"no more photos"_s);

    // What only the host app sets says so.
    QVERIFY(!model.setAutoAccept(m_b->id(), true));
    QCOMPARE(errors.constLast().at(0).toString(), u"Accepting files without asking is set in the Tandem app itself."_s);
    QVERIFY(!filesA.autoAccepts(m_b->id()));

    // Clearing lets go of the finished rows here; the host keeps its own.
    QTRY_COMPARE_WITH_TIMEOUT(model.finishedCount(), 3, Timeout);
    model.clearFinished();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, Timeout);
    QCOMPARE(filesA.transfers().size(), 3);
    m_host->setTransferManager(nullptr);
}

QTEST_GUILESS_MAIN(tst_DeviceModel)
#include "tst_devicemodel.moc"
