#include "cli.h"

#include "terminal.h"
#include "terminationsignals.h"
#include <Tandem/deviceidentity.h>
#include <Tandem/linkoptions.h>
#include <Tandem/pairingcode.h>
#include <Tandem/servicesession.h>
#include <Tandem/servicetransfer.h>
#include <Tandem/truststore.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLocale>
#include <QMetaEnum>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <iostream>
#include <memory>
#include <string>
#include <utility>

using namespace Tandem;

namespace {

// How often a finishing command looks whether its links' goodbyes are out.
constexpr int GoodbyePollMs = 10;

QString describe(const DeviceInfo &device)
{
    return QStringLiteral("%1 (%2)").arg(
        device.name.isEmpty() ? QStringLiteral("unnamed device") : terminalSafe(device.name), device.shortId());
}

int exitCodeFor(PairingOutcome outcome)
{
    switch (outcome) {
    case PairingOutcome::Paired:
        return ExitOk;
    case PairingOutcome::Rejected:
    case PairingOutcome::Cancelled:
        return ExitRefused;
    case PairingOutcome::TimedOut:
        return ExitTimedOut;
    case PairingOutcome::Failed:
        break;
    }
    return ExitError;
}

// The JSON name of an enum value: its key in kebab case ("TimedOut" ->
// "timed-out"), so scripts see the library's own names, spelled the way the
// rest of the output is.
template<typename Enum> QString jsonName(Enum value)
{
    const QString key = QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
    QString name;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key.at(i).isUpper() && i > 0)
            name += QLatin1Char('-');
        name += key.at(i).toLower();
    }
    return name;
}

QString describeChannel(const QString &channel)
{
    return channel.isEmpty() ? QStringLiteral("the default channel")
                             : QStringLiteral("channel \"%1\"").arg(terminalSafe(channel));
}

} // namespace

Cli::Cli(const CliOptions &options, std::unique_ptr<Profile> profile, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(options.json)
    , m_profile(std::move(profile))
{ }

Cli::Cli(const CliOptions &options, std::unique_ptr<DeviceServiceClient> client, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(options.json)
    , m_client(std::move(client))
{
    // The host stopped or refused this client: a session in progress says
    // so itself first (it ends as network-disconnected).
    connect(m_client.get(), &DeviceServiceClient::disconnected, this, [this](const QString &reason) {
        if (m_finished)
            return;
        m_out.error(QStringLiteral("the Tandem host ended the connection: ") + terminalSafe(reason));
        finish(ExitError);
    });
}

Cli::~Cli() = default;

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    // Its clients' sessions close while the links that carry them are up.
    if (m_host)
        m_host->close();
    if (m_device)
        m_device->stop();
    // What is still queued for the host (a session's close) goes first.
    QElapsedTimer sinceFinish;
    sinceFinish.start();
    if (m_client)
        m_client->disconnectFromHost();
    // Let goodbyes reach the wire before the loop ends: a Bluetooth link's
    // goodbye takes several passes (QCA encrypts later, the socket writes
    // later), and without it the peer sees "connection reset" rather than
    // why. Each closing transport gives up after its own bound.
    auto *wait = new QTimer(qApp);
    wait->setInterval(GoodbyePollMs);
    connect(wait, &QTimer::timeout, qApp, [this, wait, code, sinceFinish] {
        if (LocalDevice::linksStillClosing() > 0)
            return;
        if (m_client && m_client->isConnected() && !sinceFinish.hasExpired(HostGoodbyeWait.count() * 1000))
            return;
        wait->deleteLater();
        QCoreApplication::exit(code);
    });
    wait->start();
}

void Cli::run()
{
    static const QHash<QString, void (Cli::*)()> commands = {
        {QStringLiteral("id"), &Cli::cmdId},
        {QStringLiteral("trusted"), &Cli::cmdTrusted},
        {QStringLiteral("devices"), &Cli::cmdDevices},
        {QStringLiteral("pair"), &Cli::cmdPair},
        {QStringLiteral("unpair"), &Cli::cmdUnpair},
        {QStringLiteral("serve"), &Cli::cmdServe},
        {QStringLiteral("send-text"), &Cli::cmdSendText},
        {QStringLiteral("send"), &Cli::cmdSend},
    };
    if (m_client && !m_client->isReady()) {
        connect(m_client.get(), &DeviceServiceClient::ready, this, &Cli::runThroughHost, Qt::SingleShotConnection);
        return;
    }
    const auto command = commands.value(m_options.command);
    if (!command) {
        m_out.error(QStringLiteral("unknown command \"%1\"; see --help").arg(m_options.command));
        finish(ExitUsage);
        return;
    }
    (this->*command)();
}

void Cli::runThroughHost()
{
    // --name would rename the device in its profile, which the host holds.
    if (!m_options.deviceName.isEmpty() && m_options.deviceName != m_client->deviceName()) {
        m_out.error(QStringLiteral("a Tandem host runs this profile as \"%1\"; --name cannot rename it while it runs")
                        .arg(terminalSafe(m_client->deviceName())));
        finish(ExitUsage);
        return;
    }
    run();
}

bool Cli::startDevice()
{
    m_device = std::make_unique<LocalDevice>(m_profile.get(), m_options.device);
    QString error;
    if (!m_device->start(&error)) {
        m_out.error(error);
        finish(ExitError);
        return false;
    }
    SessionManager::Options sessionOptions;
    if (m_options.resumeSeconds > 0)
        sessionOptions.resumeTimeout = std::chrono::seconds(m_options.resumeSeconds);
    m_sessions = std::make_unique<SessionManager>(m_device.get(), sessionOptions);
    TransferManager::Options files;
    files.downloadDir = m_options.downloadDir;
    // A transfer waits for its peer as long as its session would.
    files.peerReturnTimeout = sessionOptions.resumeTimeout;
    m_transfers = std::make_unique<TransferManager>(m_sessions.get(), files);
    for (const QString &address : std::as_const(m_options.connectTo)) {
        if (const auto target = parseHostPort(address)) // checked in main()
            m_device->connectToAddress(target->first, target->second);
    }
    connect(m_device.get(), &LocalDevice::linkRefused, this, [this](const QString &who, const QString &reason) {
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("link-refused")},
                          {QStringLiteral("who"), who},
                          {QStringLiteral("reason"), reason}},
                         QStringLiteral("Refused a link: ") + terminalSafe(reason));
    });
    return true;
}

