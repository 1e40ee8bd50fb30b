// CRC-32C with SSE 4.2's crc32 instruction (x86-64, GCC and Clang); see
// crc32c_p.h for how a file is chosen.
#include "crc32c_p.h"

#ifdef TANDEM_CRC32C_SSE42

#include <array>
#include <cstring>

#include <nmmintrin.h>

namespace Tandem::TransferProtocol {

namespace {

// Reflected Castagnoli polynomial.
constexpr quint32 Polynomial = 0x82F63B78u;

// The crc32 instruction takes three cycles but can start one per cycle:
// three independent streams over three neighbouring blocks keep it busy,
// about three times the speed of one stream. Their CRCs are then combined
// by "shifting" the earlier ones over the later blocks' length, a linear
// map over GF(2) applied with four table lookups (after Mark Adler's
// crc32c.c, zlib licence).

// A 32x32 matrix over GF(2), as the images of the 32 unit vectors.
using Gf2Matrix = std::array<quint32, 32>;

constexpr quint32 times(const Gf2Matrix &matrix, quint32 vector)
{
    quint32 sum = 0;
    for (int i = 0; vector != 0; ++i, vector >>= 1) {
        if (vector & 1u)
            sum ^= matrix[i];
    }
    return sum;
}

constexpr Gf2Matrix square(const Gf2Matrix &matrix)
{
    Gf2Matrix result{};
    for (int n = 0; n < 32; ++n)
        result[n] = times(matrix, matrix[n]);
    return result;
}

// The map from a CRC register to the register after `bytes` zero bytes
// more; `bytes` a power of two.
constexpr Gf2Matrix zerosOperator(qsizetype bytes)
{
    Gf2Matrix op{}; // one zero bit
    op[0] = Polynomial;
    for (int n = 1; n < 32; ++n)
        op[n] = 1u << (n - 1);
    for (qsizetype bits = 1; bits < bytes * 8; bits *= 2)
        op = square(op);
    return op;
}

using ShiftTable = std::array<std::array<quint32, 256>, 4>;

constexpr ShiftTable makeShiftTable(qsizetype bytes)
{
    const Gf2Matrix op = zerosOperator(bytes);
    ShiftTable table{};
    for (quint32 n = 0; n < 256; ++n) {
        for (int i = 0; i < 4; ++i)
            table[i][n] = times(op, n << (8 * i));
    }
    return table;
}

quint32 shift(const ShiftTable &table, quint32 crc)
{
    return table[0][crc & 0xFFu] ^ table[1][(crc >> 8) & 0xFFu] ^ table[2][(crc >> 16) & 0xFFu] ^ table[3][crc >> 24];
}

// Block sizes of the three streams: long ones for chunks, short ones for
// what is left (and small messages). Powers of two, for zerosOperator().
constexpr qsizetype LongBlock = 8192;
constexpr qsizetype ShortBlock = 256;
constexpr ShiftTable LongShift = makeShiftTable(LongBlock);
constexpr ShiftTable ShortShift = makeShiftTable(ShortBlock);

quint64 load64(const unsigned char *p)
{
    quint64 word;
    std::memcpy(&word, p, 8);
    return word;
}

// Three streams over blocks of `block` bytes, as long as 3 * block remain.
__attribute__((target("sse4.2"))) quint64 crc32cThreeWay(quint64 crc, const unsigned char *&p, qsizetype &size,
                                                         qsizetype block, const ShiftTable &table)
{
    while (size >= 3 * block) {
        quint64 crc1 = 0;
        quint64 crc2 = 0;
        for (const unsigned char *end = p + block; p < end; p += 8) {
            crc = _mm_crc32_u64(crc, load64(p));
            crc1 = _mm_crc32_u64(crc1, load64(p + block));
            crc2 = _mm_crc32_u64(crc2, load64(p + 2 * block));
        }
        crc = shift(table, quint32(crc)) ^ quint32(crc1);
        crc = shift(table, quint32(crc)) ^ quint32(crc2);
        p += 2 * block;
        size -= 3 * block;
    }
    return crc;
}

} // namespace

__attribute__((target("sse4.2"))) quint32 crc32cHardware(quint32 crc32, const unsigned char *p, qsizetype size)
{
    quint64 crc = crc32;
    crc = crc32cThreeWay(crc, p, size, LongBlock, LongShift);
    crc = crc32cThreeWay(crc, p, size, ShortBlock, ShortShift);
    for (; size >= 8; p += 8, size -= 8)
        crc = _mm_crc32_u64(crc, load64(p));
    auto c = quint32(crc);
    for (; size > 0; ++p, --size)
        c = _mm_crc32_u8(c, *p);
    return c;
}

bool crc32cHardwareAvailable()
{
    return __builtin_cpu_supports("sse4.2");
}

} // namespace Tandem::TransferProtocol

#endif // TANDEM_CRC32C_SSE42
