"""Currency signs, codes and words, and the ISO code each one stands for.

Replies are mostly in soles and dollars, but cooperation agencies, embassies and funders
write their contributions in their own currency (``EUR 250,000``, ``€ 1.2 millones``,
``CAD 3.1 million``, ``800 000 wones``). Such an amount read as dollars would be wrong, and
left out it is lost: each currency gets its own code.
"""

from __future__ import annotations

import re

# ISO codes written before or after an amount. Only codes that are no Spanish or English
# word (``COP`` and ``ARS`` are left out: too close to abbreviations of other things).
ISO_CODES = ("PEN", "USD", "EUR", "GBP", "CAD", "AUD", "JPY", "KRW", "CHF", "CNY", "MXN",
             "BRL", "CLP", "NZD", "SEK", "NOK", "DKK")

# Signs written before an amount, longest first so that "C$" is not read as "$".
SIGNS = {"CA$": "CAD", "C$": "CAD", "CAN$": "CAD", "A$": "AUD", "AU$": "AUD",
         "NZ$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"}

# Currency names after an amount (``de`` or ``of`` may come between), as a regex and the
# code. Adjectives of nationality decide dollars and pesos; a bare "dólares" is USD.
_WORDS: tuple[tuple[str, str], ...] = (
    (r"d[oó]lares\s+canadienses|canadian\s+dollars?", "CAD"),
    (r"d[oó]lares\s+australianos|australian\s+dollars?", "AUD"),
    (r"euros?", "EUR"),
    (r"libras\s+esterlinas|pounds?\s+sterling|british\s+pounds?", "GBP"),
    (r"yenes|japanese\s+yen|yen", "JPY"),
    (r"wones|wons|(?:south\s+)?korean\s+won", "KRW"),
    (r"francos\s+suizos|swiss\s+francs?", "CHF"),
    (r"pesos\s+chilenos|chilean\s+pesos?", "CLP"),
    (r"pesos\s+mexicanos|mexican\s+pesos?", "MXN"),
    (r"yuan(?:es)?|renminbi", "CNY"),
)

_CODE_ALT = "|".join(code for code in ISO_CODES if code not in ("PEN", "USD"))
_SIGN_ALT = "|".join(re.escape(s) for s in sorted(SIGNS, key=len, reverse=True))
_WORD_ALT = "|".join(pattern for pattern, _ in _WORDS)

# Alternatives for money.py's prefix and suffix groups (other than soles and dollars).
OTHER_PREFIX = rf"(?:{_SIGN_ALT})|(?:{_CODE_ALT})(?![A-Za-z])"
OTHER_SUFFIX = rf"{_WORD_ALT}|{_CODE_ALT}"


def other_currency(sign: str) -> str | None:
    """The ISO code of a sign, code or word of a currency other than soles and dollars."""
    text = " ".join(sign.split())
    if text in SIGNS:
        return SIGNS[text]
    if text.upper() in ISO_CODES and text.upper() not in ("PEN", "USD"):
        return text.upper()
    for pattern, code in _WORDS:
        if re.fullmatch(pattern, text, re.I):
            return code
    return None
