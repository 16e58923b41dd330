"""One key for every spelling of a name: French, English, Ukrainian, Russian.

The press writes the same town many ways: *Tchassiv Iar*, *Chasiv Yar*,
*Часів Яр*; *Zaporijjia*, *Zaporizhzhia*, *Zaporojie*; *Koupiansk*, *Kupyansk*.
:func:`name_key` folds these spellings onto one key, so that a single
dictionary lookup (or one Aho-Corasick scan over a text) finds them all.

The folding, in order (each step is a row of :data:`_FOLDS` or a line below):

1. lower case, accents and other marks dropped (``ï`` -> ``i``, ``é`` -> ``e``);
2. Cyrillic transliterated letter by letter (Ukrainian and Russian letters);
3. apostrophes and soft signs dropped (``Pokrovs'k`` -> ``pokrovsk``);
4. the hushing consonants merged: French ``tch``/``ch``/``j``, English
   ``ch``/``sh``/``zh``, German ``tsch``/``sch``, ``shch``... all become ``s``.
   French ``ch`` is English ``sh`` and French ``tch`` is English ``ch``, so the
   two cannot be told apart without knowing the language: merging them costs
   almost nothing among place names and removes the ambiguity;
5. ``kh``, ``h`` and ``g`` merged (Ukrainian ``г`` is *h*, Russian *g*:
   Horlivka/Gorlovka, Kharkiv/Charkiw stay apart from other names by their
   other letters);
6. ``ou`` -> ``u`` (French; ``oou`` too: *Novooukraïnka* is *Novoukrainka*),
   ``w`` -> ``v`` (German, Polish), ``y`` and ``j`` -> ``i`` where they are vowels
   or glides (``ya``, ``yu``, ``yi``);
7. doubled letters collapsed (``Tchassiv`` = ``Chasiv``, ``Odessa`` = ``Odesa``,
   ``Avdiivka`` = ``Avdiïvka``).

Words are separated by single spaces; hyphens are spaces. The key is for
matching only: never show it to a user.

Examples
--------
>>> name_key("Tchassiv Iar") == name_key("Chasiv Yar") == name_key("Часів Яр")
True
>>> name_key("Zaporijjia") == name_key("Zaporizhzhia")
True
>>> name_key("d'Avdiïvka")
'avdivka'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["ELISIONS", "name_key", "name_keys", "word_key"]

# Cyrillic letters, Ukrainian and Russian, to a Latin form that the folds
# below bring onto the same key as the press's Latin spellings.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "ў": "u",
}  # fmt: skip
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)

# Latin letters that NFKD does not decompose, or that stand for a digraph;
# apostrophes of every kind (Ukrainian uses ʼ for the hard sign) are dropped.
_APOSTROPHES = "'’ʼ`´ʹʻ′"
_LATIN = {"ž": "zh", "š": "sh", "č": "ch", "ł": "l", "ø": "o", "đ": "d", "ß": "ss",
          "æ": "ae", "œ": "oe", "ı": "i", "ð": "d", "þ": "th"}  # fmt: skip
_LATIN_TABLE = str.maketrans({**_LATIN, **dict.fromkeys(_APOSTROPHES, "")})

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./]+")

# Ordered folds: the longer sequences first, so "shch" is not read as "s"+"hch".
_FOLDS: tuple[tuple[str, str], ...] = (
    ("shch", "s"),  # English щ
    ("chtch", "s"),  # French щ
    ("tsch", "s"),  # German ч
    ("tch", "s"),  # French ч
    ("sch", "s"),  # German ш
    ("sh", "s"),  # English ш
    ("zh", "s"),  # English ж
    ("ch", "s"),  # French ш, English ч
    ("kh", "h"),  # х
    # French "Novooukraïnka" is English "Novoukrainka": the o before French "ou" is the
    # o of "Novo", and English "ou" folds to "u" too, so both end in "nov" + "ukrainka".
    ("oou", "u"),
    ("ou", "u"),  # French у
    ("w", "v"),  # German, Polish в
    ("g", "h"),  # Russian г vs Ukrainian г
    ("x", "ks"),
    ("q", "k"),
    ("c", "k"),  # what is left of c after the digraphs: Polish/Latin transcriptions
)
# French j is ж (Dzerjinsk): it joins the hushing class; y is a vowel or glide.
_LAST_TABLE = str.maketrans({"j": "s", "y": "i"})
_DOUBLES = re.compile(r"(.)\1+")

ELISIONS = frozenset({"d", "l", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"})
"""French elided words that may stand before a name: ``d'Avdiïvka``, ``l'Ukraine``."""

_ELISION = re.compile(
    r"^(?:" + "|".join(sorted(ELISIONS, key=len, reverse=True)) + r")[" + _APOSTROPHES + r"]"
)


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """Key of one word (no spaces): see the module docstring for the folds.

    Cached: a corpus repeats its words, and the key is pure.

    Examples
    --------
    >>> word_key("Koupiansk") == word_key("Kupyansk")
    True
    """
    # Cyrillic first (NFKD would split й into и + breve), then letters with no
    # decomposition, then NFKD and ASCII: every mark and other script drops out.
    text = word.lower().translate(_CYRILLIC_TABLE).translate(_LATIN_TABLE)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    for old, new in _FOLDS:
        if old in text:
            text = text.replace(old, new)
    return _DOUBLES.sub(r"\1", text.translate(_LAST_TABLE))


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Key of a name of one or more words, for matching across spellings.

    A leading French elision is dropped (``d'Avdiïvka`` -> key of
    ``Avdiïvka``); hyphens, dots and runs of spaces become one space.

    Parameters
    ----------
    name : str
        A place name as written, in Latin or Cyrillic script.

    Returns
    -------
    str
        The key: lower-case ASCII words separated by single spaces.

    Examples
    --------
    >>> name_key("Krasny Liman") == name_key("Krasnyi Lyman") == name_key("Красный Лиман")
    True
    >>> name_key("Niu-York")
    'niu iork'
    """
    words = [w for w in _SEPARATORS.split(name.strip()) if w]
    if words:
        words[0] = _ELISION.sub("", words[0])
    return " ".join(k for k in (word_key(w) for w in words) if k)


