"""Russian spellings of Ukrainian village names, derived from their Ukrainian spelling.

The Russian-language sources the French press relays (TASS, RIA, military bloggers,
"Pravda" mirrors) name Ukrainian villages in Russian: *Katerinovka* for Катеринівка,
*Goncharovka* for Гончарівка, *Grishino* for Гришине, *Kucherov Yar* for Кучерів Яр,
*Stepovaya Novoselovka* for Степова Новоселівка. GeoNames lists such forms for the larger
places only; the villages from its postal export and from Ukraine's codifier have their
Ukrainian name alone. :func:`russian_forms` derives the Russian forms from the regular
correspondences of the two languages' place names, word by word:

* the suffixes: -івка -> -овка, -ївка -> -евка, -ове -> -ово / -овое, -ине -> -ино,
  -ське -> -ское, -не -> -ное, -ке -> -кое, -хе -> -хое, -иця -> -ица, -ів -> -ов
  (Кучерів Яр);
* adjectives before a noun: Нова -> Новая, Стара -> Старая, Степова -> Степовая,
  Нове -> Новое;
* first names inside names, after a hyphen too: Микола- -> Никола-, Олександр- ->
  Александр-, Костянтин- -> Константин- (Рай-Олександрівка -> Рай-Александровка);
* a few villages named after a first name take the Russian patronymic's form as well:
  Василівка -> Васильевка, Катеринівка -> Екатериновка;
* є -> е, ґ -> г.

Only the endings and these prefixes change: a Ukrainian і in a root is a Russian е, о or и
depending on the word's history (Зарічне / Заречное, Вільне / Вольное, Пісочин /
Песочин), which no rule can tell, so roots are left as they are by :func:`russian_forms`;
:func:`root_vowel_forms` gives both common readings (е, о) of such an і, for the build to
add where they name no other village. The forms are Cyrillic:
:func:`geoatlas.names.name_key` folds every Latin transliteration of them (Katerinovka,
Katerinowka) onto the same key.

One thing the key cannot do: a Russian е after a vowel or at the start of a word is
said *ye*, and English and French write it so (*Nikolayevka*, *Shakhovoye*,
*Staraïa Nikolaïevka*), while the Cyrillic key reads a plain *e*.
:func:`yotated_spelling` gives those forms a Latin spelling of the BGN/PCGN kind that
keys the *ye*. (``translitua``, which the gazetteer uses for its other transliterations,
has no BGN/PCGN table for Russian; this is the one letter the key needs.)
"""

from __future__ import annotations

import re

__all__ = [
    "CYRILLIC_NAME",
    "UKRAINIAN_LETTERS",
    "root_vowel_forms",
    "russian_forms",
    "yotated_spelling",
]

# Word endings, longest first; each gives one or more Russian endings. The first
# matching row applies.
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("іївка", ("еевка",)),  # Андріївка -> Андреевка, Плещіївка -> Плещеевка
    ("ївка", ("евка",)),  # Миколаївка -> Николаевка
    ("івка", ("овка",)),  # Гончарівка -> Гончаровка
    ("івське", ("овское",)),  # Петрівське -> Петровское
    ("ське", ("ское",)),  # Бахмутське -> Бахмутское
    ("цьке", ("цкое",)),  # Луцьке -> Луцкое
    ("ове", ("ово", "овое")),  # Шахове -> Шахово, Шаховое
    ("еве", ("ево", "евое")),  # Косівцеве -> Косовцево
    ("ине", ("ино",)),  # Гришине -> Гришино
    ("не", ("ное",)),  # Урожайне -> Урожайное
    ("ке", ("кое",)),  # Широке -> Широкое
    ("хе", ("хое",)),  # Тихе -> Тихое
    ("иця", ("ица",)),  # Стариця -> Старица
    ("ів", ("ов",)),  # Кучерів (Яр) -> Кучеров
)

# Adjectives that open a two-word name: the feminine and neuter Ukrainian endings
# (-а, -е) are -ая, -ое in Russian.
_ADJECTIVE = re.compile(r"^(.+(?:ов|ев|н|р|л|к|ськ|цьк|ий|ин))(а|е)$")

_PREFIXES: tuple[tuple[str, str], ...] = (
    ("Микола", "Никола"),  # Миколаївка -> Николаевка
    ("Олександр", "Александр"),  # Олександрівка -> Александровка
    ("Олекс", "Алекс"),  # Олексіївка -> Алексеевка
    ("Костянтин", "Константин"),  # Костянтинівка -> Константиновка
)

# The prefix роз- is Russian раз- (Роздолівка -> Раздоловка, Роздольне -> Раздольное),
# surely the prefix before д and в (Розівка, of роза, is Розовка). Only where an ending
# is made Russian too: Роздолля is Раздолье, which no rule here derives.
_VERB_PREFIX = re.compile(r"^Роз(?=[дв])")

# Villages named after a first name whose Russian form is a patronymic's: Василівка is
# Васильевка (Vasilyevka), seldom Василовка. Both are kept where both are in use. The
# word may end a hyphenated name (Дубово-Василівка -> Дубово-Васильевка).
_FIRST_NAME_WORDS: dict[str, tuple[str, ...]] = {
    "Василівка": ("Васильевка", "Василовка"),
    "Дмитрівка": ("Дмитровка", "Дмитриевка"),
    "Григорівка": ("Григоровка", "Григорьевка"),
    "Катеринівка": ("Катериновка", "Екатериновка"),  # Екатерина, the official form
}

