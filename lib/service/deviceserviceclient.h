#pragma once

#include <Tandem/deviceinfo.h>
#include <Tandem/pairingoutcome.h>
#include <Tandem/tandem_export.h>
#include <Tandem/transfermanager.h>
#include <Tandem/truststore.h>

#include <QCborMap>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Tandem {

class DeviceServiceClientPrivate;
class ServiceSession;
class ServiceTransfer;

/*!
    \class Tandem::DeviceServiceClient
    \inmodule Tandem
    \inheaderfile Tandem/deviceserviceclient.h

    \brief Uses the device of a running Tandem host from another process:
    the client side of the device service.

    Where a host runs for a profile (the desktop app, or
    \c {tandem-cli serve}: see Tandem::DeviceServiceHost), a process that
    wants to list devices or open sessions connects to it rather than
    starting the same device a second time. connectToHost() fails at once
    when no host runs; otherwise ready() follows when the host answered,
    and the requests and sessions below go through it: no profile, ports or
    Tandem::LocalDevice in this process, and no second identity on the
    network.

    Replies come back on the event loop, to a function given with the
    request and called with its \c context object only while that lives.
    Sessions are Tandem::ServiceSession objects, children of the client.
    When the host stops, disconnected() says why and every session ends
    (Session::CloseReason::NetworkDisconnected). When it dies instead
    (hostLost()), the open sessions wait as Session::State::Reconnecting for
    a host to start on the profile again (HostReturnTimeout), and resume
    with it, nothing lost or repeated.
*/
class TANDEM_EXPORT DeviceServiceClient : public QObject
{
    Q_OBJECT

public:
    /*!
        \variable Tandem::DeviceServiceClient::ConnectTimeout
        \brief How long connectToHost() waits for the host's socket to take
        the connection: 1 second.

        A host that runs takes it at once (the kernel queues it); past this
        the host is taken to be stuck, and the connect fails.
    */
    static constexpr std::chrono::milliseconds ConnectTimeout{1000};

    /*!
        \variable Tandem::DeviceServiceClient::HelloTimeout
        \brief How long a connected client waits for the host's greeting
        before it gives up on that host: 10 seconds.

        A host answers at once unless it is stuck (stopped in a debugger,
        blocked writing to a full terminal); ready() never comes then, and
        without a bound an app or a command would wait for ever. Past it,
        disconnected() says the host did not answer.
    */
    static constexpr std::chrono::seconds HelloTimeout{10};
    /*!
        \variable Tandem::DeviceServiceClient::RequestTimeout
        \brief How long a request (devices, trusted, find, unpair, a
        service's registration) waits for the host's answer: 15 seconds.

        The host answers these at once, an unpair within
        DeviceServiceHost::UnpairAcknowledgementWait (5 s). A host that
        greeted and then stopped answering is stuck; past this the client
        gives up on it as with HelloTimeout: disconnected() says so and
        every session ends. A pairing has no such bound here: it waits for
        people, and the host ends it itself.
    */
    static constexpr std::chrono::seconds RequestTimeout{15};
    /*!
        \variable Tandem::DeviceServiceClient::HostReturnTimeout
        \brief How long the client waits for a host that went away without
        saying it stops (it crashed, or was killed) to be back: 60 seconds.

        Meanwhile its open sessions are Session::State::Reconnecting, sends
        on them queue, and the client tries the profile's socket again,
        first after FirstRetryDelay, then at most every MaxRetryDelay. A
        host started in time takes the sessions back and nothing sent or
        received is lost or repeated; past the wait they end as
        Session::CloseReason::NetworkDisconnected. Half of
        SessionManagerOptions::resumeTimeout, so that the peers still hold
        their end when the host returns late.
    */
    static constexpr std::chrono::seconds HostReturnTimeout{60};
    /*!
        \variable Tandem::DeviceServiceClient::FirstRetryDelay
        \brief The first wait before trying a lost host's socket again:
        50 milliseconds; each later one doubles, up to MaxRetryDelay.
    */
    static constexpr std::chrono::milliseconds FirstRetryDelay{50};
    /*!
        \variable Tandem::DeviceServiceClient::MaxRetryDelay
        \brief The longest wait between tries of a lost host's socket:
        1 second, well inside DeviceServiceHost::AdoptionWait.

        A try is one local connect that fails at once; the bound keeps a
        host that returns from waiting long for its clients.
    */
    static constexpr std::chrono::milliseconds MaxRetryDelay{1000};

