"""Small PNG images made in code, as data: URLs, for tests that send a photo."""

from __future__ import annotations

import base64
import struct
import zlib


def solid_png(width: int = 1, height: int = 1, rgb: tuple[int, int, int] = (220, 80, 60)) -> bytes:
    """A valid PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def png_data_url(width: int = 1, height: int = 1, rgb: tuple[int, int, int] = (220, 80, 60)) -> str:
    return "data:image/png;base64," + base64.b64encode(solid_png(width, height, rgb)).decode()


PNG_1PX = png_data_url()
