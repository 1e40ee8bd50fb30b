// CRC-32C with the ARMv8 CRC32 instructions (AArch64, GCC and Clang); see
// crc32c_p.h for how a file is chosen.
#include "crc32c_p.h"

#ifdef TANDEM_CRC32C_ARMV8

#include <cstring>

#include <arm_acle.h>

// Optional in ARMv8.0, required from ARMv8.1: a build for every arm64 CPU
// (Android's arm64-v8a) must ask the kernel, and enable the instructions for
// these functions only. Where the compiler already may use them everywhere
// (__ARM_FEATURE_CRC32: Apple Silicon, -march=armv8.1-a and later), neither.
#if defined(__ARM_FEATURE_CRC32)
#define TANDEM_TARGET_CRC
#elif defined(__linux__)
#include <sys/auxv.h>
#if defined(__clang__)
#define TANDEM_TARGET_CRC __attribute__((target("crc")))
#else
#define TANDEM_TARGET_CRC __attribute__((target("+crc")))
#endif
#endif

namespace Tandem::TransferProtocol {

#ifdef TANDEM_TARGET_CRC

bool crc32cHardwareAvailable()
{
#if defined(__ARM_FEATURE_CRC32)
    return true;
#else
    // HWCAP_CRC32 (1 << 7) in <asm/hwcap.h>, which bionic and glibc spell
    // differently; the bit is the kernel's ABI.
    constexpr unsigned long HwcapCrc32 = 1ul << 7;
    return (getauxval(AT_HWCAP) & HwcapCrc32) != 0;
#endif
}

TANDEM_TARGET_CRC quint32 crc32cHardware(quint32 crc, const unsigned char *p, qsizetype size)
{
    // One stream, eight bytes an instruction. (The SSE 4.2 file runs three
    // interleaved streams for throughput; nothing here could measure that
    // on ARM, so the simple loop it is.)
    for (; size >= 8; p += 8, size -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        crc = __crc32cd(crc, word);
    }
    for (; size > 0; ++p, --size)
        crc = __crc32cb(crc, *p);
    return crc;
}

#else

// Neither known to have the instructions nor able to ask (an AArch64 system
// other than Linux, Android or macOS): the table.
bool crc32cHardwareAvailable()
{
    return false;
}

quint32 crc32cHardware(quint32 crc, const unsigned char *, qsizetype)
{
    return crc;
}

#endif

} // namespace Tandem::TransferProtocol

#endif // TANDEM_CRC32C_ARMV8