QString Cli::displayName(const QString &deviceId) const
{
    const auto info = m_device->device(deviceId);
    return info ? describe(*info) : DeviceIdentity::shortIdFor(deviceId);
}

std::optional<DeviceInfo> Cli::pairedDevice(const QString &query, const QString &why)
{
    QString error;
    const auto device = m_device->findDevice(query, &error);
    return pairedDevice(device, error, why);
}

std::optional<DeviceInfo> Cli::pairedDevice(const std::optional<DeviceInfo> &device, const QString &error,
                                            const QString &why)
{
    if (device && device->paired)
        return device;
    m_out.error(device ? QStringLiteral("%1 is not paired; pair it first (tandem-cli pair %2)")
                             .arg(describe(*device), device->shortId())
                       : error + QLatin1Char(' ') + why + QStringLiteral(" (see tandem-cli trusted)."));
    finish(ExitUsage);
    return std::nullopt;
}

QJsonObject Cli::deviceJson(const DeviceInfo &device) const
{
    return {{QStringLiteral("id"), device.id},
            {QStringLiteral("name"), device.name},
            {QStringLiteral("type"), device.type},
            {QStringLiteral("paired"), device.paired},
            {QStringLiteral("reachable"), device.reachable},
            {QStringLiteral("connected"), device.connected},
            {QStringLiteral("transports"), QJsonArray::fromStringList(device.transports)}};
}

void Cli::cmdId()
{
    // Through a host, its hello says who this device is.
    const QString id = m_client ? m_client->deviceId() : m_profile->deviceId();
    const QString name = m_client ? m_client->deviceName() : m_profile->deviceName();
    m_out.emitObject({{QStringLiteral("id"), id}, {QStringLiteral("name"), name}},
                     QStringLiteral("%1\n%2").arg(name, id));
    finish(ExitOk);
}

void Cli::cmdTrusted()
{
    if (m_client) {
        m_client->requestTrusted(this, [this](const QList<TrustedDevice> &devices) {
            printTrusted(devices);
            finish(ExitOk);
        });
        return;
    }
    printTrusted(m_profile->trustStore()->devices());
    finish(ExitOk);
}

void Cli::printTrusted(const QList<TrustedDevice> &devices)
{
    QJsonArray list;
    QString human;
    for (const TrustedDevice &t : devices) {
        list.append(QJsonObject{{QStringLiteral("id"), t.deviceId},
                                {QStringLiteral("name"), t.name},
                                {QStringLiteral("pairedAt"), t.pairedAt.toString(Qt::ISODate)},
                                {QStringLiteral("protocolVersion"), t.protocolVersion}});
        human
            += QStringLiteral("%1  %2  paired %3\n")
                   .arg(DeviceIdentity::shortIdFor(t.deviceId), terminalSafe(t.name), t.pairedAt.toString(Qt::ISODate));
    }
    if (devices.isEmpty())
        human = QStringLiteral("No paired devices.\n");
    m_out.emitArray(list, human);
}

void Cli::cmdDevices()
{
    if (m_client) {
        // The host has been listening all along: its list is current now,
        // so there is nothing to wait for unless asked.
        const int wait = m_options.waitSeconds >= 0 ? m_options.waitSeconds : 0;
        QTimer::singleShot(std::chrono::seconds(wait), this, [this] {
            m_client->requestDevices(this, [this](const QList<DeviceInfo> &devices) {
                printDevices(devices);
                finish(ExitOk);
            });
        });
        return;
    }
    if (!startDevice())
        return;
    const int wait = m_options.waitSeconds >= 0 ? m_options.waitSeconds : 2;
    QTimer::singleShot(std::chrono::seconds(wait), this, [this] {
        printDevices(m_device->devices());
        finish(ExitOk);
    });
}

void Cli::printDevices(const QList<DeviceInfo> &devices)
{
    QJsonArray list;
    QString human;
    for (const DeviceInfo &device : devices) {
        list.append(deviceJson(device));
        human += QStringLiteral("%1  %2%3%4\n")
                     .arg(device.shortId(), terminalSafe(device.name),
                          device.paired ? QStringLiteral("  [paired]") : QString(),
                          device.reachable ? QStringLiteral("  reachable via ") + device.transports.join(u", ")
                                           : QStringLiteral("  not reachable"));
    }
    if (devices.isEmpty())
        human = QStringLiteral("No devices found.\n");
    m_out.emitArray(list, human);
}

void Cli::whenConnectionKnown(const QString &deviceId, std::function<void(bool)> known)
{
    if (!m_client) {
        known(m_device->isConnected(deviceId));
        return;
    }
    m_client->findDevice(deviceId, this, [known](const std::optional<DeviceInfo> &device, const QString &) {
        known(device && device->connected);
    });
}

void Cli::whenDeviceFound(const QString &query, int waitSeconds, std::function<void(const DeviceInfo &)> found)
{
    if (m_client) {
        findThroughHost(query, QDeadlineTimer(std::chrono::seconds(waitSeconds)), found);
        return;
    }
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    auto tryResolve = [this, query, found, deadline](bool last) {
        if (!deadline->isActive() && !last)
            return;
        QString error;
        if (const auto device = m_device->findDevice(query, &error)) {
            deadline->stop();
            deadline->deleteLater();
            disconnect(m_device.get(), &LocalDevice::devicesChanged, this, nullptr);
            found(*device);
        } else if (last) {
            m_out.error(error);
            finish(ExitUsage);
        }
    };
    connect(deadline, &QTimer::timeout, this, [tryResolve] { tryResolve(true); });
    connect(m_device.get(), &LocalDevice::devicesChanged, this, [tryResolve] { tryResolve(false); });
    deadline->start(std::chrono::seconds(waitSeconds));
    QTimer::singleShot(0, this, [tryResolve] { tryResolve(false); });
}