    /*!
        \fn Tandem::DeviceServiceClient::DeviceServiceClient(QObject *parent)

        Constructs a client, not connected, as a child of \a parent.
    */
    explicit DeviceServiceClient(QObject *parent = nullptr);
    /*!
        \fn Tandem::DeviceServiceClient::~DeviceServiceClient()

        Disconnects; the host closes the sessions still open (their peers
        see Session::CloseReason::PeerExited).
    */
    ~DeviceServiceClient() override;

    /*!
        \fn bool Tandem::DeviceServiceClient::connectToHost(const QString &profileDir, QString *error)

        Connects to the host of the profile in \a profileDir and says hello.
        Returns \c false at once, with \a error set, when no host runs for it
        ("No Tandem host is running for this profile"), or its socket is
        not this user's. On \c true, ready() follows once the host answered,
        or disconnected() if it refused; requests may be made before that.
    */
    bool connectToHost(const QString &profileDir, QString *error);
    /*!
        \fn bool Tandem::DeviceServiceClient::connectToHost(QString *error)

        Connects to the host of Tandem's own profile, the one the desktop
        app and \c tandem-cli use by default (defaultProfileDirectory()),
        whatever this application's own name: what an app that imports
        Tandem does to use the device the user already runs. Returns
        \c true, or \c false with \a error set, as the overload taking a
        profile folder does.
    */
    bool connectToHost(QString *error);
    /*!
        \fn QString Tandem::DeviceServiceClient::defaultProfileDirectory()

        Returns the folder of Tandem's default profile: the per-user data
        location of the application "Tandem" of the organisation "Tandem"
        (on Linux \c{~/.local/share/Tandem/Tandem}), which is where the
        desktop app and \c tandem-cli keep it unless told otherwise.
    */
    static QString defaultProfileDirectory();
    /*!
        \fn void Tandem::DeviceServiceClient::disconnectFromHost()

        Writes what is still queued for the host, then disconnects;
        disconnected() follows.
    */
    void disconnectFromHost();
    /*!
        \fn bool Tandem::DeviceServiceClient::isConnected() const

        Returns \c true while connected to a host (from connectToHost() until
        disconnected()).
    */
    bool isConnected() const;
    /*!
        \fn bool Tandem::DeviceServiceClient::isReconnecting() const

        Returns \c true while the client waits for a host that went away
        without saying it stops (hostLost()), until ready() or
        disconnected().
    */
    bool isReconnecting() const;
    /*!
        \fn bool Tandem::DeviceServiceClient::isReady() const

        Returns \c true once the host answered the hello (ready()), until
        disconnected().
    */
    bool isReady() const;
    /*!
        \fn QString Tandem::DeviceServiceClient::deviceId() const

        Returns the device id of the host's device, once ready().
    */
    QString deviceId() const;
    /*!
        \fn QString Tandem::DeviceServiceClient::deviceName() const

        Returns the name of the host's device, once ready().
    */
    QString deviceName() const;
    /*!
        \fn int Tandem::DeviceServiceClient::maxQueuedMessages() const

        Returns the most messages one session holds unacknowledged at the
        host (its SessionManagerOptions::maxQueuedMessages), once ready().
    */
    int maxQueuedMessages() const;

    /*!
        \fn void Tandem::DeviceServiceClient::requestDevices(QObject *context, std::function<void (const QList<Tandem::DeviceInfo> &)> reply)

        Asks the host for its device list (LocalDevice::devices()) and calls
        \a reply with it, unless \a context was destroyed first.
    */
    void requestDevices(QObject *context, std::function<void(const QList<DeviceInfo> &)> reply);
    /*!
        \fn void Tandem::DeviceServiceClient::requestTrusted(QObject *context, std::function<void (const QList<Tandem::TrustedDevice> &)> reply)

        Asks the host for the paired devices of its profile and calls
        \a reply with them (without their certificates), unless \a context
        was destroyed first.
    */
    void requestTrusted(QObject *context, std::function<void(const QList<TrustedDevice> &)> reply);
    /*!
        \fn void Tandem::DeviceServiceClient::findDevice(const QString &query, QObject *context, std::function<void (const std::optional<Tandem::DeviceInfo> &, const QString &)> reply)

        Asks the host which device \a query names (LocalDevice::findDevice():
        an id, an id prefix or a name) and calls \a reply with it, or with
        nothing and the host's reason, unless \a context was destroyed
        first.
    */
    void findDevice(const QString &query, QObject *context,
                    std::function<void(const std::optional<DeviceInfo> &, const QString &)> reply);

