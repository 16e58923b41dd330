"""Drop what is not the article: banners, teasers, credits, reader comments.

Text copied from a news page carries page chrome that would otherwise reach
the map: reader comments name towns the article never mentions, a cookie
banner or a "Suivez-nous sur Telegram" line is noise, teaser headlines of
other articles make claims of their own. :func:`clean_text` drops them line
by line and returns what it dropped, so that a user can audit it.

The rules match an accent-folded, lower-cased copy of each line, so that the
same rules hold for text whose accents were stripped ("Repondre",
"Parametrer vos choix"). Datelines and bylines are kept: the publication
date is read from the cleaned text (see :mod:`geoatlas.articles.published`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

__all__ = ["clean_text", "normalize_text"]

_Label = Literal[
    "keep", "comments", "control", "banner", "button", "follow", "read_also", "teaser", "credit"
]

# "9 commentaires:", "Commentaires", "3 réactions", "Laisser un commentaire":
# the reader-comment section starts here and runs to the end of the page.
_COMMENTS_HEADER = re.compile(
    r"^(?:\d+\s+)?(?:commentaires?|comments?|reactions?)\s*:?$"
    r"|^(?:laisser|ajouter|poster|ecrire|publier|lire les)\s+(?:un|des|les)\s+commentaires?\b"
    r"|^(?:reagir|reagissez)\b.{0,40}$"
    r"|^les commentaires (?:hors sujet|sont (?:moderes|fermes|verifies))"
)
# Comment-thread controls (Blogger, WordPress) that can stray outside the section.
_COMMENT_CONTROLS = re.compile(
    r"^(?:repondre|supprimer|reponses?|repondresupprimer|signaler(?: un abus)?|j'aime"
    r"|charger plus(?: de commentaires)?|afficher (?:plus de|les) commentaires?)$"
)
_BANNER = re.compile(
    r"tout accepter|tout refuser|parametrer (?:vos|mes) choix"
    r"|gerer (?:mes|vos) (?:choix|preferences)"
    r"|continuer sans accepter|accepter et (?:fermer|continuer)|en cliquant sur"
    r"|\bcookies?\b.*\b(?:utilis\w*|accept\w*|refus\w*|traceurs?|consent\w*|depo\w*|politique"
    r"|parametr\w*|navigation|partenaires|savoir plus)\b"
    r"|\b(?:utilis\w*|accept\w*|refus\w*|traceurs?|consent\w*|depo\w*|politique|parametr\w*)\b.*"
    r"\bcookies?\b|politique de confidentialite|we use cookies|accept all|reject all|cookie policy"
)
# Every banner line holds one of these words: a cheap test before _BANNER,
# whose ".*" alternatives are slow on long paragraphs (str.find beats a regex here).
_BANNER_HINTS = ("cookie", "accept", "refus", "parametrer", "gerer", "cliquant", "confidentialite")
# Buttons of a consent banner ("OK", "Accepter"): only beside a banner line.
_BUTTON = re.compile(r"^(?:ok|accepter|refuser|j'accepte|fermer|x|×|continuer|valider)$")
_BUTTON_REACH = 2
_FOLLOW = re.compile(
    r"^(?:suivez|rejoignez|abonnez-vous|retrouvez)(?:-nous)?\b.{0,80}?"
    r"(?:\bsur|\b)\s*(?:telegram|twitter|x|facebook|instagram|vk|vkontakte|youtube|tiktok"
    r"|google news|whatsapp|odysee|rumble|linkedin|threads|bluesky)\b"
    r"|^partager(?: sur (?:facebook|twitter|x|telegram|whatsapp|linkedin))?$"
)
_FOLLOW_MAX_CHARS = 140
# "A lire aussi :" introduces the headline of another article on the next line.
_READ_ALSO = re.compile(
    r"^(?:a lire (?:aussi|egalement|encore)|lire (?:aussi|egalement)|a voir aussi|voir aussi"
    r"|sur le meme sujet|lire la suite|read more|related|en savoir plus)\b\s*:?\s*(?P<rest>.*)$"
)
_TEASER_MAX_CHARS = 250
# A line cut short by "…" is a teaser of another article (seed 003's tail).
_TRUNCATED_TEASER = re.compile(r"[^\s.!?»\"”]\s*…$")
_CREDIT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|credits?(?: photo)?\s*:|photo\s*:|source photo\s*:"
    r"|illustration\s*:)"
)
_CREDIT_MAX_CHARS = 150
_CAPTION = re.compile(r"\((?:image|photo) d'illustration\)\.?$")
_CAPTION_MAX_CHARS = 200
# "...d'encerclement»© Sputnik / Viktor Antonyuk": a credit stuck to the end of a line.
_INLINE_CREDIT = re.compile(r"\s*©[^©\n]{1,80}$")
_DUPLICATE_MIN_CHARS = 20


# Combining diacritics: what NFKD splits off French (and Cyrillic) letters.
_COMBINING = re.compile(r"[\u0300-\u036f]")
_SPACES = re.compile(r"\s+")
# Not "\n{3,}": a pattern that starts with a literal is searched for many times faster.
_BLANK_LINES = re.compile(r"\n\n\n+")


def _fold(line: str) -> str:
    """Accent-free, lower-case, with one kind of apostrophe and single spaces."""
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", line.lower()))
    return _SPACES.sub(" ", folded.replace("’", "'").replace("ʼ", "'")).strip()


_ASCII = bytes(range(128))
_OTHER_ASCII_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"  # str.split() splits on these too


def _fold_lines(text: str) -> list[str]:
    """:func:`_fold` of every line, with the text-wide steps done once for the whole text."""
    whole = text.lower()
    # NFKD and the marks' removal, one distinct non-ASCII character at a time (an article
    # has a few dozen): as on the whole text, unless NFKD would reorder the marks it keeps.
    others = whole.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    plain = {
        char: _COMBINING.sub("", unicodedata.normalize("NFKD", char))
        for char in set(others.decode("utf-8", "surrogatepass"))
    }
    if any(unicodedata.combining(c) for folded in plain.values() for c in folded):
        whole = _COMBINING.sub("", unicodedata.normalize("NFKD", whole))
    else:
        for char, folded in plain.items():
            if folded != char:
                whole = whole.replace(char, folded)
    whole = whole.replace("’", "'").replace("ʼ", "'")
    lines = whole.split("\n")
    if any(c in whole for c in _OTHER_ASCII_SPACES) or any(
        c.isspace() and c != " " for folded in plain.values() for c in folded
    ):
        return [" ".join(line.split()) for line in lines]
    # Plain spaces only: a line without a double one needs no split.
    return [" ".join(line.split()) if "  " in line else line.strip(" ") for line in lines]


def _label_line(folded: str, line: str) -> _Label:
    """What one non-empty line is, on its own."""
    if any(hint in folded for hint in _BANNER_HINTS) and _BANNER.search(folded):
        return "banner"
    if _BUTTON.match(folded):
        return "button"
    if _COMMENT_CONTROLS.match(folded):
        return "control"
    if len(folded) <= _FOLLOW_MAX_CHARS and _FOLLOW.search(folded):
        return "follow"
    if _READ_ALSO.match(folded):
        return "read_also"
    if len(folded) <= _CREDIT_MAX_CHARS and _CREDIT.match(folded):
        return "credit"
    if len(folded) <= _CAPTION_MAX_CHARS and "illustration" in folded and _CAPTION.search(folded):
        return "credit"
    stripped = line.strip()
    # The plain tests first: these searches try every position of the line.
    if (
        len(stripped) <= _TEASER_MAX_CHARS
        and stripped.endswith("…")
        and _TRUNCATED_TEASER.search(stripped)
    ):
        return "teaser"
    return "keep"


def _is_teaser_headline(line: str) -> bool:
    """The line after "A lire aussi :": a headline, short and without a final period."""
    stripped = line.strip()
    return len(stripped) <= _TEASER_MAX_CHARS and not stripped.endswith(".")


def _label_lines(lines: list[str], folded: list[str]) -> list[_Label]:
    labels: list[_Label] = ["keep"] * len(lines)
    comments_from = next(
        (i for i, f in enumerate(folded) if f and _COMMENTS_HEADER.match(f)), len(lines)
    )
    for i in range(comments_from, len(lines)):
        labels[i] = "comments"
    expect_headline = False
    for i in range(comments_from):
        if not folded[i]:
            continue
        if expect_headline and _is_teaser_headline(lines[i]):
            labels[i] = "teaser"
            expect_headline = False
            continue
        expect_headline = False
        labels[i] = _label_line(folded[i], lines[i])
        if labels[i] == "read_also":
            match = _READ_ALSO.match(folded[i])
            expect_headline = match is not None and len(match.group("rest")) < 3
    # A lone "OK" is a banner button only next to a banner.
    non_empty = [i for i in range(comments_from) if folded[i]]
    for position, i in enumerate(non_empty):
        if labels[i] != "button":
            continue
        near = non_empty[max(0, position - _BUTTON_REACH) : position + _BUTTON_REACH + 1]
        labels[i] = "banner" if any(labels[j] == "banner" for j in near) else "keep"
    return labels


# A word a press reader or a PDF broke at a line's end: "ukrai‐ niennes", "Ly‐\nman" (the
# hyphen U+2010, then a space or a newline) or a soft hyphen, before a lower-case letter.
# The ASCII hyphen stays: "Kostiantynivka- et" is too rare a break to risk compounds.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])(?:\u2010\s+|\u00ad\s*)(?=[a-zß-ÿœ])")


def normalize_text(text: str) -> str:
    r"""One form for the text of every input: ``\n`` newlines, NFC, broken words joined.

    Offsets and matching then see one form of each letter, and a town broken
    at a line's end ("Ly‐ man", in a press reader's copy) is one word again.

    Examples
    --------
    >>> normalize_text("Les forces ukrai\u2010 niennes sont entrées dans Ly\u2010\r\nman.")
    'Les forces ukrainiennes sont entrées dans Lyman.'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BROKEN_WORD.sub("", text) if ("\u2010" in text or "\u00ad" in text) else text


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Cut what is not the article out of ``text``.

    Dropped: cookie and consent banners, "Suivez ... sur Telegram" lines,
    "A lire aussi :" markers and the headline after them, teaser lines cut
    short by "…", image credits ("© AFP/Getty Images") and captions, lines
    repeated verbatim (a title shown twice), and the reader-comment section
    from its header ("9 commentaires:") to the end. The article's own lines
    are kept as written, bylines and datelines included.

    Parameters
    ----------
    text : str
        An article as read (any newline convention).

    Returns
    -------
    (str, tuple of str)
        The article body (lines joined by ``\\n``, at most one blank line in
        a row, no leading or trailing blank), and the pieces cut, in text
        order (the comment section as one piece).

    Examples
    --------
    >>> body, removed = clean_text("Pokrovsk est tombée.\\n© AFP\\n2 commentaires:\\nRépondre")
    >>> body
    'Pokrovsk est tombée.'
    >>> removed
    ('© AFP', '2 commentaires:\\nRépondre')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    folded = _fold_lines(text)
    labels = _label_lines(lines, folded)
    kept: list[str] = []
    removed: list[str] = []
    seen: set[str] = set()
    comments = [line for line, label in zip(lines, labels, strict=True) if label == "comments"]
    for line, key, label in zip(lines, folded, labels, strict=True):
        if label == "comments":
            continue
        if label != "keep":
            removed.append(line.strip())
            continue
        credit = _INLINE_CREDIT.search(line) if "©" in line else None
        if credit and credit.start() > 0:
            removed.append(credit.group().strip())
            line = line[: credit.start()]
            key = _fold(line)
        if len(key) >= _DUPLICATE_MIN_CHARS and key in seen:
            removed.append(line.strip())
            continue
        seen.add(key)
        kept.append(line.rstrip())
    section = "\n".join(comments).strip()
    if section:
        removed.append(section)
    body = _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()
    return body, tuple(removed)
