"""Page bytes to text: BOM, declared charset, UTF-8, windows-1256 (docs/html.md, "Decoding")."""

from __future__ import annotations

import codecs
import re

from jalali_meta._records import Notice

__all__ = ["decode_html"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def decode_html(data: str | bytes) -> tuple[str, list[Notice]]:
    """Decode page bytes: BOM, then the declared charset, then UTF-8, then windows-1256.

    Returns:
        The text and the warnings about its decoding (``encoding-replaced`` when
        only a lossy decoding worked: never a silent loss).
    """
    if isinstance(data, str):
        return data, []
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"html must be str or bytes, not {type(data).__name__}")
    raw = bytes(data)
    candidates = []
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if raw.startswith(bom):
            candidates = [name]  # a BOM settles the encoding: no guessing after it
            break
    declared = _CHARSET.search(raw[:4096])
    if declared:
        candidates.append(declared.group(1).decode("ascii").lower())
    if not candidates or candidates[0] not in ("utf-8-sig", "utf-16"):
        candidates += ["utf-8", "windows-1256"]
    for name in candidates:
        try:
            return raw.decode(name), []
        except (UnicodeDecodeError, LookupError):
            continue
    text = raw.decode(candidates[0], errors="replace")
    count = text.count("\ufffd")
    message = f"{count} bytes could not be decoded and were replaced"
    return text, [Notice("encoding-replaced", message)]