void Cli::findThroughHost(const QString &query, QDeadlineTimer deadline, std::function<void(const DeviceInfo &)> found)
{
    m_client->findDevice(query, this,
                         [this, query, deadline, found](const std::optional<DeviceInfo> &device, const QString &error) {
                             if (device) {
                                 found(*device);
                                 return;
                             }
                             if (deadline.hasExpired()) {
                                 m_out.error(error);
                                 finish(ExitUsage);
                                 return;
                             }
                             // The host tells no one when it finds a device: ask again.
                             QTimer::singleShot(HostLookupRetry, this, [this, query, deadline, found] {
                                 if (!m_finished)
                                     findThroughHost(query, deadline, found);
                             });
                         });
}

void Cli::askYesNo(const QString &question, std::function<void(bool)> answer)
{
    std::cout << qUtf8Printable(terminalSafe(question)) << " [y/N] " << std::flush;
    // std::getline blocks: read on a thread, answer on the main thread.
    QThread *reader = QThread::create([this, answer] {
        std::string line;
        const bool ok = bool(std::getline(std::cin, line));
        const bool yes = ok && !line.empty() && (line[0] == 'y' || line[0] == 'Y');
        QMetaObject::invokeMethod(this, [answer, yes] { answer(yes); }, Qt::QueuedConnection);
    });
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
}

void Cli::cmdPair()
{
    if (m_options.arguments.size() != 1) {
        m_out.error(QStringLiteral("usage: tandem-cli pair <device> [--yes] [--wait S]"));
        finish(ExitUsage);
        return;
    }
    const int wait = m_options.waitSeconds >= 0 ? m_options.waitSeconds : 10;
    if (m_client) {
        whenDeviceFound(m_options.arguments.constFirst(), wait,
                        [this](const DeviceInfo &device) { pairThroughHost(device); });
        return;
    }
    if (!startDevice())
        return;
    whenDeviceFound(m_options.arguments.constFirst(), wait, [this](const DeviceInfo &device) {
        const QString id = device.id;
        connect(m_device.get(), &LocalDevice::pairingCodeReady, this,
                [this, device](const QString &deviceId, const QString &code, bool) {
                    if (deviceId != device.id)
                        return;
                    reportPairingCode(device, code, [this, deviceId](bool yes) {
                        QString error;
                        if (yes)
                            m_device->acceptPairing(deviceId, &error);
                        else
                            m_device->rejectPairing(deviceId, QString(), &error);
                    });
                });
        connect(m_device.get(), &LocalDevice::paired, this, [this, device](const QString &deviceId) {
            if (deviceId == device.id)
                reportPairingEnded(device, PairingOutcome::Paired, QString());
        });
        connect(m_device.get(), &LocalDevice::pairingFailed, this,
                [this, device](const QString &deviceId, PairingOutcome outcome, const QString &reason) {
                    if (deviceId == device.id)
                        reportPairingEnded(device, outcome, reason);
                });
        m_out.note(QStringLiteral("Asking %1 to pair...").arg(describe(device)));
        QString error;
        if (!m_device->requestPairing(id, &error)) {
            m_out.error(error);
            finish(ExitRefused);
        }
    });
}

void Cli::pairThroughHost(const DeviceInfo &device)
{
    m_out.note(QStringLiteral("Asking %1 to pair...").arg(describe(device)));
    m_client->pair(
        device.id, this,
        [this, device](const QString &code) {
            reportPairingCode(device, code, [this](bool yes) {
                if (m_client)
                    m_client->answerPairing(yes);
            });
        },
        [this, device](std::optional<PairingOutcome> outcome, const QString &reason) {
            if (!outcome) {
                // requestPairing()'s refusal, as on the device itself.
                m_out.error(reason);
                finish(ExitRefused);
                return;
            }
            reportPairingEnded(device, *outcome, reason);
        });
}

void Cli::reportPairingCode(const DeviceInfo &device, const QString &code, std::function<void(bool)> decide)
{
    m_out.emitObject({{QStringLiteral("event"), QStringLiteral("code")},
                      {QStringLiteral("id"), device.id},
                      {QStringLiteral("code"), code}},
                     QStringLiteral("Pairing code: %1").arg(PairingCode::formatted(code)));
    if (m_options.yes)
        decide(true);
    else
        askYesNo(QStringLiteral("Does %1 show the same code?").arg(describe(device)), decide);
}

void Cli::reportPairingEnded(const DeviceInfo &device, PairingOutcome outcome, const QString &reason)
{
    if (outcome == PairingOutcome::Paired) {
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("paired")},
                          {QStringLiteral("id"), device.id},
                          {QStringLiteral("name"), device.name}},
                         QStringLiteral("Paired with %1.").arg(describe(device)));
        finish(ExitOk);
        return;
    }
    m_out.emitObject({{QStringLiteral("event"), QStringLiteral("pairing-failed")},
                      {QStringLiteral("id"), device.id},
                      {QStringLiteral("outcome"), jsonName(outcome)},
                      {QStringLiteral("reason"), reason}},
                     QString());
    m_out.error(QStringLiteral("pairing with %1 failed: %2").arg(describe(device), terminalSafe(reason)));
    finish(exitCodeFor(outcome));
}

