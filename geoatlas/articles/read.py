"""Read articles from files, folders and corpora, with their metadata.

Inputs
------
- single-article files: ``.txt``, ``.md``, ``.html``/``.htm`` (the page goes
  through trafilatura, which drops navigation, banners and comments);
- corpora, one article per record: ``.jsonl``/``.ndjson`` (one JSON object a
  line) and ``.csv`` (``,`` ``;`` or tab separated), with a ``text`` column
  and optional ``id``, ``published``, ``url``, ``source``, ``title``;
- folders, walked recursively in sorted order (hidden entries skipped);
- a manifest (CSV or JSON) giving ``published``, ``source``, ``url`` and
  ``title`` per file name.

Every problem with one input (missing, empty, binary, undecodable, truncated,
too large, malformed record, impossible publication date...) becomes a
:class:`~geoatlas.records.Problem` naming the file (and the line or row of a
corpus); the other inputs are still read. Only a misuse of the API (a single
path where a list is expected, a wrong type) raises :class:`InputError`.

Identifiers
-----------
A file's article id is its name without extension; a corpus record's is its
``id`` column, else ``<corpus file stem>-<n>`` where ``n`` is the line number
(JSONL) or the 1-based data row (CSV). A second article with an id already
read is reported and skipped.

Text
----
``Article.text`` is the cleaned text (:func:`~geoatlas.articles.clean.clean_text`),
with ``\\n`` newlines and Unicode NFC; every later offset refers to it.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geoatlas.articles.clean import clean_text, normalize_text
from geoatlas.articles.published import find_published_in_html, scan_published
from geoatlas.config import Settings
from geoatlas.dates import resolve_date
from geoatlas.errors import InputError
from geoatlas.records import Article, Problem
from geoatlas.schema import PublishedFrom

__all__ = ["SUPPORTED_SUFFIXES", "ManifestRow", "iter_articles", "read_articles", "read_manifest"]

_TEXT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
_CORPUS_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv"})
SUPPORTED_SUFFIXES: frozenset[str] = _TEXT_SUFFIXES | _CORPUS_SUFFIXES
"""File extensions read as articles (case-insensitive)."""

_MANIFEST_COLUMNS = ("file", "published", "source", "url", "title")
_CORPUS_COLUMNS = ("id", "text", "published", "url", "source", "title")

# Encodings charset-normalizer may choose from. Left free it labels short
# French cp1252 text "cp1250" (measured: "Pokrovsk : l'armée recule." ->
# cp1250); French-first inputs are UTF-8, cp1252 or Latin-1, and Russian or
# Ukrainian ones cp1251 or KOI8.
_CANDIDATE_ENCODINGS = [
    "utf_8",
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "utf_16",
    "utf_32",
]
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """Metadata of one article file, from a manifest.

    ``published`` is None when the manifest gives no date or an unusable one;
    ``published_as_written`` keeps the value as written, so that an unusable
    date can be reported. ``row`` is the 1-based record number (CSV data row
    or JSON entry), for messages.
    """

    file: str
    published: dt.date | None = None
    published_as_written: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    row: int = 0


# --- small helpers --------------------------------------------------------


def _none_if_blank(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _parse_published(value: str) -> dt.date | None:
    """A metadata date: ISO ("2025-12-01", "2025-12-01T08:15:00Z") or a full written date."""
    text = value.strip()
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$", text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    date, precision = resolve_date(text, None)
    return date if precision == "day" else None


def _decode(data: bytes) -> tuple[str, str] | str:
    """Decode ``data``: ``(text, encoding)``, or a message saying why it cannot be.

    A byte order mark decides; otherwise NUL bytes mean a binary file; a
    strict UTF-8 decode that succeeds is taken as is (charset-normalizer
    would agree, and this costs nothing); anything else goes to
    charset-normalizer, restricted to :data:`_CANDIDATE_ENCODINGS`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), codecs.lookup(encoding).name
            except UnicodeDecodeError as error:
                return f"undecodable: starts with a {encoding} byte order mark but {error.reason}"
    if b"\x00" in data:
        return "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported where used: it is slow to load

    best = from_bytes(data, cp_isolation=_CANDIDATE_ENCODINGS).best()
    if best is None:
        return "undecodable: not UTF-8, and no known encoding (cp1252, Latin-1, cp1251...) fits"
    return str(best), codecs.lookup(best.encoding).name


