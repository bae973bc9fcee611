"""Folding text for comparison while keeping character offsets."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, accents removed, one output character per input character.

    Offsets into the folded text are offsets into the original, so a match found in the
    folded text can be cut from the original.
    """
    out = []
    for char in text:
        low = char.lower()
        if len(low) != 1:
            low = char
        out.append(unicodedata.normalize("NFD", low)[0])
    return "".join(out)
