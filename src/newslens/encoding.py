"""Turning a file's bytes into text, and saying how (every guess becomes a note).

Order of trust: an explicit ``encoding`` argument, a byte-order mark, strict UTF-8 (most news
exports), then a guess. The guess prefers cp1252 for Western text, because a file that is not
UTF-8 but reads cleanly as cp1252 is almost always a Windows or Latin-1 export (cp1252 equals
Latin-1 on every printable byte and adds the curly quotes that Latin-1 lacks), and
charset-normalizer's statistical guesses on short Western texts are often a near-miss
(cp1250, mac_roman). For other scripts charset-normalizer decides. Binary data is refused
with a cause instead of being decoded into garbage.
"""

from __future__ import annotations

import codecs
from pathlib import Path

__all__ = ["DecodeError", "decode_bytes", "read_text"]

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32 (byte-order mark)"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32 (byte-order mark)"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with a byte-order mark (mark removed)"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (byte-order mark)"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (byte-order mark)"),
)

# Control bytes that never occur in text files (TAB, LF, FF, CR and ESC excluded).
_CONTROL = frozenset({*range(0x00, 0x09), 0x0B, 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20)})
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "iso8859_1", "ascii", "windows_1252"})


class DecodeError(ValueError):
    """The bytes are not text (binary) or not in the encoding asked for; the message says why."""


def _looks_binary(data: bytes) -> str | None:
    sample = data[:65536]
    if b"\x00" in sample:
        return "binary file (contains NUL bytes), not text"
    if sample:
        controls = sum(1 for b in sample if b in _CONTROL)
        if controls / len(sample) > 0.05:
            return f"binary file ({controls} control bytes in the first {len(sample)}), not text"
    return None


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data``; return the text and notes naming any BOM or guessed encoding.

    :param encoding: force this codec (strict); a failure raises instead of guessing.
    :raises DecodeError: binary data, or bytes invalid in the forced encoding.
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"not valid {encoding} (byte {exc.start}: {exc.reason}); "
                "drop the encoding option to let newslens detect it"
            ) from None
        return text.removeprefix("\ufeff"), [f"encoding: {encoding} (as requested)"]
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {label} but is not valid: {exc.reason}") from None
            return text.removeprefix("\ufeff"), [f"encoding: {label}"]
    binary = _looks_binary(data)
    if binary:
        raise DecodeError(binary)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    return _guess(data)


def _guess(data: bytes) -> tuple[str, list[str]]:
    guessed: str | None = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        guessed = best.encoding if best is not None else None
    except Exception:  # a detector failure must not make a readable file unreadable
        guessed = None
    if guessed is not None and guessed not in _WESTERN:
        try:
            text = data.decode(guessed)
        except (UnicodeDecodeError, LookupError):
            text = None
        # A Western text mis-detected as another single-byte code page shows as letters from
        # a script it does not otherwise use; accept the guess only if cp1252 cannot read it.
        if text is not None and not _plausible_cp1252(data):
            return text, [f"encoding: {guessed} (not valid UTF-8; detected by charset-normalizer)"]
    try:
        text = data.decode("cp1252")
        return text, ["encoding: cp1252 (not valid UTF-8; read as Windows-1252/Latin-1)"]
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        return text, ["encoding: latin-1 (not valid UTF-8 or cp1252)"]


def _plausible_cp1252(data: bytes) -> bool:
    """True when every non-ASCII byte decodes under cp1252 to a letter or typographic mark."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [ch for ch in text if ord(ch) > 127]
    if not high:
        return True
    ok = sum(1 for ch in high if ch.isalpha() or ch in "‘’“”–—…€£¥©®°±·«»¿¡§¶ \u00a0")
    letters = sum(1 for ch in text if ch.isalpha())
    # Western languages use accented letters sparingly; a text that is mostly "accented"
    # letters under cp1252 is another script (Cyrillic, Greek) in its own code page.
    high_letters = sum(1 for ch in high if ch.isalpha())
    return ok / len(high) >= 0.9 and high_letters <= 0.3 * max(letters, 1)


def read_text(path: str | Path, encoding: str | None = None) -> tuple[str, list[str]]:
    """Read a file as text with :func:`decode_bytes`; ``OSError`` propagates to the caller."""
    return decode_bytes(Path(path).read_bytes(), encoding)