void Cli::cmdUnpair()
{
    if (m_options.arguments.size() != 1) {
        m_out.error(QStringLiteral("usage: tandem-cli unpair <device>"));
        finish(ExitUsage);
        return;
    }
    auto unpairable = [this](const std::optional<DeviceInfo> &device, const QString &error) {
        if (device && device->paired)
            return true;
        m_out.error(device ? QStringLiteral("%1 is not paired").arg(describe(*device)) : error);
        finish(ExitUsage);
        return false;
    };
    if (m_client) {
        // The host's device is online already, linked to the device if it
        // can be: no wait for a link here; the host waits for the answer.
        m_client->findDevice(m_options.arguments.constFirst(), this,
                             [this, unpairable](const std::optional<DeviceInfo> &device, const QString &error) {
                                 if (!unpairable(device, error))
                                     return;
                                 m_client->unpair(device->id, this,
                                                  [this, device](bool told, const QString &unpairError) {
                                                      if (!unpairError.isEmpty()) {
                                                          m_out.error(unpairError);
                                                          finish(ExitError);
                                                          return;
                                                      }
                                                      reportUnpaired(*device, told);
                                                  });
                             });
        return;
    }
    if (!startDevice())
        return;
    // Resolve among what is known now (paired devices are always known);
    // then tell the device if it can be reached within the wait.
    QString error;
    const auto device = m_device->findDevice(m_options.arguments.constFirst(), &error);
    if (!unpairable(device, error))
        return;
    const QString id = device->id;
    auto done = [this, device](bool told) { reportUnpaired(*device, told); };
    // Once: a replacement link connects the device again (deviceConnected
    // once more), and the wait below may end while the answer is awaited.
    auto begun = std::make_shared<bool>(false);
    auto unpairNow = [this, id, done, begun] {
        if (std::exchange(*begun, true))
            return;
        const bool connected = m_device->isConnected(id);
        // "Told" only once the device answers: an unpair sent on a link the
        // device then drops as a duplicate (both dialled at once) is sent
        // again on the link that stays, and this process must still be
        // running to do that.
        if (connected) {
            connect(m_device.get(), &LocalDevice::unpairAcknowledged, this, [id, done](const QString &deviceId) {
                if (deviceId == id)
                    done(true);
            });
            QTimer::singleShot(UnpairAcknowledgementWait, this, [this, done] {
                if (!m_finished)
                    done(false);
            });
        }
        QString unpairError;
        if (!m_device->unpair(id, &unpairError)) {
            m_out.error(unpairError);
            finish(ExitError);
            return;
        }
        if (!connected)
            done(false);
    };
    if (m_device->isConnected(id)) {
        unpairNow();
        return;
    }
    connect(m_device.get(), &LocalDevice::deviceConnected, this, [id, unpairNow](const QString &deviceId) {
        if (deviceId == id)
            unpairNow();
    });
    const int wait = m_options.waitSeconds >= 0 ? m_options.waitSeconds : 3;
    QTimer::singleShot(std::chrono::seconds(wait), this, [this, id, unpairNow] {
        if (!m_finished)
            unpairNow();
    });
}

void Cli::reportUnpaired(const DeviceInfo &device, bool told)
{
    if (m_finished)
        return;
    m_out.emitObject({{QStringLiteral("event"), QStringLiteral("unpaired")},
                      {QStringLiteral("id"), device.id},
                      {QStringLiteral("peerNotified"), told}},
                     told ? QStringLiteral("Unpaired %1; it was told.").arg(describe(device))
                          : QStringLiteral("Unpaired %1; it will learn when it next connects.").arg(describe(device)));
    finish(ExitOk);
}

void Cli::cmdServe()
{
    // A second host for this profile never gets here: the profile's lock
    // (Profile::open) refused it, naming the one that runs.
    if (!startDevice())
        return;
    // Other tandem-cli commands (and apps) on this profile use this device
    // through it, rather than starting it a second time. Without it they
    // would: so a serve that cannot host does not run.
    m_host = std::make_unique<DeviceServiceHost>(m_sessions.get());
    m_host->setTransferManager(m_transfers.get());
    if (QString hostError; !m_host->listen(&hostError)) {
        m_out.error(hostError);
        finish(ExitError);
        return;
    }
    serveSessions();
    serveFiles();
    auto *signals_ = new TerminationSignals(this);
    connect(signals_, &TerminationSignals::terminationRequested, this, [this] { finish(ExitOk); });

    m_out.emitObject({{QStringLiteral("event"), QStringLiteral("listening")},
                      {QStringLiteral("id"), m_profile->deviceId()},
                      {QStringLiteral("name"), m_profile->deviceName()},
                      {QStringLiteral("port"), int(m_device->lanPort())},
                      {QStringLiteral("service"), m_host->socketPath()}},
                     QStringLiteral("%1 (%2) is online on port %3. Ctrl+C stops.")
                         .arg(m_profile->deviceName(), m_profile->shortId())
                         .arg(m_device->lanPort()));

    // Whether devices in radio range can reach this one, and if not, why:
    // once known, and whenever it changes.
    auto reportBluetooth = [this] {
        const LocalDevice::BluetoothState state = m_device->bluetoothState();
        if (state == LocalDevice::BluetoothState::Starting)
            return;
        const QString name = jsonName(state);
        const QString reason = m_device->bluetoothStateReason();
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("bluetooth")},
                          {QStringLiteral("state"), name},
                          {QStringLiteral("reason"), reason}},
                         reason.isEmpty() ? QStringLiteral("Bluetooth is on: devices in range can find this one.")
                                          : reason);
    };
    connect(m_device.get(), &LocalDevice::bluetoothStateChanged, this, reportBluetooth);
    reportBluetooth();

    auto nameOf = [this](const QString &id) { return displayName(id); };
    connect(m_device.get(), &LocalDevice::deviceConnected, this, [this, nameOf](const QString &id) {
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("connected")}, {QStringLiteral("id"), id}},
                         QStringLiteral("Connected to %1.").arg(nameOf(id)));
    });
    connect(m_device.get(), &LocalDevice::deviceDisconnected, this,
            [this, nameOf](const QString &id, const QString &reason) {
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("disconnected")},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("reason"), reason}},
                                 QStringLiteral("Disconnected from %1: %2").arg(nameOf(id), terminalSafe(reason)));
            });
    connect(m_device.get(), &LocalDevice::pairingCodeReady, this,
            [this, nameOf](const QString &id, const QString &code, bool incoming) {
                m_out.emitObject(
                    {{QStringLiteral("event"), QStringLiteral("pairing-code")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("incoming"), incoming}},
                    QStringLiteral("%1 asks to pair; code %2.").arg(nameOf(id), PairingCode::formatted(code)));
                // An outgoing one is a client's, asking through this host:
                // its user decides.
                if (!incoming)
                    return;
                QString error;
                if (m_options.acceptPairing)
                    m_device->acceptPairing(id, &error);
                else
                    m_device->rejectPairing(id, tr("This device is not accepting pairing requests."), &error);
            });
    connect(m_device.get(), &LocalDevice::paired, this, [this, nameOf](const QString &id) {
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("paired")}, {QStringLiteral("id"), id}},
                         QStringLiteral("Paired with %1.").arg(nameOf(id)));
    });
    connect(m_device.get(), &LocalDevice::pairingFailed, this,
            [this, nameOf](const QString &id, PairingOutcome outcome, const QString &reason) {
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("pairing-failed")},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("outcome"), jsonName(outcome)},
                                  {QStringLiteral("reason"), reason}},
                                 QStringLiteral("Pairing with %1 ended: %2").arg(nameOf(id), terminalSafe(reason)));
            });
    connect(m_device.get(), &LocalDevice::unpaired, this, [this, nameOf](const QString &id, bool byPeer) {
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("unpaired")},
                          {QStringLiteral("id"), id},
                          {QStringLiteral("byPeer"), byPeer}},
                         QStringLiteral("Unpaired from %1.").arg(nameOf(id)));
    });
}

