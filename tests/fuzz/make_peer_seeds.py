#!/usr/bin/env python3
# Writes the hand-made seeds of fuzz_peer into corpus/peer/. The input format
# is documented at the top of fuzz_peer.cpp; opcodes are the Op enum's order.
import os
import struct

RAW, CONTROL, FRAGMENT, MESSAGE, OFFER, CHUNK, END, TRANSFER_CONTROL, PINGS, RUN_LOOP, READ_OUTPUT, \
    CUT_LINK, REDIAL, VICTIM, RESUME, ACK = range(16)
SCRIPTED, SLOW, UNPAIRED, RAW_HANDSHAKE, LEAVE_PENDING, ACCEPT_TRANSFERS, STALL, ECHO = (1 << i for i in range(8))
ATTACKER_STREAM_1 = 0   # pickStream() byte: the attacker's first session
VICTIM_STREAM = lambda i: 4 | (i << 3)  # the victim's i-th session seen on the wire

SESSION_OPEN_CHAT, SESSION_ACCEPT, SESSION_CLOSE, PAIR_REQUEST = 0x00, 0x01, 0x03, 0x0a
SESSION_OPEN_FILES = 0x10  # service index 1: tandem.files


def u16(v): return struct.pack('>H', v)
def u32(v): return struct.pack('>I', v)


def control(t, stream, extra=b'\x00'): return bytes([CONTROL, t, stream]) + extra
def run(n): return bytes([RUN_LOOP, n])
def message(stream, shape, payload, fragment=0):
    return bytes([MESSAGE, stream, shape]) + u16(len(payload)) + payload + bytes([fragment])


def header(flags, max_chunk=0, tweak=0): return bytes([flags, max_chunk, tweak, 0])


seeds = {
    # Opens a chat session, sends text and bytes, acknowledges the echo, closes.
    'chat.bin': header(ECHO) + control(SESSION_OPEN_CHAT, ATTACKER_STREAM_1) + run(4)
    + message(ATTACKER_STREAM_1, 0, b'hello') + message(ATTACKER_STREAM_1, 1, b'abc') + run(4)
    + bytes([ACK, ATTACKER_STREAM_1, 0]) + control(SESSION_CLOSE, ATTACKER_STREAM_1),
    # The same over a MemoryLink that cuts every write into 1..7 byte pieces.
    'chat-split.bin': header(ECHO, 7) + control(SESSION_OPEN_CHAT, ATTACKER_STREAM_1) + run(8)
    + message(ATTACKER_STREAM_1, 0, b'hello there') + run(8),
    # Offers one 100-byte file, sends it and its end; accepted at once.
    'offer.bin': header(ACCEPT_TRANSFERS) + control(SESSION_OPEN_FILES, ATTACKER_STREAM_1) + run(4)
    + bytes([OFFER, ATTACKER_STREAM_1, 0]) + u16(1) + bytes([0x40]) + u32(100) + run(4)
    + bytes([CHUNK, ATTACKER_STREAM_1, 0, 0]) + u16(100) + bytes([END, ATTACKER_STREAM_1, 0, 0]) + run(8),
    # The same over a "Bluetooth" link with back-pressure, offer left to the app.
    'offer-slow.bin': header(SCRIPTED | SLOW) + control(SESSION_OPEN_FILES, ATTACKER_STREAM_1) + run(4)
    + bytes([OFFER, ATTACKER_STREAM_1, 0x20]) + u16(2) + bytes([0x41]) + u32(2000) + bytes([0x02]) + u16(10)
    + bytes([2]) + b'd1' + bytes([3]) + b'd/2' + run(4)
    + bytes([VICTIM, 0x05, 0]) + run(4)
    + bytes([CHUNK, ATTACKER_STREAM_1, 0, 0]) + u16(2000) + bytes([END, ATTACKER_STREAM_1, 0, 0]) + run(4)
    + bytes([CHUNK, ATTACKER_STREAM_1, 0, 1]) + u16(10) + bytes([END, ATTACKER_STREAM_1, 0, 1]) + run(8),
    # The victim opens a chat session and sends; the attacker accepts and
    # acknowledges, then the link drops, comes back, and the session resumes.
    'victim-sends.bin': header(SCRIPTED | ECHO) + bytes([VICTIM, 0]) + run(4)
    + control(SESSION_ACCEPT, VICTIM_STREAM(0)) + run(2)
    + bytes([VICTIM, 1, 0, 5]) + b'howdy' + run(4) + bytes([ACK, VICTIM_STREAM(0), 0])
    + bytes([VICTIM, 1, 0, 3]) + b'two' + bytes([CUT_LINK, 0]) + run(2) + bytes([REDIAL]) + run(4)
    + bytes([RESUME, VICTIM_STREAM(0), 0]) + run(4),
    # The victim sends two small files; the attacker accepts them and acknowledges.
    'victim-sends-files.bin': header(SCRIPTED) + bytes([VICTIM, 4]) + run(4)
    + control(SESSION_ACCEPT, VICTIM_STREAM(0)) + run(4)
    + bytes([TRANSFER_CONTROL, VICTIM_STREAM(0), 0, 2, 0, 0]) + run(4)
    + bytes([ACK, VICTIM_STREAM(0), 0]) + run(4) + bytes([ACK, VICTIM_STREAM(0), 0]) + run(4)
    + bytes([TRANSFER_CONTROL, VICTIM_STREAM(0), 4, 0]) + bytes([TRANSFER_CONTROL, VICTIM_STREAM(0), 4, 1]) + run(8),
    # A ping flood while the attacker does not read, then it reads.
    'pings-stalled.bin': header(SCRIPTED | STALL) + bytes([PINGS]) + u16(255) + bytes([0]) + run(4)
    + bytes([PINGS]) + u16(255) + bytes([0])
    + run(4) + bytes([READ_OUTPUT, 0]) + run(4),
    # An unpaired attacker asks to pair.
    'pair-request.bin': header(UNPAIRED) + control(PAIR_REQUEST, 6, b'\x01\x02\x1c\x04\x20' + b'\x00' * 32) + run(8),
}

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus', 'peer')
os.makedirs(out, exist_ok=True)
for name, data in seeds.items():
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)