    /*!
        \fn void Tandem::DeviceServiceClient::unpair(const QString &deviceId, QObject *context, std::function<void (bool, const QString &)> reply)

        Asks the host to unpair the paired device \a deviceId
        (LocalDevice::unpair()) and calls \a reply, unless \a context was
        destroyed first, with whether the device confirmed it (it was
        linked and answered within DeviceServiceHost::UnpairAcknowledgementWait;
        otherwise it learns at its next link), or with the host's reason
        why it could not.
    */
    void unpair(const QString &deviceId, QObject *context, std::function<void(bool told, const QString &error)> reply);
    /*!
        \fn void Tandem::DeviceServiceClient::pair(const QString &deviceId, QObject *context, std::function<void (const QString &)> codeReady, std::function<void (std::optional<Tandem::PairingOutcome>, const QString &)> ended)

        Asks the host to pair with \a deviceId (LocalDevice::requestPairing()).
        \a codeReady is called with the code both devices show; answer it
        with answerPairing(). \a ended is called once, with how the pairing
        ended and why, or with no outcome and the host's reason when it
        did not start (one pairing per client at a time:
        DeviceServiceHost::MaxPairingsPerClient). Neither is called once
        \a context was destroyed.
    */
    void pair(const QString &deviceId, QObject *context, std::function<void(const QString &code)> codeReady,
              std::function<void(std::optional<PairingOutcome> outcome, const QString &reason)> ended);
    /*!
        \fn void Tandem::DeviceServiceClient::answerPairing(bool accept)

        Accepts (\a accept) or rejects the code of the pairing in progress
        through pair().
    */
    void answerPairing(bool accept);

