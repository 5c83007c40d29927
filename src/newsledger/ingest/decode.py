"""Bytes -> text: UTF-8 first, then a detected encoding; binary input is refused."""

from __future__ import annotations

import codecs


class NotText(ValueError):
    """The bytes are not text in any encoding we can tell."""


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or a high share of control characters in the first 8 KB."""
    head = raw[:8192]
    if not head:
        return False
    if b"\x00" in head and not (head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.10


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, encoding). UTF-8 (BOM stripped) when valid, else the encoding charset-normalizer finds."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_binary(raw):
        raise NotText("binary file (not text)")
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise NotText("not text in any encoding newsledger can detect")
    return str(best), best.encoding