# --- manifest ---------------------------------------------------------------


def _manifest_row(path: Path, number: int, record: Mapping[str, Any]) -> ManifestRow:
    file = _none_if_blank(record.get("file"))
    if file is None:
        raise InputError(f"{path}: manifest entry {number} has no 'file'")
    written = _none_if_blank(record.get("published"))
    return ManifestRow(
        file=Path(file.replace("\\", "/")).name,
        published=_parse_published(written) if written else None,
        published_as_written=written,
        source=_none_if_blank(record.get("source")),
        url=_none_if_blank(record.get("url")),
        title=_none_if_blank(record.get("title")),
        row=number,
    )


def _manifest_records(path: Path, text: str) -> list[Mapping[str, Any]]:
    if path.suffix.lower() == ".json":
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}: not valid JSON ({error})") from error
        items: list[Mapping[str, Any]]
        if isinstance(loaded, Mapping):
            items = [
                {"file": name, **(value if isinstance(value, Mapping) else {"published": value})}
                for name, value in loaded.items()
            ]
        elif isinstance(loaded, list):
            items = loaded
        else:
            raise InputError(f"{path}: a JSON manifest is a list of objects or a mapping by file")
        if not all(isinstance(item, Mapping) for item in items):
            raise InputError(f"{path}: every manifest entry must be an object with a 'file' key")
        return items
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "file" not in columns:
        raise InputError(
            f"{path}: a CSV manifest needs a 'file' column (columns: "
            f"{', '.join(_MANIFEST_COLUMNS)}); found {columns or 'no header'}"
        )
    return [
        {(k or "").strip().lower(): v for k, v in row.items()}
        for row in reader
        if any((v or "").strip() for v in row.values() if isinstance(v, str))
    ]


def read_manifest(path: str | os.PathLike[str]) -> dict[str, ManifestRow]:
    """Read a manifest: metadata per article file name.

    A CSV manifest has the columns ``file,published,source,url,title``
    (``file`` required); a JSON one is a list of such objects, or a mapping
    from file name to an object (or straight to a date). ``file`` is matched
    on the file name alone, so ``seeds/000.txt`` and ``000.txt`` are the same.

    Parameters
    ----------
    path : str or os.PathLike
        The manifest file.

    Returns
    -------
    dict of str to ManifestRow
        Keyed by file name, in manifest order.

    Raises
    ------
    InputError
        The manifest is missing, unreadable, malformed, or names a file twice.

    Examples
    --------
    >>> rows = read_manifest("seeds/manifest.csv")
    >>> rows["002_4127280d852a58a2.txt"].published
    datetime.date(2025, 12, 2)
    """
    manifest = Path(path)
    try:
        data = manifest.read_bytes()
    except OSError as error:
        raise InputError(f"{manifest}: cannot read the manifest ({error.strerror})") from error
    decoded = _decode(data)
    if isinstance(decoded, str):
        raise InputError(f"{manifest}: {decoded}")
    text = normalize_text(decoded[0])
    rows: dict[str, ManifestRow] = {}
    for number, record in enumerate(_manifest_records(manifest, text), start=1):
        row = _manifest_row(manifest, number, record)
        if row.file in rows:
            raise InputError(
                f"{manifest}: entries {rows[row.file].row} and {number} both describe {row.file!r}"
            )
        rows[row.file] = row
    return rows


# --- finding the files --------------------------------------------------------


def _same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    try:
        return a.samefile(b)
    except OSError:
        return False


def _looks_like_manifest(path: Path) -> bool:
    """A CSV with a ``file`` column and no ``text`` column describes files: not a corpus."""
    if path.suffix.lower() != ".csv":
        return False
    try:
        with path.open("rb") as handle:
            head = handle.readline(4096).decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    columns = {c.strip().strip('"').lower() for c in re.split(r"[,;\t]", head)}
    return "file" in columns and "text" not in columns