    /*!
        \fn Tandem::ServiceSession * Tandem::DeviceServiceClient::open(const QString &peerDeviceId, const QString &service, const QString &openerService, const QCborMap &parameters, QString *error)

        Opens a session to \a service on the paired device \a peerDeviceId
        through the host, naming this end \a openerService and passing
        \a parameters, as SessionManager::open() does. The session starts
        Session::State::Connecting; sends are queued at once. Returns null
        with \a error set when not connected to a host; what the host
        refuses arrives as the session's closed().
    */
    ServiceSession *open(const QString &peerDeviceId, const QString &service, const QString &openerService,
                         const QCborMap &parameters, QString *error);
    /*!
        \fn Tandem::ServiceTransfer * Tandem::DeviceServiceClient::sendFiles(const QString &peerDeviceId, const QStringList &paths, QString *error)

        Sends the files and folders \a paths to the paired device
        \a peerDeviceId through the host, as TransferManager::send() does
        (the host reads them: it runs as the same user). Relative paths are
        taken from this process's working folder. Returns null with \a error
        set when not connected to a host or when the paths are more than one
        request carries (ServiceProtocol's MaxPathsPerSend paths, each a
        path of at most 4096 bytes: send their folder instead); what the
        host refuses arrives as the transfer's finished().
    */
    ServiceTransfer *sendFiles(const QString &peerDeviceId, const QStringList &paths, QString *error);
    /*!
        \fn Tandem::ServiceTransfer * Tandem::DeviceServiceClient::sendFiles(const QString &peerDeviceId, const QList<Tandem::TransferSource> &sources, const QString &tag, QString *error)

        Sends \a sources through the host as the other sendFiles() does,
        offering each under the name it gives, with \a tag
        (TransferManager::send() with sources; at most 255 bytes).
    */
    ServiceTransfer *sendFiles(const QString &peerDeviceId, const QList<TransferSource> &sources, const QString &tag,
                               QString *error);
    /*!
        \fn void Tandem::DeviceServiceClient::registerService(const QString &service, QObject *context, std::function<void (const QString &)> reply)

        Asks the host to take sessions peers open to \a service
        (SessionManager::registerService()) and hand them to this client as
        incomingSession(). \a reply is called, unless \a context was
        destroyed first, with an empty text once registered, or with the
        host's reason why not: the host or another app serves it already,
        or this app has DeviceServiceHost::MaxServicesPerClient. The
        registration ends with the connection.
    */
    void registerService(const QString &service, QObject *context, std::function<void(const QString &error)> reply);
    /*!
        \fn void Tandem::DeviceServiceClient::unregisterService(const QString &service)

        Stops taking sessions peers open to \a service
        (SessionManager::unregisterService()); the sessions open go on.
        Does nothing for a service this client does not serve.
    */
    void unregisterService(const QString &service);
    /*!
        \fn void Tandem::DeviceServiceClient::watchDevices()

        Asks the host to tell this client what a device list shows, as it
        happens: devicesChanged() at once and then as the list changes (at
        most every quarter second), pairingRequested() when another device
        asks to pair, pairingEnded() and unpaired(). Lasts as long as the
        connection.
    */
    void watchDevices();
    /*!
        \fn void Tandem::DeviceServiceClient::watchTransfers()

        Asks the host to show this client the transfers of the host's
        device that it did not send itself: transferAppeared() at once for
        each running one, then for each new one — files another device
        offers (answer with ServiceTransfer::accept() or reject()), and
        files the host's app or another app sends. Finished ones are not
        shown again: their history is the host app's. Lasts as long as the
        connection, and resumes with a host that returns.
    */
    void watchTransfers();
    /*!
        \fn void Tandem::DeviceServiceClient::decidePairing(const QString &deviceId, bool accept)

        Accepts (\a accept) or rejects the pairing \a deviceId asked for
        (pairingRequested()). The first answer decides, from this app,
        another one or the host's own window; pairingEnded() follows.
    */
    void decidePairing(const QString &deviceId, bool accept);

Q_SIGNALS:
    /*!
        \fn void Tandem::DeviceServiceClient::ready()

        This signal is emitted when the host answered the hello: deviceId()
        and deviceName() are known.
    */
    void ready();
    /*!
        \fn void Tandem::DeviceServiceClient::disconnected(const QString &reason)

        This signal is emitted when the connection to the host ended, and
        why (\a reason: the host's own words when it refused this client).
        The open sessions have ended by then.
    */
    void disconnected(const QString &reason);
    /*!
        \fn void Tandem::DeviceServiceClient::hostLost(const QString &reason)

        This signal is emitted when the connection to the host broke without
        the host saying it stops (it crashed, or was killed; \a reason says
        how it ended), and the client waits for it to return
        (HostReturnTimeout): its open sessions are
        Session::State::Reconnecting, and a session still opening has ended.
        ready() follows when a host is back on the profile; the sessions,
        the registered services and watching resume with it. Otherwise
        disconnected() follows.
    */
    void hostLost(const QString &reason);
    /*!
        \fn void Tandem::DeviceServiceClient::incomingSession(Tandem::ServiceSession *session)

        This signal is emitted when a peer opened \a session to a service
        this client registered: call ServiceSession::accept() or
        ServiceSession::reject() on it. The session is the client's child.
    */
    void incomingSession(Tandem::ServiceSession *session);
    /*!
        \fn void Tandem::DeviceServiceClient::serviceLost(const QString &service, const QString &reason)

        This signal is emitted when a host that returned after dying
        refused to take \a service again (another app registered it while
        no host ran), and why (\a reason): peers' sessions to it no
        longer come here.
    */
    void serviceLost(const QString &service, const QString &reason);
    /*!
        \fn void Tandem::DeviceServiceClient::devicesChanged(const QList<Tandem::DeviceInfo> &devices)

        This signal is emitted, after watchDevices(), with \a devices, the
        host's device list (LocalDevice::devices()), whenever it changed.
    */
    void devicesChanged(const QList<Tandem::DeviceInfo> &devices);
    /*!
        \fn void Tandem::DeviceServiceClient::pairingRequested(const QString &deviceId, const QString &code)

        This signal is emitted, after watchDevices(), when the device
        \a deviceId asks to pair with the host's device and shows \a code:
        answer with decidePairing().
    */
    void pairingRequested(const QString &deviceId, const QString &code);
    /*!
        \fn void Tandem::DeviceServiceClient::pairingEnded(const QString &deviceId, Tandem::PairingOutcome outcome, const QString &reason)

        This signal is emitted, after watchDevices(), when a pairing of the
        host's device with \a deviceId ended, whoever started it, with
        \a outcome and (unless paired) \a reason.
    */
    void pairingEnded(const QString &deviceId, Tandem::PairingOutcome outcome, const QString &reason);
    /*!
        \fn void Tandem::DeviceServiceClient::unpaired(const QString &deviceId, bool byPeer)

        This signal is emitted, after watchDevices(), when the host's device
        and \a deviceId were unpaired: by that device (\a byPeer) or here.
    */
    void unpaired(const QString &deviceId, bool byPeer);
    /*!
        \fn void Tandem::DeviceServiceClient::transferAppeared(Tandem::ServiceTransfer *transfer)

        This signal is emitted, after watchTransfers(), when the host has
        \a transfer, not sent by this client — and, watching or not, when a
        peer offers files tagged with a service this client registered
        (softbus' file receive listener): an incoming offer waits
        (Transfer::State::Offered) for an answer from any app or the host's
        window. The transfer is the client's child; deleting it stops
        following it, and the transfer goes on.
    */
    void transferAppeared(Tandem::ServiceTransfer *transfer);

private:
    friend class ServiceSession;
    friend class ServiceTransfer;
    friend class DeviceServiceClientPrivate;
    std::unique_ptr<DeviceServiceClientPrivate> d;
};

} // namespace Tandem