_LETTERS = str.maketrans({"є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г"})
CYRILLIC_NAME = re.compile(r"[А-ЯЁІЇЄҐа-яёіїєґ'ʼ’ -]+")
"""A name in Cyrillic letters (words, apostrophes, hyphens, spaces)."""
UKRAINIAN_LETTERS = re.compile(r"[ІіЇїЄєҐґ]")
"""The letters only Ukrainian has: a name with one is not Russian."""


def _russian_prefix(part: str) -> str:
    for ukrainian, russian in _PREFIXES:
        if part.startswith(ukrainian):
            return russian + part[len(ukrainian) :]
    return part


def _word_forms(word: str, *, before_noun: bool) -> tuple[str, ...]:
    # each part of a hyphenated name: Рай-Олександрівка -> Рай-Александровка
    word = "-".join(_russian_prefix(part) for part in word.split("-"))
    head, hyphen, last = word.rpartition("-")
    if last in _FIRST_NAME_WORDS:
        return tuple(head + hyphen + form for form in _FIRST_NAME_WORDS[last])
    lower = word.lower()
    # "Василівка Перша": a noun in -вка before an ordinal is no adjective
    if before_noun and not lower.endswith("вка"):
        adjective = _ADJECTIVE.match(lower)
        if adjective:
            stem = _VERB_PREFIX.sub("Раз", word[: len(adjective.group(1))])
            ending = "ая" if adjective.group(2) == "а" else "ое"
            return (stem.replace("ськ", "ск").replace("цьк", "цк") + ending,)
    for ukrainian, endings in _ENDINGS:
        if lower.endswith(ukrainian) and len(lower) > len(ukrainian) + 1:
            stem = _VERB_PREFIX.sub("Раз", word[: -len(ukrainian)])
            return tuple(stem + ending for ending in endings)
    return (word,)


def russian_forms(name: str) -> list[str]:
    """The Russian forms of a Ukrainian place name written in Cyrillic, if it has any.

    Parameters
    ----------
    name : str
        A Ukrainian name in Cyrillic. Names with no Ukrainian letter and no ending
        that changes, and names in Latin letters, give no form.

    Returns
    -------
    list of str
        The Russian forms, each different from ``name``, in a stable order.

    Examples
    --------
    >>> russian_forms("Гончарівка")
    ['Гончаровка']
    >>> russian_forms("Катеринівка")  # a first name's village: the official form too
    ['Катериновка', 'Екатериновка']
    >>> russian_forms("Гришине")
    ['Гришино']
    >>> russian_forms("Степова Новоселівка")
    ['Степовая Новоселовка']
    >>> russian_forms("Кучерів Яр")
    ['Кучеров Яр']
    >>> russian_forms("Миколаївка")
    ['Николаевка']
    >>> russian_forms("Роздолівка")
    ['Раздоловка']
    >>> russian_forms("Рай-Олександрівка")  # a first name after a hyphen
    ['Рай-Александровка']
    >>> russian_forms("Kupiansk")
    []
    """
    if not CYRILLIC_NAME.fullmatch(name):
        return []
    words = name.translate(_LETTERS).split(" ")
    per_word = [
        _word_forms(word, before_noun=index + 1 < len(words) and len(words[index + 1]) > 2)
        for index, word in enumerate(words)
    ]
    forms = [""]
    for options in per_word:
        forms = [f"{head} {option}".strip() for head in forms for option in options]
    return [form for form in dict.fromkeys(forms) if form != name]


# An і before a consonant: a root's (Зарічне); not a plural ending (Бердичі), nor before a
# vowel (Андріївка, read by the endings above).
_ROOT_I = re.compile("[іІ](?=[бвгґджзйклмнпрстфхцчшщь])")
_MAX_ROOT_I = 2  # a name with more has too many readings to add them all


def root_vowel_forms(form: str) -> list[str]:
    """The readings of a Russian form whose roots keep a Ukrainian і: е or о for each.

    A Ukrainian і of a root is a Russian е (Зарічне / Заречное, Рубіжне / Рубежное)
    or о (Вільне / Вольное) by the word's history, which no rule can tell: each
    reading is a spelling the Russian-language press may use. A form with more than
    two such letters gives none.

    Examples
    --------
    >>> root_vowel_forms("Рубіжное")
    ['Рубежное', 'Рубожное']
    >>> root_vowel_forms("Гончаровка")
    []
    """
    places = [m.start() for m in _ROOT_I.finditer(form)]
    if not places or len(places) > _MAX_ROOT_I:
        return []
    forms = [""]
    last = 0
    for at in places:
        lower = form[at] == "і"
        options = ("е", "о") if lower else ("Е", "О")
        forms = [f + form[last:at] + o for f in forms for o in options]
        last = at + 1
    return [f + form[last:] for f in forms]


_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ye", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi",
}  # fmt: skip
_YOTATED_E = re.compile(r"(?:(?<=^)|(?<=[\s'-])|(?<=[аеёиоуыэюяйьъ]))е", re.IGNORECASE)


def yotated_spelling(form: str) -> str | None:
    """A Latin spelling of a Russian form with *ye* for its yotated е, if it has one.

    Examples
    --------
    >>> yotated_spelling("Шаховое")
    'Shakhovoye'
    >>> yotated_spelling("Старая Николаевка")
    'Staraya Nikolayevka'
    >>> yotated_spelling("Гончаровка") is None
    True
    """
    if not _YOTATED_E.search(form):
        return None
    marked = _YOTATED_E.sub(lambda m: "\x00" if m.group().islower() else "\x01", form)
    out = []
    for char in marked:
        if char in "\x00\x01":
            out.append("ye" if char == "\x00" else "Ye")
            continue
        latin = _BGN.get(char.lower(), char)
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)