void Cli::serveSessions()
{
    // The services are offered even without --accept-sessions, so that an
    // opener learns this device declines rather than "no such service".
    m_sessions->registerService(DefaultTextService);
    for (const QString &service : std::as_const(m_options.services))
        m_sessions->registerService(service);
    connect(m_sessions.get(), &SessionManager::incomingSession, this, [this](Session *session) {
        if (session->service() == TransferManager::Service)
            return; // the transfer manager's; offers are decided in serveFiles()
        if (m_host && m_host->isClientService(session->service()))
            return; // an app registered it through this host: the app decides
        const QString from = session->peerDeviceId();
        // The session layer only hears paired devices; checked again because
        // accepting is the one decision here that grants anything.
        if (m_options.acceptSessions && m_profile->trustStore()->isTrusted(from)) {
            reportSession(session);
            session->accept();
            return;
        }
        const QString reason = tr("This device is not accepting sessions.");
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("session-rejected")},
                          {QStringLiteral("from"), from},
                          {QStringLiteral("session"), qint64(session->streamId())},
                          {QStringLiteral("service"), session->service()},
                          {QStringLiteral("reason"), reason}},
                         QStringLiteral("Declined a session from %1 (service %2).")
                             .arg(displayName(from), terminalSafe(session->service())));
        session->reject(SessionManager::ErrorRejected, reason);
        session->deleteLater();
    });
}

void Cli::reportSession(Session *session)
{
    const QString from = session->peerDeviceId();
    const qint64 stream = session->streamId();
    connect(session, &Session::opened, this, [this, session, from, stream] {
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("session-opened")},
                          {QStringLiteral("from"), from},
                          {QStringLiteral("session"), stream},
                          {QStringLiteral("service"), session->service()}},
                         QStringLiteral("%1 opened session %2 (service %3).")
                             .arg(displayName(from))
                             .arg(stream)
                             .arg(terminalSafe(session->service())));
    });
    connect(session, &Session::messageReceived, this,
            [this, from, stream](const QString &channel, Session::Kind kind, const QByteArray &payload) {
                if (kind == Session::Kind::Text) {
                    const QString text = QString::fromUtf8(payload);
                    m_out.emitObject(
                        {{QStringLiteral("event"), QStringLiteral("message")},
                         {QStringLiteral("from"), from},
                         {QStringLiteral("session"), stream},
                         {QStringLiteral("channel"), channel},
                         {QStringLiteral("text"), text}},
                        QStringLiteral("%1 on %2: %3")
                            .arg(displayName(from), describeChannel(channel),
                                 text.isEmpty() ? QStringLiteral("(an empty message)") : terminalSafe(text)));
                    return;
                }
                const QString sha256
                    = QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("data")},
                                  {QStringLiteral("from"), from},
                                  {QStringLiteral("session"), stream},
                                  {QStringLiteral("channel"), channel},
                                  {QStringLiteral("bytes"), qint64(payload.size())},
                                  {QStringLiteral("sha256"), sha256}},
                                 QStringLiteral("%1 on %2: %3 bytes, SHA-256 %4")
                                     .arg(displayName(from), describeChannel(channel))
                                     .arg(payload.size())
                                     .arg(sha256));
            });
    connect(session, &Session::closed, this,
            [this, session, from, stream](Session::CloseReason reason, const QString &detail) {
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("session-closed")},
                                  {QStringLiteral("from"), from},
                                  {QStringLiteral("session"), stream},
                                  {QStringLiteral("reason"), jsonName(reason)},
                                  {QStringLiteral("detail"), detail}},
                                 QStringLiteral("Session %1 with %2 ended (%3)%4")
                                     .arg(stream)
                                     .arg(displayName(from), jsonName(reason),
                                          detail.isEmpty() ? QString() : QStringLiteral(": ") + terminalSafe(detail)));
                // A long-running serve must not keep every finished session.
                session->deleteLater();
            });
}

