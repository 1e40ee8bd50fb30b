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

// One attempt to pair with one peer, over a ready connection:
//
//   initiator                       responder
//   pair-request {commitment}  -->             commitment = H(nonceI, certI)
//                              <--  pair-nonce {nonceR}
//   pair-reveal {nonceI}       -->             checks the commitment
//   both show code = H(certI, certR, nonceI, nonceR) mod 10^6
//   pair-accept / pair-reject  <->  (each user decides)
//
// Pairing succeeds when both users accepted. Either side may cancel; the
// whole exchange has a deadline.
class TANDEM_EXPORT Pairing : public QObject
{
    Q_OBJECT

public:
    enum class Role { Initiator, Responder };
    Q_ENUM(Role)
    using Outcome = PairingOutcome;

    static constexpr std::chrono::milliseconds DefaultTimeout = DefaultPairingTimeout;
    static constexpr qsizetype MaxReasonLength = MaxPairingReasonLength;

    // A responder is created from the pair-request's fields.
    Pairing(Role role, PeerConnection *connection, const QByteArray &ownCertificateDer,
            std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~Pairing() override;

    static bool isPairingMessage(const QString &type);

    Role role() const { return m_role; }
    QString peerDeviceId() const { return m_peerDeviceId; }
    QString code() const { return m_code; }
    PeerConnection *connection() const { return m_connection; }
    bool isFinished() const { return m_state == State::Done; }
    // The code is on screen, waiting for the user's decision.
    bool isComparing() const { return m_state == State::Comparing; }

    // Initiator: sends the request. Responder: answers `requestFields`.
    void start(const QCborMap &requestFields = {});
    // A pair-* message from the peer.
    void handle(const QString &type, const QCborMap &fields);

    // The local user's decision on the code (only once it is shown).
    bool accept();
    void reject(const QString &reason);
    void cancel(const QString &reason);
    void connectionLost(const QString &reason);

Q_SIGNALS:
    void codeReady(const QString &code);
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