def _walk_folder(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
        )
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _expand_paths(
    paths: Iterable[str | os.PathLike[str]], manifest: Path | None, problems: list[Problem]
) -> Iterator[Path]:
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = [
                p
                for p in _walk_folder(path)
                if not _same_file(p, manifest) and not _looks_like_manifest(p)
            ]
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                problems.append(
                    Problem(
                        str(path),
                        f"unsupported file type {path.suffix or '(none)'!r}; expected one of "
                        f"{', '.join(sorted(SUPPORTED_SUFFIXES))}",
                    )
                )
                continue
            candidates = [path]
        elif path.exists():
            problems.append(Problem(str(path), "not a regular file or folder"))
            continue
        else:
            problems.append(Problem(str(path), "no such file or folder"))
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate


# --- one article --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Body:
    """What a format reader makes of a decoded file, before cleaning."""

    text: str
    removed: tuple[str, ...] = ()
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_FENCE = re.compile(r"^(?:```|~~~).*$", re.MULTILINE)
_MD_QUOTE = re.compile(r"^>[ \t]?", re.MULTILINE)


def _read_markdown(text: str) -> _Body:
    """Markdown to plain text: links keep their words, images and markup go."""
    removed: list[str] = []
    front = _FRONT_MATTER.match(text)
    if front:
        removed.append(front.group().strip())
        text = text[front.end() :]
    removed.extend(m.group() for m in _MD_IMAGE.finditer(text))
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    heading = _MD_HEADING.search(text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_FENCE.sub("", text)
    text = _MD_QUOTE.sub("", text)
    return _Body(text, tuple(removed), title=heading.group(1).strip() if heading else None)


def _truncation(html: str) -> str | None:
    """Why ``html`` looks cut short, or None."""
    tail = html.rstrip()
    if tail.rfind("<") > tail.rfind(">"):
        return "the HTML is cut in the middle of a tag"
    if re.search(r"<html\b", html, re.IGNORECASE) and not re.search(
        r"</html\s*>", html, re.IGNORECASE
    ):
        return "the HTML ends before </html>"
    return None


def _read_html(html: str) -> _Body | str:
    """The article of a page, via trafilatura; a message if none is found.

    trafilatura separates the main text from navigation, banners and the
    comment section; the comments it recognised are kept in ``removed``.
    """
    import trafilatura  # imported where used: heavy, and only pages need it

    # trafilatura and lxml may raise on pathological markup; one bad page must
    # not stop a run, so any failure becomes the article's problem.
    try:
        document = trafilatura.bare_extraction(
            html,
            include_comments=True,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:
        return f"trafilatura could not read the HTML ({type(error).__name__}: {error})"
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        return "no article text found in the HTML"
    try:
        published = find_published_in_html(html)
    except Exception:  # htmldate on malformed markup: the text rules remain
        published = None
    comments = (document.comments or "").strip()
    return _Body(
        text=document.text or "",
        removed=(comments,) if comments else (),
        title=_none_if_blank(document.title),
        url=_none_if_blank(document.url),
        source=_none_if_blank(document.sitename),
        published=published,
    )


def _build_article(
    *,
    article_id: str,
    body: _Body,
    where: str,
    path: Path,
    encoding: str | None,
    meta: Mapping[str, str | None],
    meta_published: tuple[dt.date, PublishedFrom] | None,
    problems: list[Problem],
) -> Article | None:
    """Clean ``body`` and date it; None (and a problem) if no article text is left."""
    text, removed = clean_text(normalize_text(body.text))
    if not text:
        problems.append(
            Problem(str(path), f"{where}no article text left after cleaning", article_id)
        )
        return None
    published: dt.date | None = None
    published_from: PublishedFrom = "none"
    if meta_published is not None:
        published, published_from = meta_published
    elif body.published is not None:
        published, published_from = body.published, "html"
    else:
        scan = scan_published(text)
        if scan.invalid is not None:
            problems.append(
                Problem(
                    str(path),
                    f"{where}the publication date line says {scan.invalid!r}, which is not a date",
                    article_id,
                )
            )
        if scan.date is not None:
            # A dateline or byline dates the article; a date it mentions only bounds it.
            published_from = "mentioned" if scan.rule == "latest" else "text"
            published = scan.date
    return Article(
        article_id=article_id,
        text=text,
        path=str(path),
        published=published,
        published_from=published_from,
        source=meta.get("source") or body.source,
        url=meta.get("url") or body.url,
        title=meta.get("title") or body.title,
        removed=body.removed + removed,
        encoding=encoding,
    )


def _manifest_date(
    row: ManifestRow | None, manifest: Path | None, problems: list[Problem]
) -> tuple[dt.date, PublishedFrom] | None:
    if row is None or row.published_as_written is None:
        return None
    if row.published is None:
        problems.append(
            Problem(
                str(manifest),
                f"entry {row.row} ({row.file}): published {row.published_as_written!r} is not a "
                "date (expected YYYY-MM-DD); the article is dated from its own metadata or text",
            )
        )
        return None
    return row.published, "manifest"


def _read_file(
    path: Path,
    row: ManifestRow | None,
    manifest: Path | None,
    settings: Settings,
    problems: list[Problem],
) -> Article | None:
    article_id = path.stem
    try:
        size = path.stat().st_size
        if size > settings.max_article_bytes:
            problems.append(
                Problem(
                    str(path),
                    f"too large: {size} bytes, over max_article_bytes="
                    f"{settings.max_article_bytes}; not read",
                    article_id,
                )
            )
            return None
        data = path.read_bytes()
    except OSError as error:
        problems.append(Problem(str(path), f"cannot read: {error.strerror}", article_id))
        return None
    if not data.strip():
        problems.append(Problem(str(path), "empty file", article_id))
        return None
    decoded = _decode(data)
    if isinstance(decoded, str):
        problems.append(Problem(str(path), decoded, article_id))
        return None
    raw, encoding = decoded
    raw = normalize_text(raw)
    if not raw.strip():
        problems.append(Problem(str(path), "empty file (only whitespace)", article_id))
        return None
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        truncated = _truncation(raw)
        page = _read_html(raw)
        if truncated is not None:
            kept = "read what could be read" if isinstance(page, _Body) else "nothing could be read"
            problems.append(Problem(str(path), f"truncated: {truncated}; {kept}", article_id))
        if isinstance(page, str):
            if truncated is None:
                problems.append(Problem(str(path), page, article_id))
            return None
        body = page
    elif suffix == ".md":
        body = _read_markdown(raw)
    else:
        body = _Body(raw)
    meta = {"source": row.source, "url": row.url, "title": row.title} if row else {}
    return _build_article(
        article_id=article_id,
        body=body,
        where="",
        path=path,
        encoding=encoding,
        meta=meta,
        meta_published=_manifest_date(row, manifest, problems),
        problems=problems,
    )


# --- corpora ------------------------------------------------------------------


def _corpus_article(
    path: Path,
    where: str,
    fallback_id: str,
    record: Mapping[str, Any],
    encoding: str,
    default_source: str | None,
    settings: Settings,
    problems: list[Problem],
) -> Article | None:
    article_id = _none_if_blank(record.get("id")) or fallback_id
    text = record.get("text")
    if not isinstance(text, str):
        problems.append(
            Problem(str(path), f"{where}no 'text' (a string) in this record; skipped", article_id)
        )
        return None
    if not text.strip():
        problems.append(Problem(str(path), f"{where}empty text; skipped", article_id))
        return None
    size = len(text.encode("utf-8"))
    if size > settings.max_article_bytes:
        problems.append(
            Problem(
                str(path),
                f"{where}too large: {size} bytes, over max_article_bytes="
                f"{settings.max_article_bytes}; skipped",
                article_id,
            )
        )
        return None
    meta_published: tuple[dt.date, PublishedFrom] | None = None
    written = _none_if_blank(record.get("published"))
    if written is not None:
        parsed = _parse_published(written)
        if parsed is None:
            problems.append(
                Problem(
                    str(path),
                    f"{where}published {written!r} is not a date (expected YYYY-MM-DD); "
                    "the article is dated from its text",
                    article_id,
                )
            )
        else:
            meta_published = (parsed, "corpus")
    meta = {
        "source": _none_if_blank(record.get("source")) or default_source,
        "url": _none_if_blank(record.get("url")),
        "title": _none_if_blank(record.get("title")),
    }
    return _build_article(
        article_id=article_id,
        body=_Body(text),
        where=where,
        path=path,
        encoding=encoding,
        meta=meta,
        meta_published=meta_published,
        problems=problems,
    )


def _iter_jsonl(
    path: Path, default_source: str | None, settings: Settings, problems: list[Problem]
) -> Iterator[Article]:
    """One JSON object a line, read line by line (JSON Lines is UTF-8 by definition)."""
    try:
        handle = path.open("rb")
    except OSError as error:
        problems.append(Problem(str(path), f"cannot read: {error.strerror}"))
        return
    with handle:
        records = 0
        for number, raw in enumerate(handle, start=1):
            where = f"line {number}: "
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            records += 1
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                problems.append(Problem(str(path), f"{where}not UTF-8; skipped"))
                continue
            except json.JSONDecodeError as error:
                problems.append(
                    Problem(
                        str(path),
                        f"{where}malformed JSON ({error.msg} at column {error.colno}); skipped",
                    )
                )
                continue
            if not isinstance(record, dict):
                problems.append(Problem(str(path), f"{where}not a JSON object; skipped"))
                continue
            article = _corpus_article(
                path,
                where,
                f"{path.stem}-{number}",
                record,
                "utf-8",
                default_source,
                settings,
                problems,
            )
            if article is not None:
                yield article
        if records == 0:
            problems.append(Problem(str(path), "empty corpus: no records"))


def _iter_csv(
    path: Path, default_source: str | None, settings: Settings, problems: list[Problem]
) -> Iterator[Article]:
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.append(Problem(str(path), f"cannot read: {error.strerror}"))
        return
    decoded = _decode(data) if data.strip() else "empty file"
    if isinstance(decoded, str):
        problems.append(Problem(str(path), decoded))
        return
    text, encoding = decoded
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t")
    except csv.Error:
        dialect = csv.excel
    # A long article exceeds csv's default field limit (128 KiB); raising the
    # process-wide limit to our own article limit is harmless.
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_article_bytes))
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    columns = [(c or "").strip().lower() for c in reader.fieldnames or []]
    if "text" not in columns:
        problems.append(
            Problem(
                str(path),
                f"CSV corpus without a 'text' column (found: {', '.join(columns) or 'no header'}; "
                f"expected {', '.join(_CORPUS_COLUMNS)})",
            )
        )
        return
    number = 0
    try:
        for number, row in enumerate(reader, start=1):
            record = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
            if not any((v or "").strip() for v in record.values() if isinstance(v, str)):
                continue
            article = _corpus_article(
                path,
                f"row {number}: ",
                f"{path.stem}-{number}",
                record,
                encoding,
                default_source,
                settings,
                problems,
            )
            if article is not None:
                yield article
    except csv.Error as error:
        problems.append(Problem(str(path), f"row {number + 1}: malformed CSV ({error}); stopped"))