void Cli::cmdSendText()
{
    if (m_options.arguments.size() != 2 || m_options.services.size() > 1) {
        m_out.error(QStringLiteral("usage: tandem-cli send-text <device> <text> [--channel C] [--service S] "
                                   "[--wait S] [--count N]"));
        finish(ExitUsage);
        return;
    }
    // An empty text is sent like any other message: the session layer
    // carries empty messages, and a script may mean one. The bound is the
    // session's (Session::MaxMessageBytes), far above what one command-line
    // argument can hold (128 KiB on Linux).
    const QByteArray text = m_options.arguments.at(1).toUtf8();
    const int count = m_options.count;
    // With --count, message i is "<text> i": a receiver can check that each
    // arrived once and in order.
    auto message = [text, count](int i) { return count == 1 ? text : text + ' ' + QByteArray::number(i); };
    if (message(count).size() > Session::MaxMessageBytes) {
        m_out.error(QStringLiteral("a text can be at most %1 bytes").arg(Session::MaxMessageBytes));
        finish(ExitUsage);
        return;
    }
    const QString service = m_options.services.value(0, QString(DefaultTextService));
    // Only paired devices take sessions, and those are known from the trust
    // store at once: nothing to wait for before resolving the name.
    const QString why = QStringLiteral("A session needs a paired device");
    if (m_client) {
        m_client->findDevice(
            m_options.arguments.constFirst(), this,
            [this, why, service, message](const std::optional<DeviceInfo> &found, const QString &error) {
                const auto device = pairedDevice(found, error, why);
                if (!device)
                    return;
                QString openError;
                ServiceSession *session = m_client->open(device->id, service, QString(), {}, &openError);
                if (!session) {
                    m_out.error(openError);
                    finish(ExitError);
                    return;
                }
                sendTextOn(session, *device, message, m_client->maxQueuedMessages());
            });
        return;
    }
    if (!startDevice())
        return;
    const auto device = pairedDevice(m_options.arguments.constFirst(), why);
    if (!device)
        return;
    QString error;
    Session *session = m_sessions->open(device->id, service, QString(), {}, &error);
    if (!session) {
        m_out.error(error);
        finish(ExitUsage);
        return;
    }
    sendTextOn(session, *device, message, m_sessions->options().maxQueuedMessages);
}

template<typename SessionType>
void Cli::sendTextOn(SessionType *opened, const DeviceInfo &device, std::function<QByteArray(int)> message,
                     int maxQueuedMessages)
{
    QPointer<SessionType> session = opened;
    const int count = m_options.count;
    const QString id = device.id;
    const QString name = describe(device);
    const QString channel = m_options.channel;
    const int wait = m_options.waitSeconds >= 0 ? m_options.waitSeconds : DefaultSendWaitSeconds;

    // One deadline for the whole exchange; what it reports says how far it got.
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, session, id, name, wait] {
        const bool answered = session && session->state() != Session::State::Connecting;
        whenConnectionKnown(id, [this, name, wait, answered](bool connected) {
            if (m_finished)
                return;
            QString what;
            if (!connected)
                what = QStringLiteral("%1 did not come online within %2 s").arg(name).arg(wait);
            else if (!answered)
                what = QStringLiteral("%1 did not answer the session request within %2 s").arg(name).arg(wait);
            else
                what = QStringLiteral("%1 did not confirm delivery within %2 s").arg(name).arg(wait);
            m_out.error(what);
            finish(ExitTimedOut);
        });
    });
    // Keeps the session's queue at most half full (it refuses sends beyond
    // its bound); what is delivered makes room for the next ones. The state
    // lives in the session's connections, which end with it.
    auto sent = std::make_shared<int>(0);
    auto bytes = std::make_shared<qint64>(0);
    const int window = std::max(1, maxQueuedMessages / 2);
    auto sendMore = [this, session, channel, message, count, sent, bytes, window] {
        while (session && *sent < count && session->queuedMessages() < window) {
            const QByteArray payload = message(*sent + 1);
            QString sendError;
            if (session->send(channel, Session::Kind::Text, payload, &sendError) == 0) {
                m_out.error(sendError);
                finish(ExitError);
                return;
            }
            ++*sent;
            *bytes += payload.size();
        }
    };
    connect(session, &SessionType::opened, this, sendMore);
    connect(session, &SessionType::delivered, this,
            [this, session, deadline, id, name, channel, count, bytes, sendMore](Session::Kind kind, qint64 sequence) {
                if (kind != Session::Kind::Text)
                    return;
                if (sequence < count) {
                    sendMore();
                    return;
                }
                deadline->stop();
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("delivered")},
                                  {QStringLiteral("to"), id},
                                  {QStringLiteral("session"), qint64(session->streamId())},
                                  {QStringLiteral("channel"), channel},
                                  {QStringLiteral("messages"), count},
                                  {QStringLiteral("bytes"), *bytes}},
                                 count == 1
                                     ? QStringLiteral("Delivered to %1 on %2.").arg(name, describeChannel(channel))
                                     : QStringLiteral("Delivered %1 messages to %2 on %3.")
                                           .arg(count)
                                           .arg(name, describeChannel(channel)));
                // Closed before the device stops, so the peer sees a close
                // rather than this device going away.
                session->close();
                finish(ExitOk);
            });
    connect(session, &SessionType::refused, this, [this, id, name](int code, const QString &reason) {
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("session-refused")},
                          {QStringLiteral("to"), id},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("reason"), reason}},
                         QString());
        m_out.error(QStringLiteral("%1 refused the session: %2").arg(name, terminalSafe(reason)));
        finish(ExitRefused);
    });
    // A session that ends first says which messages never arrived: the
    // numbers of those sent, and those never sent at all.
    connect(session, &SessionType::undelivered, this,
            [this, session, id, count, sent](Session::Kind kind, const QList<qint64> &sequences) {
                if (kind != Session::Kind::Text)
                    return;
                const qint64 lost = sequences.size() + (count - *sent);
                const qint64 first = sequences.isEmpty() ? *sent + 1 : sequences.constFirst();
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("undelivered")},
                                  {QStringLiteral("to"), id},
                                  {QStringLiteral("session"), qint64(session->streamId())},
                                  {QStringLiteral("messages"), lost},
                                  {QStringLiteral("first"), first},
                                  {QStringLiteral("last"), count}},
                                 QStringLiteral("%1 of %2 messages were not delivered (from number %3 on).")
                                     .arg(lost)
                                     .arg(count)
                                     .arg(first));
            });
    connect(session, &SessionType::closed, this, [this, id, name](Session::CloseReason reason, const QString &detail) {
        if (reason == Session::CloseReason::ClosedLocally || m_finished)
            return;
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("session-closed")},
                          {QStringLiteral("to"), id},
                          {QStringLiteral("reason"), jsonName(reason)},
                          {QStringLiteral("detail"), detail}},
                         QString());
        m_out.error(QStringLiteral("the session with %1 ended before delivery (%2)%3")
                        .arg(name, jsonName(reason),
                             detail.isEmpty() ? QString() : QStringLiteral(": ") + terminalSafe(detail)));
        finish(reason == Session::CloseReason::Refused ? ExitRefused : ExitError);
    });
    m_out.note(QStringLiteral("Sending to %1 on %2...").arg(name, describeChannel(channel)));
    // Interrupted: stopping the device closes the session with the peer (as
    // does the host, when this client leaves it), so the peer does not keep
    // it waiting to resume (see finish()).
    auto *signals_ = new TerminationSignals(this);
    connect(signals_, &TerminationSignals::terminationRequested, this, [this] {
        m_out.error(QStringLiteral("interrupted before delivery was confirmed"));
        finish(ExitError);
    });
    deadline->start(std::chrono::seconds(wait));
}

