"""Folding text for comparison while keeping character offsets."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

CACHED_BELOW = 0x3000  # code points whose folding is kept: Latin, Greek, Cyrillic, symbols...


class CharTable(dict):
    """``str.translate`` table filled on demand with ``convert(char)``: a character is
    converted the first time it is seen (most texts use a few dozen distinct characters)."""

    def __init__(self, convert: Callable[[str], str]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, code: int) -> str:
        converted = self.convert(chr(code))
        if code < CACHED_BELOW:
            self[code] = converted
        return converted


def _fold_char(char: str) -> str:
    low = char.lower()
    if len(low) != 1:
        low = char
    return unicodedata.normalize("NFD", low)[0]


_TABLE = CharTable(_fold_char)


def fold(text: str) -> str:
    """Lower case, accents removed, one output character per input character.

    Offsets into the folded text are offsets into the original, so a match found in the
    folded text can be cut from the original.
    """
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)
