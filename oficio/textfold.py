"""Text folding: lower case without accents, the one home of its Unicode rules.

Three rules, each for one use:

- ``fold``: canonical decomposition, one output character per input character. Offsets
  into the folded text are offsets into the original, so a match found in the folded
  text can be cut from the original; signs such as "º", "²" or "ﬁ" stay as they are,
  because the document readers' patterns look for them.
- ``fold_compatible``: compatibility decomposition ("ﬁ" to "f", "²" to "2", "º" to "o"),
  same length as the input; the classifiers' hand-made features are counted on it, and the
  bundled model was trained on it.
- ``fold_key``: a name or a word as a key to compare (a column header, a count's lemma,
  an axis's Spanish name, a number word): compatibility decomposition, ``casefold``,
  outer spaces trimmed; the length may change.
"""

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
    """Lower case, accents removed, one output character per input character."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def _base_letters(text: str) -> str:
    """Lowercase base letters of a text (none for a combining mark)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _first_base_letter(char: str) -> str:
    """A character's first lowercase base letter, or a space: one character for one, so
    that a text with ligatures or fractions ("ﬁ", "½") keeps its length."""
    return _base_letters(char)[:1] or " "


_BASES = CharTable(_base_letters)
_FIRST_BASES = CharTable(_first_base_letter)


def fold_compatible(text: str) -> str:
    """Lowercase text with accents removed and compatibility forms reduced (ñ becomes n,
    ² becomes 2); same length as the input."""
    if "Σ" in text:  # lower() of a final capital sigma depends on the letters around it
        folded = _base_letters(text)
    else:  # the same, a character at a time from a table
        folded = text.translate(_BASES)
    return folded if len(folded) == len(text) else text.translate(_FIRST_BASES)


def fold_key(text: str) -> str:
    """A name as a key: trimmed, ``casefold``, accents and compatibility forms removed
    (``" Prevención "`` and ``"prevencion"`` give the same key)."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
