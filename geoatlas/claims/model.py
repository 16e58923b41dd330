"""A linear reader of each town an article names: the claims the rules leave unread.

The rules (:mod:`geoatlas.claims.rules`) are precise, but on fresh press text
they miss about half of what a careful reader takes from it: phrasings no rule
knows, fights told around a town rather than in it, a defender's hold that a
reader infers. This module scores every (article, theatre town) pair with one
logistic regression per (class, side): taken, withdrawn, held, fighting and
denied, each by RU or UA. Its features are

- the words of the sentences that name the town, and the words and word
  pairs just before and after the town apart (the town itself is ``qtownq``, another
  town ``otownq``);
- the cues (:data:`geoatlas.claims.cues.CUES`) in those sentences, whether or
  not a rule tied them to the town, and on which side of the town they are;
- what the rules concluded about the town (``rule:held:UA``, ``rule:none``).

Where a class scores at or above its threshold and the rules gave the town no
claim of that class, the model adds one claim for the likelier side, flagged by
the cue ``"model"``, quoted from the sentence that scores highest, with the
claimant and the date read from that sentence as for any claim.

The weights (``data/claims_model.json``) are trained by
``benchmarks/train_claims_model.py`` (scikit-learn's ``LogisticRegression``:
the well-kept implementation, used only to train) on hand-annotated French
press excerpts (the shipped ones on held-out sets 171-220, each read by the
rules of the code that measured it blind, which had not been written from it);
reading them needs only numpy. The training texts are
third-party and stay out of the repository; the script takes any corpus in
the format of ``benchmarks/measure_claims.py``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from geoatlas.claims.rules import CueHit, sentence_cues
from geoatlas.errors import ClaimsModelError
from geoatlas.records import Claim, Mention

__all__ = [
    "CLASSES",
    "LABELS",
    "STATUS_CLASSES",
    "ClaimModel",
    "TownReading",
    "class_of",
    "load_model",
    "read_towns",
]

CLASSES: Final = ("taken", "withdrawn", "held", "fighting", "denied")
LABELS: Final = tuple((c, side) for c in CLASSES for side in ("RU", "UA"))
STATUS_CLASSES: Final[dict[str, str]] = {
    "captured": "taken",
    "recaptured": "taken",
    "withdrawn": "withdrawn",
    "held": "held",
    "contested": "fighting",
    "encircled": "fighting",
    "denied": "denied",
}

_WORD: Final = re.compile(r"[a-z0-9]+")
_TOWN: Final = "qtownq"
_OTHER_TOWN: Final = "otownq"
_WINDOW: Final = 8  # words either side of the town read apart
_PAIR_WINDOW: Final = 4  # word pairs either side of the town read apart
_NEAR: Final = 60  # characters: a cue this close to the town is "near" it
_HEDGE_REACH: Final = 100  # characters either side of the town searched for a hedge
# words either side searched for a hedge; 8 missed "ne permettra à X d'accorder Y à Z (même
# pas W)", 12 cost recall leaving each set out (0.679 against 0.680)
_HEDGE_WORDS: Final = 10
_CLAUSE_MARK: Final = re.compile(r"[,;:]")
# A future, a condition or an attempt: the "sur le point de tomber", "pourrait",
# "à venir", "tente de prendre". Narrower than the rules' HEDGE_BEFORE, which is read
# against a cue: the press's reporting conditional ("auraient pris") is no hedge, and
# "presque", "partiellement" make a fight, which the model reads from the words.
_HEDGE: Final = re.compile(
    r"\bsur\s+le\s+point\s+(?:de|d')|\bpourr(?:a|ont|ait|aient)\b|\ba\s+venir\b|"
    r"\btent(?:e|ent|ait|aient|ant|er)\s+(?:de|d')|\btentatives?\s+(?:de|d')|"
    r"\bcherch(?:e|ent|ait|aient|ant|er)\s+a\b|\bs'appret\w*\s+a\b|\bimminente?s?\b|"
    r"\b(?:sera|seront|aura|auront|devrait|devraient)\b|\bsi\b|"
    # "va tomber", "va-t-elle tomber", "vont prendre"
    r"\b(?:va|vont)(?:-t-(?:il|elle|ils|elles))?\s+(?:[a-z]+\s+)?[a-z]+(?:er|ir|re)\b|"
    # any future: "tombera", "finira", "prendra", "ne permettra jamais"
    r"\b[a-z]{3,}(?:era|eront|ira|iront|dra|dront|tra|tront)\b"
)


def class_of(status: str) -> str:
    """The class of a status: captured and recaptured are "taken", and so on.

    >>> class_of("recaptured"), class_of("encircled")
    ('taken', 'fighting')
    """
    return STATUS_CLASSES[status]


@dataclass(frozen=True, slots=True)
class TownReading:
    """What the model reads of one town in one article.

    ``sentences`` pairs each mention that opens a sentence naming the town
    with that sentence's features; ``features`` is their union with what the
    rules concluded (``rules``: the (class, side) of the rule claims).
    """

    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[Mention, frozenset[str]], ...]
    rules: frozenset[tuple[str, str | None]]
    features: frozenset[str]
    controllers: frozenset[str] = frozenset()  # the controllers the rules' claims give


def read_towns(
    folded: str,
    mentions: Sequence[Mention],
    claims: Iterable[Claim],
    landmarks: Container[int],
) -> list[TownReading]:
    """The reading of every theatre town among ``mentions``, in text order.

    ``folded`` is :func:`~geoatlas.claims.rules.fold_text` of the article's
    text; ``mentions`` are all of the article's place mentions (other towns
    matter to the features); ``claims`` are the rules' claims; ``landmarks``
    holds where the towns the rules read as landmarks start ("à 32 km de X";
    "près de X, Y et Z": all three).
    """
    towns = sorted(
        (m for m in mentions if m.kind == "town" and m.place is not None), key=lambda m: m.start
    )
    by_place: dict[int, list[Mention]] = {}
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for mention in towns:
        assert mention.place is not None
        by_sentence.setdefault((mention.sentence_start, mention.sentence_end), []).append(mention)
        if mention.place.theatre:
            by_place.setdefault(mention.place.geonameid, []).append(mention)
    ruled: dict[int, set[tuple[str, str | None]]] = {}
    controllers: dict[int, set[str]] = {}
    for claim in claims:
        ruled.setdefault(claim.place.geonameid, set()).add((class_of(claim.status), claim.actor))
        if claim.controller is not None:
            controllers.setdefault(claim.place.geonameid, set()).add(claim.controller)
    readings = []
    first_break = folded.find("\n")
    headline_end = len(folded) if first_break < 0 else first_break
    for place_id, named in by_place.items():
        per_sentence: dict[tuple[int, int], tuple[Mention, frozenset[str]]] = {}
        for mention in named:
            span = (mention.sentence_start, mention.sentence_end)
            # A landmark ("à 32 km de X", "près de X, Y et Z") says nothing of the town.
            if (
                span not in per_sentence
                and mention.start not in landmarks
                and not _is_hedged(folded, mention)
                # "les régions de Kharkiv et Dnipropetrovsk": the region, not the town
                and not _REGION_OF.search(folded, max(0, mention.start - 20), mention.start)
            ):
                cues = sentence_cues(folded, *span)  # the rules' search, cached
                found = _sentence_features(folded, span, place_id, by_sentence[span], cues)
                if span[0] <= headline_end:
                    found.add("first_line")  # the headline, or a one-paragraph article's opening
                per_sentence[span] = (mention, frozenset(found))
        rules = frozenset(ruled.get(place_id, ()))
        features: set[str] = set()
        for _, read in per_sentence.values():
            features |= read
        for status_class, side in rules:
            features.add(f"rule:{status_class}:{side}")
            features.add(f"rulec:{status_class}")
        if not rules:
            features.add("rule:none")
        features.add(f"sentences:{min(len(per_sentence), 4)}")
        readings.append(
            TownReading(
                mentions=tuple(named),
                sentences=tuple(per_sentence.values()),
                rules=rules,
                features=frozenset(features),
                controllers=frozenset(controllers.get(place_id, ())),
            )
        )
    return readings


_REGION_OF: Final = re.compile(r"\b(?:regions?|oblasts?|provinces?)\s+(?:de|d'|du)\s*$")


# "Pokrovsk n'est plus qu'à une dizaine de kilomètres des troupes russes": the town is the
# subject of a distance, which says nothing of who holds it (as "à 10 km de X" says nothing).
_DISTANCE_AFTER: Final = re.compile(
    r"\s*(?:n'(?:est|etait)|est|etait|se\s+trouve|se\s+situe|reste)\s+"
    r"(?:(?:plus|desormais|maintenant|deja|encore|seulement|toujours)\s+)*(?:qu'|que\s+)?"
    r"a\s+(?:[\w-]+\s+){1,3}(?:km|kilometres?|metres?)\b"
)


def _is_hedged(folded: str, mention: Mention) -> bool:
    """Whether the words around a town tell a future, a condition or an attempt, or only
    how far it is (:data:`_DISTANCE_AFTER`).

    "X et Y sont sur le point de tomber", "pourrait prendre X": no fact about X.
    """
    before = folded[max(mention.sentence_start, mention.start - _HEDGE_REACH) : mention.start]
    before = _CLAUSE_MARK.split(before)[-1]
    after = folded[mention.end : min(mention.sentence_end, mention.end + _HEDGE_REACH)]
    around = (
        " ".join(before.split()[-_HEDGE_WORDS:]) + " # " + " ".join(after.split()[:_HEDGE_WORDS])
    )
    return _HEDGE.search(around) is not None or bool(_DISTANCE_AFTER.match(after))


def _sentence_features(
    folded: str,
    span: tuple[int, int],
    place_id: int,
    towns: Sequence[Mention],
    cues: Sequence[CueHit],
) -> set[str]:
    """The words, word pairs and cues of one sentence, as seen from one town in it.

    ``towns`` are the sentence's town mentions, in text order.
    """
    start, end = span
    pieces: list[str] = []
    here: list[int] = []  # where the town is named in the sentence
    last = start
    for town in towns:
        if not start <= town.start < end or town.start < last:
            continue
        assert town.place is not None
        same = town.place.geonameid == place_id
        pieces.append(folded[last : town.start])
        pieces.append(f" {_TOWN if same else _OTHER_TOWN} ")
        if same:
            here.append(town.start)
        last = town.end
    pieces.append(folded[last:end])
    words = _WORD.findall("".join(pieces))
    features = set(words)  # a word of the sentence is its own feature name
    for i in (i for i, w in enumerate(words) if w == _TOWN):
        features.update("l:" + w for w in words[max(0, i - _WINDOW) : i])
        features.update("r:" + w for w in words[i + 1 : i + 1 + _WINDOW])
        for j in range(max(0, i - _PAIR_WINDOW), i - 1):
            features.add(f"lb:{words[j]}_{words[j + 1]}")
        for j in range(i + 1, min(len(words) - 1, i + 1 + _PAIR_WINDOW)):
            features.add(f"rb:{words[j]}_{words[j + 1]}")
    for hit in cues:
        name = hit.cue.name
        nearest = min(here, key=lambda p: abs(p - hit.start))
        side = "l" if hit.start < nearest else "r"
        features.add("cue:" + name)
        features.add(f"cue{side}:{name}")
        if abs(hit.start - nearest) < _NEAR:
            features.add(f"cuen{side}:{name}")
    return features


@dataclass(frozen=True)
class ClaimModel:
    """Trained weights: one logistic regression per label of :data:`LABELS`.

    ``weights`` has one row per feature of ``index`` and one column per label;
    ``thresholds`` gives, per class, the probability at which a claim is added.
    """

    index: dict[str, int]
    weights: npt.NDArray[np.float64]
    intercepts: npt.NDArray[np.float64]
    thresholds: dict[str, float]

    def probabilities(self, features: Iterable[str]) -> npt.NDArray[np.float64]:
        """The probability of each label of :data:`LABELS` for one town's features."""
        return 1.0 / (1.0 + np.exp(-self.scores(features)))

    def additions(self, reading: TownReading) -> list[tuple[int, float]]:
        """The labels (index into :data:`LABELS`, probability) the model adds to the rules'.

        One side per class, the likelier, at or above the class's threshold,
        for a class the rules gave the town no claim of; none for a town named
        only as a landmark or in a hedge. A hold by the side the rules already
        give the town (its taker, or the encircled defender) says nothing more;
        a claim that gives the town to a side the rules do not is left out.
        """
        if not reading.sentences:
            return []
        probabilities = self.probabilities(reading.features)
        read = {status_class for status_class, _ in reading.rules}
        added = []
        for status_class in CLASSES:
            if status_class in read:
                continue
            ru, ua = LABELS.index((status_class, "RU")), LABELS.index((status_class, "UA"))
            label = ru if probabilities[ru] >= probabilities[ua] else ua
            side = LABELS[label][1]
            if status_class == "held" and side in reading.controllers:
                continue  # what the rules' capture or encirclement already says
            ruled = reading.controllers - {"contested"}
            # The side that holds the town after a taking, a hold or a denial is the
            # actor's; after a withdrawal, the other's.
            holder = side if status_class != "withdrawn" else ("UA" if side == "RU" else "RU")
            if ruled and status_class != "fighting" and holder not in ruled:
                continue  # against every side the rules give the town: theirs stands
            if probabilities[label] >= self.thresholds[status_class]:
                added.append((label, float(probabilities[label])))
        return added

    def scores(self, features: Iterable[str]) -> npt.NDArray[np.float64]:
        """The linear score of each label (intercept included)."""
        index = self.index
        # One intersection, in C; sorted, so that the sum is the same on every run.
        rows = sorted(index[name] for name in index.keys() & features)
        total: npt.NDArray[np.float64] = self.intercepts + self.weights[rows].sum(axis=0)
        return total

    def evidence(self, features: Iterable[str], label: int) -> float:
        """How much ``features`` (one sentence's) speak for ``label``."""
        return math.fsum(
            float(self.weights[self.index[f], label]) for f in features if f in self.index
        )

    def to_json(self) -> dict[str, object]:
        """The JSON object :func:`load_model` reads."""
        names = sorted(self.index, key=self.index.__getitem__)
        return {
            "labels": [f"{c}:{side}" for c, side in LABELS],
            "thresholds": self.thresholds,
            "intercepts": [round(float(x), 5) for x in self.intercepts],
            "weights": {
                name: [round(float(x), 5) for x in self.weights[self.index[name]]] for name in names
            },
        }