void Cli::serveFiles()
{
    connect(m_transfers.get(), &TransferManager::incomingTransfer, this, [this](Transfer *transfer) {
        reportIncomingTransfer(transfer);
        if (transfer->state() != Transfer::State::Offered)
            return; // resumed or auto-accepted by the library
        if (!m_options.acceptFiles) {
            transfer->reject(tr("This device is not accepting files."));
            return;
        }
        QString error;
        if (!transfer->accept({}, &error))
            transfer->reject(error);
    });
}

void Cli::reportIncomingTransfer(Transfer *transfer)
{
    const QString from = transfer->peerDeviceId();
    const QString id = transfer->id();
    m_out.emitObject({{QStringLiteral("event"), QStringLiteral("transfer-offered")},
                      {QStringLiteral("from"), from},
                      {QStringLiteral("transfer"), id},
                      {QStringLiteral("files"), transfer->fileCount()},
                      {QStringLiteral("folders"), transfer->folderCount()},
                      {QStringLiteral("bytes"), transfer->totalBytes()},
                      {QStringLiteral("state"), jsonName(transfer->state())}},
                     tr("%1 offers %n file(s), %2.", nullptr, transfer->fileCount())
                         .arg(displayName(from), QLocale().formattedDataSize(transfer->totalBytes())));
    // Looked up once: devices() merges and sorts every known device, which
    // per file was a tenth of the receiver's CPU with 10,000 small files.
    const QString fromName = displayName(from);
    connect(transfer, &Transfer::fileVerified, this,
            [this, transfer, from, fromName](int index, const QString &path, const QByteArray &sha256) {
                const TransferFile file = transfer->files().at(index);
                const QString hex = QString::fromLatin1(sha256.toHex());
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("file")},
                                  {QStringLiteral("from"), from},
                                  {QStringLiteral("name"), file.name},
                                  {QStringLiteral("path"), path},
                                  {QStringLiteral("bytes"), file.size},
                                  {QStringLiteral("sha256"), hex}},
                                 QStringLiteral("Received %1 from %2 (%3, SHA-256 %4).")
                                     .arg(terminalSafe(path), fromName, QLocale().formattedDataSize(file.size), hex));
            });
    connect(transfer, &Transfer::finished, this,
            [this, transfer, from, id](Transfer::State state, const QString &reason) {
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("transfer-finished")},
                                  {QStringLiteral("from"), from},
                                  {QStringLiteral("transfer"), id},
                                  {QStringLiteral("state"), jsonName(state)},
                                  {QStringLiteral("reason"), reason}},
                                 QStringLiteral("Transfer from %1 %2%3")
                                     .arg(displayName(from), jsonName(state),
                                          reason.isEmpty() ? QString() : QStringLiteral(": ") + terminalSafe(reason)));
                // A long-running serve keeps no finished transfers.
                m_transfers->forget(transfer);
            });
}

template<typename TransferType> void Cli::printProgress(const TransferType *transfer, bool final)
{
    if (m_out.isJson()) {
        m_out.emitObject({{QStringLiteral("event"), QStringLiteral("progress")},
                          {QStringLiteral("transfer"), transfer->id()},
                          {QStringLiteral("state"), jsonName(transfer->state())},
                          {QStringLiteral("bytes"), transfer->bytesDone()},
                          {QStringLiteral("total"), transfer->totalBytes()},
                          {QStringLiteral("sent"), transfer->bytesSent()},
                          {QStringLiteral("files"), transfer->fileCount()},
                          {QStringLiteral("filesVerified"), transfer->filesVerified()},
                          {QStringLiteral("bytesPerSecond"), qint64(transfer->bytesPerSecond())},
                          {QStringLiteral("etaSeconds"), transfer->etaSeconds()}},
                         QString());
        return;
    }
    // A bar only where someone watches a terminal; logs get the last line.
    static const bool terminal = stdoutIsTerminal();
    if (!terminal && !final)
        return;
    constexpr int Width = 30;
    const qint64 total = qMax<qint64>(1, transfer->totalBytes());
    const int filled = int(Width * transfer->bytesDone() / total);
    const QLocale locale;
    const qint64 eta = transfer->etaSeconds();
    const QString line
        = QStringLiteral("[%1%2] %3% %4 / %5  %6/s  %7")
              .arg(QString(filled, u'#'), QString(Width - filled, u' '))
              .arg(100 * transfer->bytesDone() / total, 3)
              .arg(locale.formattedDataSize(transfer->bytesDone()), locale.formattedDataSize(transfer->totalBytes()),
                   locale.formattedDataSize(qint64(transfer->bytesPerSecond())),
                   eta < 0 ? QStringLiteral("--:--")
                           : QStringLiteral("%1:%2").arg(eta / 60).arg(int(eta % 60), 2, 10, QChar(u'0')));
    std::cout << (terminal ? "\r" : "") << qPrintable(line) << (final ? "\n" : "") << std::flush;
}

