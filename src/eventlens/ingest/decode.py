"""Bytes to text: binary sniffing and the UTF-8 / BOM decoding policy.

Policy (docs/ingest.md): UTF-8, with or without a byte-order mark; UTF-16 and UTF-32 when
a byte-order mark says so; HTML in the charset its <meta> tag declares. Anything else is
refused with the first offending byte named, never guessed: a mis-guessed encoding gives
garbled names that the actor gazetteer would silently miss.
"""

from __future__ import annotations

import codecs
import re

from .cues import file_rules

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 65536
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class DecodeError(Exception):
    """Text that cannot be decoded; the message is the one-line reason."""


def bom_encoding(data: bytes) -> str | None:
    """The codec a byte-order mark names, if the data starts with one."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not text (a known binary format, NUL or control bytes), or None."""
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return None
    for magic, name in file_rules().signatures:
        if data.startswith(magic):
            return f"binary file ({name}), not text"
    head = data[:_SNIFF]
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"binary file (NUL byte at offset {nul}), not text"
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    if head and controls / len(head) > 0.1:
        return f"binary file ({controls} control bytes in the first {len(head)}), not text"
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Text of the bytes under the policy above; raises DecodeError with the reason."""
    codec = bom_encoding(data)
    if codec is not None:
        return _decode_as(data, codec, "")
    if declared and codecs.lookup(declared).name != "utf-8":
        return _decode_as(data, declared, f" (declared charset {declared})")
    return _decode_as(data, "utf-8", "")


def _decode_as(data: bytes, codec: str, note: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        name = "UTF-8" if codecs.lookup(codec).name.startswith("utf-8") else codec
        hint = "; convert it to UTF-8 first (e.g. iconv -f cp1252 -t utf-8)" if name == "UTF-8" else ""
        raise DecodeError(
            f"not valid {name}{note} (byte 0x{byte:02x} at offset {exc.start}){hint}") from exc


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML <meta> tag declares in the head, when it is a known codec."""
    match = _META_CHARSET.search(html[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def normalise_newlines(text: str) -> str:
    """\\r\\n and \\r to \\n, so offsets do not depend on the platform that wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