@lru_cache(maxsize=4)
def load_model(path: Path) -> ClaimModel:
    """Read the weights :func:`ClaimModel.to_json` wrote.

    Raises
    ------
    ClaimsModelError
        When ``path`` does not exist or is not such a model, naming the file
        (``Settings(claims_model=False)``, or ``--rules-only``, reads with the
        rules alone).
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ClaimsModelError(
            f"{path}: no claims model there (it ships in geoatlas' data folder, or in "
            "$GEOATLAS_DATA; --rules-only reads without it)"
        ) from None
    except (OSError, ValueError) as error:
        raise ClaimsModelError(f"{path}: not a geoatlas claims model ({error})") from None
    try:
        labels = [tuple(label.split(":")) for label in raw["labels"]]
        if labels != [tuple(label) for label in LABELS]:
            raise ValueError(f"labels {raw['labels']} are not {list(LABELS)}")
        names = list(raw["weights"])
        weights = np.array([raw["weights"][n] for n in names], dtype=np.float64)
        weights = weights.reshape(len(names), len(LABELS))
        thresholds = {str(c): float(t) for c, t in raw["thresholds"].items()}
        if set(thresholds) != set(CLASSES):
            raise ValueError(f"thresholds for {sorted(thresholds)}, not {sorted(CLASSES)}")
        return ClaimModel(
            index={n: i for i, n in enumerate(names)},
            weights=weights,
            intercepts=np.array(raw["intercepts"], dtype=np.float64).reshape(len(LABELS)),
            thresholds=thresholds,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ClaimsModelError(f"{path}: not a geoatlas claims model ({error})") from None
