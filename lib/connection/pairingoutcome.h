#pragma once

#include <Tandem/tandem_export.h>

#include <QObject>

#include <chrono>

// Its own header so that LocalDevice's signals can name how a pairing ended
// without pulling in the pairing exchange (pairing.h).

namespace Tandem {

/*!
    \namespace Tandem::PairingResult
    \inmodule Tandem
    \inheaderfile Tandem/pairingoutcome.h

    \brief Holds PairingResult::Outcome: a namespace of its own, for its
    meta-enum (the CLI prints the names).
*/
namespace PairingResult {
Q_NAMESPACE_EXPORT(TANDEM_EXPORT)
/*!
    \enum Tandem::PairingResult::Outcome

    How a pairing attempt ended (Pairing::finished(),
    LocalDevice::pairingFailed()); also named PairingOutcome and
    Pairing::Outcome.

    \value Paired Both users accepted the code.
    \value Rejected A user rejected it, here or on the peer.
    \value Cancelled A side cancelled.
    \value TimedOut The deadline passed first.
    \value Failed The connection was lost, or the peer broke the exchange (a
           commitment that does not match, a message out of turn).
*/
enum class Outcome { Paired, Rejected, Cancelled, TimedOut, Failed };
Q_ENUM_NS(Outcome)
} // namespace PairingResult

/*!
    \typealias Tandem::PairingOutcome
    \relates Tandem::Pairing

    How a pairing attempt ended: PairingResult::Outcome.
*/
using PairingOutcome = PairingResult::Outcome;

/*!
    \variable Tandem::DefaultPairingTimeout
    \relates Tandem::Pairing

    The deadline of a whole pairing exchange, both users' decisions
    included: 30 s.
*/
inline constexpr std::chrono::milliseconds DefaultPairingTimeout{30000};
/*!
    \variable Tandem::MaxPairingReasonLength
    \relates Tandem::Pairing

    The longest rejection or cancellation reason sent to the peer: 200
    characters.
*/
inline constexpr qsizetype MaxPairingReasonLength = 200;

} // namespace Tandem
