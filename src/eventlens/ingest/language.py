"""Is this article in English? A function-word ratio and a script check (language.yaml)."""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from functools import lru_cache

from .cues import LanguageCues, language_cues

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE = 20000  # characters looked at: enough to judge, cheap on huge texts


_ASCII_LETTERS = {ord(c): None for c in string.ascii_letters}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    return unicodedata.name(ch, "UNKNOWN ?").split(" ")[0]


def _scripts(text: str) -> Counter[str]:
    """Letters counted by Unicode script name (LATIN, CYRILLIC, ARABIC, CJK, ...)."""
    counts: Counter[str] = Counter()
    # why: ASCII letters are all Latin; counted in C, so only the rare others are named
    ascii_letters = len(text) - len(text.translate(_ASCII_LETTERS))
    if ascii_letters:
        counts["LATIN"] = ascii_letters
    for ch in _NON_ASCII.findall(text):
        if ch.isalpha():
            counts[_script(ch)] += 1
    return counts


def not_english_reason(text: str, cues: LanguageCues | None = None) -> str | None:
    """Why the text is not English ("not English (...)"), or None when it may be English."""
    cues = cues or language_cues()
    sample = text[:_SAMPLE]
    # 1. script: most letters outside the Latin alphabet settle it at any length
    scripts = _scripts(sample)
    letters = sum(scripts.values())
    if letters and scripts["LATIN"] / letters < cues.min_latin:
        main = scripts.most_common(1)[0][0].title()
        return f"not English (mostly {main} script: {scripts[main.upper()] * 100 // letters}% of letters)"
    # 2. words: too few to judge a Latin-script text, so let it through
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sample)]
    if len(words) < cues.min_words:
        return None
    # 3. English text is a third or more closed-class words; other languages share few of them
    hits = sum(1 for w in words if w in cues.function_words)
    ratio = hits / len(words)
    if ratio < cues.min_ratio:
        return (f"not English (only {ratio:.0%} of {len(words)} words are common English "
                f"function words; at least {cues.min_ratio:.0%} expected)")
    return None
