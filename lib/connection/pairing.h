#pragma once

#include "pairingoutcome.h"
#include <Tandem/tandem_export.h>

#include <QByteArray>
#include <QCborMap>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Tandem {

class PeerConnection;

/*!
    \class Tandem::Pairing
    \inmodule Tandem
    \inheaderfile Tandem/pairing.h

    \brief One attempt to pair with one peer, over a ready connection.

    \code
      initiator                       responder
      pair-request {commitment}  -->             commitment = H(nonceI, certI)
                                 <--  pair-nonce {nonceR}
      pair-reveal {nonceI}       -->             checks the commitment
      both show code = H(certI, certR, nonceI, nonceR) mod 10^6
      pair-accept / pair-reject  <->  (each user decides)
    \endcode

    Pairing succeeds when both users accepted (finished() with
    Outcome::Paired); pinning the peer's certificate is up to the caller
    (Tandem::LocalDevice does it). Either side may cancel; the whole
    exchange has a deadline. The arithmetic is in Tandem::PairingCode.
    Applications pair through LocalDevice::requestPairing() and its
    siblings rather than with this class.
*/
class TANDEM_AUTOTEST_EXPORT Pairing : public QObject
{
    Q_OBJECT

public:
    /*!
        \enum Tandem::Pairing::Role

        \value Initiator This side asked to pair.
        \value Responder The peer asked.
    */
    enum class Role { Initiator, Responder };
    Q_ENUM(Role)
    /*!
        \typealias Tandem::Pairing::Outcome

        How the attempt ended (finished()): PairingOutcome, in a header of
        its own so that LocalDevice's signals name it without this class.
    */
    using Outcome = PairingOutcome;

    /*!
        \variable Tandem::Pairing::DefaultTimeout
        \brief The deadline of a whole exchange, decision included: 30 s.
    */
    static constexpr std::chrono::milliseconds DefaultTimeout = DefaultPairingTimeout;
    /*!
        \variable Tandem::Pairing::MaxReasonLength
        \brief The longest reason sent to the peer: 200 characters.
    */
    static constexpr qsizetype MaxReasonLength = MaxPairingReasonLength;

    /*!
        \fn Tandem::Pairing::Pairing(Tandem::Pairing::Role role, Tandem::PeerConnection *connection, const QByteArray &ownCertificateDer, std::chrono::milliseconds timeout, QObject *parent)

        Constructs an attempt in \a role over the ready \a connection (not
        owned), presenting \a ownCertificateDer, with the deadline
        \a timeout, as a child of \a parent. Nothing is sent until start();
        a responder is started with the pair-request's fields.
    */
    Pairing(Role role, PeerConnection *connection, const QByteArray &ownCertificateDer,
            std::chrono::milliseconds timeout, QObject *parent = nullptr);
    /*!
        \fn Tandem::Pairing::~Pairing()

        Destroys the attempt; the peer is not told (cancel() first).
    */
    ~Pairing() override;

    /*!
        \fn bool Tandem::Pairing::isPairingMessage(const QString &type)

        Returns \c true if the control message \a type belongs to pairing
        ("pair-...").
    */
    static bool isPairingMessage(const QString &type);

    /*!
        \fn Tandem::Pairing::Role Tandem::Pairing::role() const

        Returns this side's role.
    */
    Role role() const { return m_role; }
    /*!
        \fn QString Tandem::Pairing::peerDeviceId() const

        Returns the device id of the peer.
    */
    QString peerDeviceId() const { return m_peerDeviceId; }
    /*!
        \fn QString Tandem::Pairing::code() const

        Returns the code to compare, once codeReady() was emitted; empty
        before.
    */
    QString code() const { return m_code; }
    /*!
        \fn Tandem::PeerConnection * Tandem::Pairing::connection() const

        Returns the connection the attempt runs over.
    */
    PeerConnection *connection() const { return m_connection; }
    /*!
        \fn bool Tandem::Pairing::isFinished() const

        Returns \c true once finished() was emitted.
    */
    bool isFinished() const { return m_state == State::Done; }
    /*!
        \fn bool Tandem::Pairing::isComparing() const

        Returns \c true while the code is on screen, waiting for the user's
        decision.
    */
    bool isComparing() const { return m_state == State::Comparing; }

    /*!
        \fn void Tandem::Pairing::start(const QCborMap &requestFields)

        Starts the attempt and its deadline. Initiator: sends the request.
        Responder: answers the request's \a requestFields.
    */
    void start(const QCborMap &requestFields = {});
    /*!
        \fn void Tandem::Pairing::handle(const QString &type, const QCborMap &fields)

        Handles a pair-* message from the peer: its \a type and \a fields.
    */
    void handle(const QString &type, const QCborMap &fields);

    /*!
        \fn bool Tandem::Pairing::accept()

        The local user accepts the code. Returns \c false, doing nothing,
        unless the code is shown and not yet accepted. finished() follows
        once the peer's user accepted too.
    */
    bool accept();
    /*!
        \fn void Tandem::Pairing::reject(const QString &reason)

        The local user rejects the pairing; the peer sees \a reason (a
        default sentence when empty). finished() follows with
        Outcome::Rejected.
    */
    void reject(const QString &reason);
    /*!
        \fn void Tandem::Pairing::cancel(const QString &reason)

        Cancels the attempt and tells the peer \a reason. finished() follows
        with Outcome::Cancelled.
    */
    void cancel(const QString &reason);
    /*!
        \fn void Tandem::Pairing::connectionLost(const QString &reason)

        Ends the attempt because its connection closed, for \a reason.
        finished() follows with Outcome::Failed.
    */
    void connectionLost(const QString &reason);

Q_SIGNALS:
    /*!
        \fn void Tandem::Pairing::codeReady(const QString &code)

        This signal is emitted when both sides can show \a code: the users
        compare it, then accept() or reject().
    */
    void codeReady(const QString &code);
    /*!
        \fn void Tandem::Pairing::finished(Tandem::Pairing::Outcome outcome, const QString &reason)

        This signal is emitted once, when the attempt ended with
        \a outcome; \a reason explains any outcome but Paired.
    */
    void finished(Tandem::Pairing::Outcome outcome, const QString &reason);

private:
    enum class State { Idle, AwaitingNonce, AwaitingReveal, Comparing, Done };

    void fail(Outcome outcome, const QString &reason, QLatin1StringView tellPeer = {});
    void showCode();
    void maybeComplete();

    Role m_role;
    PeerConnection *m_connection;
    QString m_peerDeviceId;
    QByteArray m_ownCertificate;
    QByteArray m_peerCertificate;
    QByteArray m_ownNonce;
    QByteArray m_peerNonce;
    QByteArray m_peerCommitment;
    QString m_code;
    State m_state = State::Idle;
    bool m_localAccepted = false;
    bool m_remoteAccepted = false;
    QTimer m_deadline;
};

} // namespace Tandem
