#include "crc32c_p.h"
#include "transferprotocol.h"

#include <array>

namespace Tandem::TransferProtocol {

namespace {

// Reflected Castagnoli polynomial.
constexpr quint32 Polynomial = 0x82F63B78u;

constexpr std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (Polynomial & (0u - (crc & 1u)));
        table[i] = crc;
    }
    return table;
}

quint32 crc32cTable(quint32 crc, const unsigned char *p, qsizetype size)
{
    static constexpr std::array<quint32, 256> table = makeTable();
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ p[i]) & 0xFFu] ^ (crc >> 8);
    return crc;
}

} // namespace

quint32 crc32c(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
#ifdef TANDEM_CRC32C_HARDWARE
    static const bool hardware = crc32cIsHardware();
    if (hardware)
        return ~crc32cHardware(~0u, p, size);
#endif
    return ~crc32cTable(~0u, p, size);
}

quint32 crc32cPortable(const char *data, qsizetype size)
{
    return ~crc32cTable(~0u, reinterpret_cast<const unsigned char *>(data), size);
}

bool crc32cIsHardware()
{
#ifdef TANDEM_CRC32C_HARDWARE
    return crc32cHardwareAvailable();
#else
    return false;
#endif
}

} // namespace Tandem::TransferProtocol
