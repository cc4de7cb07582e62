"""Write a tiny x64 DLL whose exports only forward to functions of other DLLs (no code, no compiler).

Used to give the Wine 8 test prefix the one Windows system DLL it lacks: ``bcryptprimitives.dll``
(present on every Windows since 8), whose ``ProcessPrng`` Rust's standard library (>= 1.78) imports
for random bytes. Forwarding it to ``advapi32.SystemFunction036`` (RtlGenRandom, same arguments:
buffer and length; Rust ignores the result) lets Rust-built wheels load under Wine as on Windows.
"""

from __future__ import annotations

import struct
from pathlib import Path

SECTION_RVA = 0x1000
FILE_ALIGN = 0x200
SECTION_ALIGN = 0x1000
IMAGE_BASE = 0x180000000


def _align(n: int, to: int) -> int:
    return (n + to - 1) // to * to


def forwarder_dll(dll_name: str, forwards: dict[str, str]) -> bytes:
    """A PE32+ DLL named ``dll_name`` exporting each key as a forwarder to ``"module.Function"``."""
    names = sorted(forwards)  # the export name table must be sorted for the loader's binary search
    n = len(names)
    directory_size = 40
    eat = directory_size
    enpt = eat + 4 * n
    ordinals = enpt + 4 * n
    strings = ordinals + 2 * n
    blob = bytearray()
    offsets: dict[str, int] = {}
    for text in [dll_name, *names, *(forwards[name] for name in names)]:
        if text not in offsets:
            offsets[text] = strings + len(blob)
            blob += text.encode("ascii") + b"\0"
    rva = lambda off: SECTION_RVA + off  # noqa: E731
    data = bytearray(
        struct.pack(
            "<IIHHIIIIIII",
            0,  # Characteristics
            0,  # TimeDateStamp
            0,
            0,  # version
            rva(offsets[dll_name]),
            1,  # ordinal base
            n,  # functions
            n,  # names
            rva(eat),
            rva(enpt),
            rva(ordinals),
        )
    )
    data += b"".join(struct.pack("<I", rva(offsets[forwards[name]])) for name in names)
    data += b"".join(struct.pack("<I", rva(offsets[name])) for name in names)
    data += b"".join(struct.pack("<H", i) for i in range(n))
    data += blob
    export_size = len(data)  # forwarder strings lie inside the export directory: that marks them
    raw_size = _align(len(data), FILE_ALIGN)
    data += b"\0" * (raw_size - len(data))

    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, 64)
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x2022)  # x64; executable, large-address, DLL
    image_size = SECTION_RVA + _align(len(data), SECTION_ALIGN)
    optional = struct.pack(
        "<HBBIIIII",
        0x20B,  # PE32+
        14,
        0,
        0,  # SizeOfCode
        raw_size,
        0,
        0,  # no entry point: nothing runs at load
        SECTION_RVA,
    )
    optional += struct.pack("<QII", IMAGE_BASE, SECTION_ALIGN, FILE_ALIGN)
    optional += struct.pack("<HHHHHHI", 6, 0, 0, 0, 6, 0, 0)
    optional += struct.pack("<IIIHH", image_size, FILE_ALIGN, 0, 3, 0x0140)  # console; dynamic base, NX
    optional += struct.pack("<QQQQII", 0x100000, 0x1000, 0x100000, 0x1000, 0, 16)
    directories = [(SECTION_RVA, export_size)] + [(0, 0)] * 15
    optional += b"".join(struct.pack("<II", a, s) for a, s in directories)
    assert len(optional) == 240
    section = struct.pack(
        "<8sIIIIIIHHI", b".edata", len(data), SECTION_RVA, raw_size, FILE_ALIGN, 0, 0, 0, 0, 0x40000040
    )
    headers = bytes(dos) + b"PE\0\0" + coff + optional + section
    headers += b"\0" * (FILE_ALIGN - len(headers))
    return headers + bytes(data)


def write_forwarder_dll(path: Path, forwards: dict[str, str]) -> Path:
    path.write_bytes(forwarder_dll(path.name, forwards))
    return path