# --- the public readers ---------------------------------------------------------


def _check_paths(paths: object) -> list[str | os.PathLike[str]]:
    if isinstance(paths, str | bytes | os.PathLike):
        raise InputError(
            f"paths must be a list of files or folders, not a single path: pass [{paths!r}]"
        )
    if not isinstance(paths, Iterable):
        raise InputError(f"paths must be a list of files or folders, got {type(paths).__name__}")
    checked = list(paths)
    for item in checked:
        if not isinstance(item, str | os.PathLike):
            raise InputError(f"each path must be a str or os.PathLike, got {item!r}")
    return checked


def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    manifest: str | os.PathLike[str] | None = None,
    settings: Settings | None = None,
    problems: list[Problem] | None = None,
) -> Iterator[Article]:
    """Read articles one at a time (see :func:`read_articles`).

    Problems are appended to ``problems`` as they are met; the manifest's
    rows for files that were not among the inputs are reported once the
    inputs are exhausted.

    Raises
    ------
    InputError
        At the call, for a misuse: ``paths`` a single path or not an
        iterable of paths, ``settings`` not a Settings, ``problems`` not a list.
    """
    checked = _check_paths(paths)
    if settings is not None and not isinstance(settings, Settings):
        raise InputError(f"settings must be a geoatlas Settings, got {type(settings).__name__}")
    if problems is not None and not isinstance(problems, list):
        raise InputError(f"problems must be a list, got {type(problems).__name__}")
    if manifest is not None and not isinstance(manifest, str | os.PathLike):
        raise InputError(f"manifest must be a path, got {manifest!r}")
    return _iter_articles(
        checked,
        Path(manifest) if manifest is not None else None,
        settings or Settings(),
        problems if problems is not None else [],
    )


