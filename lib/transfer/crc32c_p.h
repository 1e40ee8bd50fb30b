#pragma once

#include <QtGlobal>

// CRC-32C in the CPU's own instructions, one file per instruction set:
// crc32c_sse42.cpp (x86-64), crc32c_armv8.cpp (AArch64: Apple Silicon,
// Android, Linux; little-endian only, as the byte loads assume). All are compiled everywhere and each is empty but on
// its own architecture, chosen here by what the compiler targets rather than in CMake: one compiler run may target
// several (a universal macOS build), and CMAKE_SYSTEM_PROCESSOR names the host when cross-compiling for macOS.
// Elsewhere (and with MSVC) crc32c() is the table-driven one in crc32c.cpp,
// which tst_crc32c keeps comparing with the instructions.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define TANDEM_CRC32C_SSE42 1
#define TANDEM_CRC32C_HARDWARE 1
#elif defined(__aarch64__) && defined(__AARCH64EL__) && (defined(__GNUC__) || defined(__clang__))
#define TANDEM_CRC32C_ARMV8 1
#define TANDEM_CRC32C_HARDWARE 1
#endif

namespace Tandem::TransferProtocol {

#ifdef TANDEM_CRC32C_HARDWARE
// Whether this CPU has the instructions (asked once, by crc32cIsHardware()).
bool crc32cHardwareAvailable();
// Continues `crc` (not inverted) over `size` bytes at `p`; only where
// crc32cHardwareAvailable().
quint32 crc32cHardware(quint32 crc, const unsigned char *p, qsizetype size);
#endif

} // namespace Tandem::TransferProtocol
