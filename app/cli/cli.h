#pragma once

#include "output.h"

#include <Tandem/deviceserviceclient.h>
#include <Tandem/deviceservicehost.h>
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>

#include <QDeadlineTimer>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

// Exit codes, so scripts can tell failures apart.
enum ExitCode {
    ExitOk = 0,
    ExitError = 1, // could not start, I/O error
    ExitUsage = 2, // bad arguments, unknown device
    ExitRefused = 3, // the peer or the user said no
    ExitTimedOut = 4,
};

struct CliOptions
{
    QString profileDir;
    bool json = false;
    Tandem::LocalDevice::Options device;
    QStringList connectTo; // manual "host:port" additions
    QString command;
    QStringList arguments;
    int waitSeconds = -1; // -1: the command's default
    bool yes = false;
    bool acceptPairing = false;
    bool acceptSessions = false;
    QStringList services; // serve: offered besides DefaultTextService; send-text: at most one
    QString channel; // send-text; "" is the default channel
    int count = 1; // send-text: how many numbered messages
    int resumeSeconds = -1; // -1: SessionManager's default resume timeout
    bool acceptFiles = false; // serve
    QString downloadDir; // serve: where files land (default: the platform's download folder)
    QString deviceName; // --name, if given
};

// The commands that run as clients of the profile's host when one is
// running (DeviceServiceClient), and start this device themselves only when
// none is. `serve` is a host; `send` still starts the device (issue 16).
inline const QStringList HostClientCommands{
    QStringLiteral("id"),   QStringLiteral("devices"), QStringLiteral("trusted"), QStringLiteral("send-text"),
    QStringLiteral("pair"), QStringLiteral("unpair"),  QStringLiteral("send")};

// The service `serve --accept-sessions` always offers and `send-text` opens
// unless told otherwise.
inline constexpr QLatin1StringView DefaultTextService{"tandem.text"};
// send-text: how long to wait, in all, for the device to come online, accept
// the session and confirm delivery.
inline constexpr int DefaultSendWaitSeconds = 10;
// send-text --count: at most this many messages in one run, so that a typo
// cannot keep a peer busy for hours.
inline constexpr int MaxSendCount = 1000000;
// --resume-timeout: at most a day.
inline constexpr int MaxResumeSeconds = 24 * 60 * 60;
// unpair: how long a linked device has to acknowledge the unpair before the
// command says it will learn at the next link instead (it still will).
inline constexpr std::chrono::seconds UnpairAcknowledgementWait{5};
// send: how long to wait for the device to come online and answer the
// offer (someone may have to accept it). Once accepted, a device that goes
// away has TransferManagerOptions::peerReturnTimeout to come back.
inline constexpr int DefaultSendFilesWaitSeconds = 60;

// pair through a host: how often to ask the host again for a device it has
// not found yet, within --wait (the host does not say when it finds one).
inline constexpr std::chrono::milliseconds HostLookupRetry{250};

// finish(): how long a client of the host may take to hand the host what it
// still has to say (a session's close) before the command exits anyway.
inline constexpr std::chrono::seconds HostGoodbyeWait{2};

// The commands of tandem-cli. Each runs on the event loop and ends with
// QCoreApplication::exit(code).
//
// A command runs either as the device (embedded: the profile opened here,
// a LocalDevice started for it) or, for HostClientCommands while a host runs
// for the profile, as that host's client: no profile, no device, no second
// identity on the network. Both print the same.
class Cli : public QObject
{
    Q_OBJECT

public:
    Cli(const CliOptions &options, std::unique_ptr<Tandem::Profile> profile, QObject *parent = nullptr);
    // Through a host: `client` is connected to it.
    Cli(const CliOptions &options, std::unique_ptr<Tandem::DeviceServiceClient> client, QObject *parent = nullptr);
    ~Cli() override;

    // Starts the command; returns false (after printing why) if it could not.
    void run();

private:
    void cmdId();
    void cmdTrusted();
    void cmdDevices();
    void cmdPair();
    void cmdUnpair();
    // pair, unpair: the same output whether the device is here or the host's.
    void pairThroughHost(const Tandem::DeviceInfo &device);
    // Prints the code and asks the user (or not, with --yes); `decide` takes the answer.
    void reportPairingCode(const Tandem::DeviceInfo &device, const QString &code, std::function<void(bool)> decide);
    void reportPairingEnded(const Tandem::DeviceInfo &device, Tandem::PairingOutcome outcome, const QString &reason);
    void reportUnpaired(const Tandem::DeviceInfo &device, bool told);
    void cmdServe();
    void cmdSendText();
    void cmdSend();

    // serve: offers the text service (and --service ones) and accepts or
    // refuses every incoming session, printing what arrives.
    void serveSessions();
    void reportSession(Tandem::Session *session);
    // serve: accepts (--accept-files) or declines offers, prints each file.
    void serveFiles();
    void reportIncomingTransfer(Tandem::Transfer *transfer);
    // send: one progress line (JSON) or the terminal's progress bar.
    template<typename TransferType> void printProgress(const TransferType *transfer, bool final);
    // Reports a transfer (the device's own, or one sent through the host)
    // until it ends, then finishes.
    template<typename TransferType> void followTransfer(TransferType *transfer, const Tandem::DeviceInfo &device);

    bool startDevice();
    void finish(int code);
    // Runs the command once the host answered (client mode).
    void runThroughHost();
    void printDevices(const QList<Tandem::DeviceInfo> &devices);
    void printTrusted(const QList<Tandem::TrustedDevice> &devices);
    // send-text's exchange on an open session, a Session (embedded) or a
    // ServiceSession (through the host): the same signals, the same output.
    template<typename SessionType>
    void sendTextOn(SessionType *session, const Tandem::DeviceInfo &device, std::function<QByteArray(int)> message,
                    int maxQueuedMessages);
    // Calls `known` with whether the device has a link now: asked of the
    // device, or of the host.
    void whenConnectionKnown(const QString &deviceId, std::function<void(bool)> known);
    // Calls `found` with the device once `query` resolves, or fails after the wait.
    void whenDeviceFound(const QString &query, int waitSeconds, std::function<void(const Tandem::DeviceInfo &)> found);
    // The same through the host, asking it again until `deadline`.
    void findThroughHost(const QString &query, QDeadlineTimer deadline,
                         std::function<void(const Tandem::DeviceInfo &)> found);
    void askYesNo(const QString &question, std::function<void(bool)> answer);
    // The paired device `query` names; otherwise prints why (`why` says what
    // needs a paired device), ends with ExitUsage and returns nothing.
    std::optional<Tandem::DeviceInfo> pairedDevice(const QString &query, const QString &why);
    // The same for a device already looked up (`error` says why there is none).
    std::optional<Tandem::DeviceInfo> pairedDevice(const std::optional<Tandem::DeviceInfo> &device,
                                                   const QString &error, const QString &why);
    QJsonObject deviceJson(const Tandem::DeviceInfo &device) const;
    QString displayName(const QString &deviceId) const;

    CliOptions m_options;
    Output m_out;
    std::unique_ptr<Tandem::Profile> m_profile;
    std::unique_ptr<Tandem::LocalDevice> m_device;
    // One per started device; declared after it so that it goes first.
    std::unique_ptr<Tandem::SessionManager> m_sessions;
    std::unique_ptr<Tandem::TransferManager> m_transfers;
    // serve: other processes use this device through it. Closed first.
    std::unique_ptr<Tandem::DeviceServiceHost> m_host;
    // Client mode: the host this command runs through.
    std::unique_ptr<Tandem::DeviceServiceClient> m_client;
    bool m_finished = false;
};
