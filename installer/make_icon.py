"""Draw the AgentDesk application icon (a headset on a blue tile) and write ``installer/agentdesk.ico``.

The icon is committed, so the MSI build needs no display; run this again only to change the design:
``QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icon.py``.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZES = (16, 24, 32, 48, 64, 128, 256)
TILE = QColor("#1f6fb2")
INK = QColor("#ffffff")


def draw(size: int) -> QImage:
    """One square rendering; every size is drawn from vectors, so small sizes stay crisp."""
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TILE)
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    band = QPen(INK, max(1.5, 5 * s))
    band.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(band)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(14 * s, 12 * s, 36 * s, 36 * s), 0 * 16, 180 * 16)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    p.drawRoundedRect(QRectF(10 * s, 28 * s, 11 * s, 17 * s), 4 * s, 4 * s)
    p.drawRoundedRect(QRectF(43 * s, 28 * s, 11 * s, 17 * s), 4 * s, 4 * s)
    boom = QPainterPath(QPointF(15 * s, 45 * s))
    boom.quadTo(QPointF(17 * s, 54 * s), QPointF(30 * s, 53 * s))
    p.setPen(band)
    p.drawPath(boom)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(29 * s, 49 * s, 9 * s, 8 * s))
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data)


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO container with PNG-compressed entries (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def main(out: Path) -> None:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.write_bytes(ico_bytes([(size, png_bytes(draw(size))) for size in SIZES]))
    print(out)


if __name__ == "__main__":
    main(Path(__file__).resolve().parent / "agentdesk.ico")