void Cli::cmdSend()
{
    if (m_options.arguments.size() < 2) {
        m_out.error(QStringLiteral("usage: tandem-cli send <device> <path>... [--wait S]"));
        finish(ExitUsage);
        return;
    }
    const QString why = QStringLiteral("Files go only to a paired device");
    if (m_client) {
        // The host reads the files (it runs as this user) and sends them
        // with its own transfers, which its window shows too.
        m_client->findDevice(m_options.arguments.constFirst(), this,
                             [this, why](const std::optional<DeviceInfo> &found, const QString &error) {
                                 const auto device = pairedDevice(found, error, why);
                                 if (!device)
                                     return;
                                 QString sendError;
                                 ServiceTransfer *transfer
                                     = m_client->sendFiles(device->id, m_options.arguments.mid(1), &sendError);
                                 if (!transfer) {
                                     m_out.error(sendError);
                                     finish(ExitUsage);
                                     return;
                                 }
                                 followTransfer(transfer, *device);
                             });
        return;
    }
    if (!startDevice())
        return;
    QString error;
    const auto device = pairedDevice(m_options.arguments.constFirst(), why);
    if (!device)
        return;
    Transfer *transfer = m_transfers->send(device->id, m_options.arguments.mid(1), &error);
    if (!transfer) {
        m_out.error(error);
        finish(ExitUsage);
        return;
    }
    followTransfer(transfer, *device);
}

template<typename TransferType> void Cli::followTransfer(TransferType *sending, const DeviceInfo &device)
{
    QPointer<TransferType> transfer = sending;
    const QString name = describe(device);
    const int wait = m_options.waitSeconds >= 0 ? m_options.waitSeconds : DefaultSendFilesWaitSeconds;
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, transfer, name, wait, id = device.id] {
        if (!transfer || transfer->state() != Transfer::State::Offered)
            return;
        whenConnectionKnown(id, [this, transfer, name, wait](bool connected) {
            if (m_finished || !transfer || transfer->state() != Transfer::State::Offered)
                return;
            m_out.error(connected ? QStringLiteral("%1 did not answer the offer within %2 s").arg(name).arg(wait)
                                  : QStringLiteral("%1 did not come online within %2 s").arg(name).arg(wait));
            transfer->cancel(tr("The sender stopped waiting for an answer."));
            finish(ExitTimedOut);
        });
    });
    connect(transfer, &TransferType::progressChanged, this, [this, transfer] {
        if (transfer && !transfer->isFinished())
            printProgress(transfer.data(), false);
    });
    connect(transfer, &TransferType::stateChanged, this, [this, transfer, name](Transfer::State state) {
        if (state == Transfer::State::Waiting)
            m_out.note(QStringLiteral("\nWaiting for %1 to come back...").arg(name));
        if (m_out.isJson() && !transfer->isFinished())
            printProgress(transfer.data(), false);
    });
    connect(transfer, &TransferType::fileVerified, this,
            [this, transfer](int index, const QString &, const QByteArray &sha256) {
                if (!m_out.isJson())
                    return;
                const TransferFile file = transfer->files().at(index);
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("file-verified")},
                                  {QStringLiteral("name"), file.name},
                                  {QStringLiteral("path"), file.path},
                                  {QStringLiteral("bytes"), file.size},
                                  {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())}},
                                 QString());
            });
    connect(
        transfer, &TransferType::finished, this,
        [this, transfer, deadline, name](Transfer::State state, const QString &reason) {
            deadline->stop();
            // Through a host, an offer it could not make (a missing file)
            // ends before it has an id: the usage error the device itself
            // gives at once.
            if (state == Transfer::State::Failed && transfer->id().isEmpty()) {
                m_out.error(terminalSafe(reason));
                finish(ExitUsage);
                return;
            }
            printProgress(transfer.data(), true);
            if (state == Transfer::State::Completed) {
                m_out.emitObject({{QStringLiteral("event"), QStringLiteral("sent")},
                                  {QStringLiteral("to"), transfer->peerDeviceId()},
                                  {QStringLiteral("transfer"), transfer->id()},
                                  {QStringLiteral("files"), transfer->fileCount()},
                                  {QStringLiteral("bytes"), transfer->totalBytes()},
                                  {QStringLiteral("sent"), transfer->bytesSent()}},
                                 tr("%1 verified %n file(s).", nullptr, transfer->fileCount()).arg(name));
                finish(ExitOk);
                return;
            }
            m_out.emitObject({{QStringLiteral("event"), QStringLiteral("transfer-finished")},
                              {QStringLiteral("to"), transfer->peerDeviceId()},
                              {QStringLiteral("transfer"), transfer->id()},
                              {QStringLiteral("state"), jsonName(state)},
                              {QStringLiteral("reason"), reason}},
                             QString());
            m_out.error(
                QStringLiteral("the transfer to %1 ended (%2): %3").arg(name, jsonName(state), terminalSafe(reason)));
            finish(state == Transfer::State::Rejected || state == Transfer::State::Cancelled ? ExitRefused : ExitError);
        });
    // Through a host the files are known once it made the offer.
    m_out.note(transfer->fileCount() > 0 ? tr("Offering %n file(s) to %1...", nullptr, transfer->fileCount()).arg(name)
                                         : QStringLiteral("Offering files to %1...").arg(name));
    auto *signals_ = new TerminationSignals(this);
    connect(signals_, &TerminationSignals::terminationRequested, this, [this, transfer] {
        m_out.error(QStringLiteral("interrupted; the receiver keeps what arrived, and sending again resumes"));
        if (transfer)
            transfer->cancel(tr("The sender was interrupted."));
        finish(ExitError);
    });
    deadline->start(std::chrono::seconds(wait));
}
