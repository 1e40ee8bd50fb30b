#include "pairing.h"

#include "connectionlogging_p.h"
#include "peerconnection.h"
#include <Tandem/controlmessage.h>
#include <Tandem/link.h>
#include <Tandem/pairingcode.h>

namespace Tandem {

namespace {
constexpr QLatin1StringView Request{"pair-request"};
constexpr QLatin1StringView NonceMessage{"pair-nonce"};
constexpr QLatin1StringView Reveal{"pair-reveal"};
constexpr QLatin1StringView Accept{"pair-accept"};
constexpr QLatin1StringView Reject{"pair-reject"};
constexpr QLatin1StringView Cancel{"pair-cancel"};
constexpr qsizetype CommitmentBytes = 32;

QCborMap reasonFields(const QString &reason)
{
    QCborMap m;
    m.insert(QLatin1StringView("reason"), reason.left(Pairing::MaxReasonLength));
    return m;
}
} // namespace

Pairing::Pairing(Role role, PeerConnection *connection, const QByteArray &ownCertificateDer,
                 std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_connection(connection)
    , m_peerDeviceId(connection->peerDeviceId())
    , m_ownCertificate(ownCertificateDer)
    , m_peerCertificate(connection->link()->peerCertificateDer())
    , m_ownNonce(PairingCode::newNonce())
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(Outcome::TimedOut, tr("Pairing timed out: the other device did not answer in time."), Cancel);
    });
}

Pairing::~Pairing() = default;

bool Pairing::isPairingMessage(const QString &type)
{
    return type.startsWith(u"pair-");
}

void Pairing::start(const QCborMap &requestFields)
{
    m_deadline.start();
    if (m_role == Role::Initiator) {
        QCborMap fields;
        fields.insert(QLatin1StringView("commitment"), PairingCode::commitment(m_ownNonce, m_ownCertificate));
        m_connection->sendControl(Request, fields);
        m_state = State::AwaitingNonce;
        return;
    }
    QString error;
    const auto commitment
        = Protocol::bytesField(requestFields, QLatin1StringView("commitment"), CommitmentBytes, &error);
    if (!commitment || commitment->size() != CommitmentBytes) {
        fail(Outcome::Failed, tr("The pairing request was malformed."), Cancel);
        return;
    }
    m_peerCommitment = *commitment;
    QCborMap fields;
    fields.insert(QLatin1StringView("nonce"), m_ownNonce);
    m_connection->sendControl(NonceMessage, fields);
    m_state = State::AwaitingReveal;
}

void Pairing::handle(const QString &type, const QCborMap &fields)
{
    if (m_state == State::Done)
        return;
    if (type == Reject) {
        const QString reason = fields.value(QLatin1StringView("reason")).toString().left(MaxReasonLength);
        fail(Outcome::Rejected, reason.isEmpty() ? tr("The other device rejected the pairing.") : reason);
        return;
    }
    if (type == Cancel) {
        const QString reason = fields.value(QLatin1StringView("reason")).toString().left(MaxReasonLength);
        fail(Outcome::Cancelled, reason.isEmpty() ? tr("The other device cancelled the pairing.") : reason);
        return;
    }

    QString error;
    if (type == NonceMessage && m_state == State::AwaitingNonce) {
        const auto nonce = Protocol::bytesField(fields, QLatin1StringView("nonce"), PairingCode::NonceBytes, &error);
        if (!nonce || nonce->size() != PairingCode::NonceBytes) {
            fail(Outcome::Failed, tr("The other device sent a malformed pairing message."), Cancel);
            return;
        }
        m_peerNonce = *nonce;
        QCborMap reveal;
        reveal.insert(QLatin1StringView("nonce"), m_ownNonce);
        m_connection->sendControl(Reveal, reveal);
        showCode();
        return;
    }
    if (type == Reveal && m_state == State::AwaitingReveal) {
        const auto nonce = Protocol::bytesField(fields, QLatin1StringView("nonce"), PairingCode::NonceBytes, &error);
        if (!nonce || PairingCode::commitment(*nonce, m_peerCertificate) != m_peerCommitment) {
            // Either a bug or someone trying nonces until a code matches.
            fail(Outcome::Failed, tr("The other device's pairing commitment did not match; pairing was stopped."),
                 Cancel);
            return;
        }
        m_peerNonce = *nonce;
        showCode();
        return;
    }
    if (type == Accept && m_state == State::Comparing) {
        m_remoteAccepted = true;
        maybeComplete();
        return;
    }
    fail(Outcome::Failed, tr("The other device sent an unexpected pairing message (%1).").arg(type), Cancel);
}

void Pairing::showCode()
{
    const bool initiator = m_role == Role::Initiator;
    m_code = PairingCode::derive(initiator ? m_ownCertificate : m_peerCertificate,
                                 initiator ? m_peerCertificate : m_ownCertificate, initiator ? m_ownNonce : m_peerNonce,
                                 initiator ? m_peerNonce : m_ownNonce);
    m_state = State::Comparing;
    Q_EMIT codeReady(m_code);
}

bool Pairing::accept()
{
    if (m_state != State::Comparing || m_localAccepted)
        return false;
    m_localAccepted = true;
    m_connection->sendControl(Accept);
    maybeComplete();
    return true;
}

void Pairing::reject(const QString &reason)
{
    if (m_state == State::Done)
        return;
    const QString why = reason.isEmpty() ? tr("The other user rejected the pairing.") : reason;
    m_connection->sendControl(Reject, reasonFields(why));
    fail(Outcome::Rejected, tr("You rejected the pairing."));
}

void Pairing::cancel(const QString &reason)
{
    if (m_state == State::Done)
        return;
    m_connection->sendControl(Cancel, reasonFields(reason));
    fail(Outcome::Cancelled, reason);
}

void Pairing::connectionLost(const QString &reason)
{
    fail(Outcome::Failed, tr("The connection was lost during pairing: %1").arg(reason));
}

void Pairing::maybeComplete()
{
    if (!m_localAccepted || !m_remoteAccepted)
        return;
    m_state = State::Done;
    m_deadline.stop();
    Q_EMIT finished(Outcome::Paired, {});
}

void Pairing::fail(Outcome outcome, const QString &reason, QLatin1StringView tellPeer)
{
    if (m_state == State::Done)
        return;
    if (!tellPeer.isEmpty())
        m_connection->sendControl(tellPeer, reasonFields(reason));
    m_state = State::Done;
    m_deadline.stop();
    qCDebug(lcConnection).noquote() << "pairing with" << m_peerDeviceId.left(8) << "ended:" << reason;
    Q_EMIT finished(outcome, reason);
}

} // namespace Tandem
