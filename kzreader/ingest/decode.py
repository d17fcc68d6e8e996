"""Bytes to text: binary sniffing, byte-order marks, strict UTF-8, then detection."""

from __future__ import annotations

import codecs

from kzreader.ingest.errors import LoadFailure

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"RIFF", "RIFF media (WAV/AVI/WebP)"),
    (b"\x00\x00\x00\x18ftyp", "MP4 media"),
    (b"\x00\x00\x00\x20ftyp", "MP4 media"),
    (b"wOFF", "web font"),
)
"""File signatures: a file starting with one of these is refused as binary."""

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

LATIN_FAMILY = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9", "iso8859_15",
    "mac_roman", "mac_latin2", "cp850", "cp437",
    "cp852", "cp775", "cp857", "cp858", "cp860", "cp863", "cp865", "mac_turkish", "mac_iceland",
})  # fmt: skip
"""Detector answers that, for Indonesian/English news, almost always mean cp1252."""


def sniff_binary(data: bytes) -> str | None:
    """What binary format `data` is, or None when it may be text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    nuls = head.count(0)
    if nuls > max(2, len(head) // 200) and not _looks_utf16(head):
        return "binary data"
    return None


def _looks_utf16(head: bytes) -> str | None:
    """`utf-16-le`/`-be` when every other byte is NUL (UTF-16 without a BOM)."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode a text file: BOM, else strict UTF-8, else UTF-16 by shape, else detection."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadFailure(f"not valid {codec.upper()} ({exc.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _looks_utf16(data[:8192])
    if utf16:
        return data.decode(utf16, errors="replace")
    return _detect(data)


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 file

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in LATIN_FAMILY:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")