# name_keys: the same steps over many names at once. Names are joined by a
# mark that no step alters and that cannot be doubled ("\x00\x01"), so every
# translate, replace and regex runs once, in C, over the whole list. The text
# also starts with the mark, so that every name, the first included, follows one:
# the regexes then search for a literal, which is much faster than a lookbehind.
_JOIN = "\x00\x01"
_BULK_ELISION = re.compile(
    r"\x00\x01[\s\-‐‑‒–—_./]*(?:"
    + "|".join(sorted(ELISIONS, key=len, reverse=True))
    + r")["
    + _APOSTROPHES
    + r"]"
)
# The runs of non-ASCII letters, captured so that re.split keeps them.
_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")
# _CYRILLIC_TABLE then _LATIN_TABLE in one: no Cyrillic letter becomes a letter
# of the Latin table, so one translate does what the two do in turn.
_NON_ASCII_TABLE = str.maketrans({**_CYRILLIC, **_LATIN, **dict.fromkeys(_APOSTROPHES, "")})


def name_keys(names: Sequence[str]) -> list[str]:
    """:func:`name_key` of each name, computed in one pass over all of them.

    Loading the gazetteer keys some 90,000 distinct spellings; done one by one
    that is most of a second, done together a fraction of it. The result equals
    ``[name_key(n) for n in names]`` (a test checks it on the whole gazetteer).

    Examples
    --------
    >>> name_keys(["Tchassiv Iar", "d'Avdiïvka", "Niu-York"])
    ['sasiv iar', 'avdivka', 'niu iork']
    """
    if not names:
        return []
    # No strip(): the whitespace it drops is a separator, which becomes a space
    # here and is dropped with the other spaces at the ends of a name below.
    text = _JOIN + _JOIN.join(names)
    if text.count("\x00") != len(names) or text.count("\x01") != len(names):
        return [name_key(name) for name in names]  # a name holds a character of the mark
    text = _BULK_ELISION.sub(_JOIN, text)
    text = _SEPARATORS.sub(" ", text).lower()
    # str.translate is slow with multi-letter replacements: only the runs of
    # non-ASCII letters need the table, and they are translated together (a
    # "\x00" between two runs: ASCII, so in no run, and left alone by the table).
    parts = _NON_ASCII.split(text)
    if len(parts) > 1:
        parts[1::2] = "\x00".join(parts[1::2]).translate(_NON_ASCII_TABLE).split("\x00")
    text = "".join(parts).replace("'", "").replace("`", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    for old, new in _FOLDS:
        text = text.replace(old, new)
    # _DOUBLES leaves no run of spaces: a name has at most one space at either
    # end, beside a mark, to drop.
    text = _DOUBLES.sub(r"\1", text.translate(_LAST_TABLE)) + _JOIN
    return text.replace(" " + _JOIN, _JOIN).replace(_JOIN + " ", _JOIN).split(_JOIN)[1:-1]