def _iter_articles(
    paths: list[str | os.PathLike[str]],
    manifest: Path | None,
    settings: Settings,
    problems: list[Problem],
) -> Iterator[Article]:
    rows: dict[str, ManifestRow] = {}
    if manifest is not None:
        try:
            rows = read_manifest(manifest)
        except InputError as error:
            problems.append(Problem(str(manifest), f"manifest not used: {error}"))
    seen_names: set[str] = set()
    first_read: dict[str, str] = {}
    for path in _expand_paths(paths, manifest, problems):
        seen_names.add(path.name)
        row = rows.get(path.name)
        suffix = path.suffix.lower()
        articles: Iterable[Article | None]
        if suffix in {".jsonl", ".ndjson"}:
            articles = _iter_jsonl(path, row.source if row else None, settings, problems)
        elif suffix == ".csv":
            articles = _iter_csv(path, row.source if row else None, settings, problems)
        else:
            articles = [_read_file(path, row, manifest, settings, problems)]
        for article in articles:
            if article is None:
                continue
            if article.article_id in first_read:
                problems.append(
                    Problem(
                        str(path),
                        f"duplicate article id {article.article_id!r} (first read from "
                        f"{first_read[article.article_id]}); skipped",
                        article.article_id,
                    )
                )
                continue
            first_read[article.article_id] = str(path)
            yield article
    for name, row in rows.items():
        if name not in seen_names:
            problems.append(
                Problem(
                    str(manifest),
                    f"entry {row.row} names {name!r}, which is not among the input files",
                )
            )


