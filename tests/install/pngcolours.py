#!/usr/bin/env python3
# pngcolours.py FILE MIN: exits 0 if the 8-bit RGB(A) PNG FILE has at least
# MIN distinct colours, 1 if it has fewer (a blank window), 2 if it cannot be
# read. The standard library only: the build root has no imaging module.
import struct
import sys
import zlib


def pixels(path):
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, header = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError('only 8-bit, non-interlaced RGB or RGBA (depth %d, type %d)' % (depth, colour))
    raw, stride = zlib.decompress(idat), width * channels
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xff
            elif kind == 2:
                line[i] = (line[i] + up) & 0xff
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xff
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xff
        yield from (bytes(line[x:x + channels]) for x in range(0, stride, channels))
        previous = line
    return


def main():
    path, least = sys.argv[1], int(sys.argv[2])
    try:
        colours = set(pixels(path))
    except (OSError, ValueError, zlib.error, TypeError, struct.error) as error:
        print('%s: %s' % (path, error))
        return 2
    print('%s: %d distinct colours (at least %d wanted)' % (path, len(colours), least))
    return 0 if len(colours) >= least else 1


if __name__ == '__main__':
    sys.exit(main())
