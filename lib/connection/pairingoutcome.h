#pragma once

#include <Tandem/tandem_export.h>

#include <QObject>

#include <chrono>

namespace Tandem {

// Its own header so that LocalDevice's signals can name how a pairing ended
// without pulling in the pairing exchange (pairing.h). A namespace
// of its own, for its meta-enum (the CLI prints the names).
namespace PairingResult {
Q_NAMESPACE_EXPORT(TANDEM_EXPORT)
enum class Outcome { Paired, Rejected, Cancelled, TimedOut, Failed };
Q_ENUM_NS(Outcome)
} // namespace PairingResult

// Pairing::Outcome is the same type.
using PairingOutcome = PairingResult::Outcome;

// The whole exchange, both users' decisions included, must end within this.
inline constexpr std::chrono::milliseconds DefaultPairingTimeout{30000};
// A rejection's or cancellation's reason travels to the peer this long at most.
inline constexpr qsizetype MaxPairingReasonLength = 200;

} // namespace Tandem