def read_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    manifest: str | os.PathLike[str] | None = None,
    settings: Settings | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Read, clean and date the articles of files, folders and corpora.

    Parameters
    ----------
    paths : iterable of str or os.PathLike
        Files (``.txt``, ``.md``, ``.html``, ``.htm``, ``.jsonl``,
        ``.ndjson``, ``.csv``) and folders (walked recursively, sorted). A
        folder's CSV that has a ``file`` column and no ``text`` column is a
        manifest, not a corpus, and is skipped.
    manifest : str or os.PathLike, optional
        A CSV or JSON manifest (see :func:`read_manifest`). Its ``published``
        wins over every other source; ``source``, ``url`` and ``title`` win
        over the page's. For a corpus file, only its ``source`` is used (as
        the default of rows without one).
    settings : Settings, optional
        ``max_article_bytes`` bounds one article.

    Returns
    -------
    (list of Article, list of Problem)
        Articles in input order; one problem per bad input, naming the file
        (and line or row of a corpus).

    Notes
    -----
    The publication date comes from, in order: the manifest, the corpus
    ``published`` column, the HTML metadata, the cleaned text (a dateline, a
    byline, else the latest full date; see
    :func:`geoatlas.articles.published.scan_published`); otherwise the
    article is undated (``published=None``, ``published_from="none"``).

    Examples
    --------
    >>> articles, problems = read_articles(["seeds"], manifest="seeds/manifest.csv")
    >>> len(articles), problems
    (5, [])
    >>> articles[2].published, articles[2].published_from
    (datetime.date(2025, 12, 2), 'manifest')
    """
    problems: list[Problem] = []
    articles = list(iter_articles(paths, manifest=manifest, settings=settings, problems=problems))
    return articles, problems
