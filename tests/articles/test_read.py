"""Reading articles from files, folders, corpora and manifests (geoatlas.articles.read)."""

from __future__ import annotations

import csv
import datetime as dt
import doctest
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import geoatlas.articles.read
from geoatlas.articles import iter_articles, read_articles, read_manifest
from geoatlas.config import Settings
from geoatlas.errors import InputError
from geoatlas.records import Article, Problem

D = dt.date
ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
MANIFEST = SEEDS / "manifest.csv"
DATA = ROOT / "tests" / "data" / "articles"
SEED_IDS = [
    "000_dfc8cb2fcdb21a87",
    "001_8531ec7e74cd07b7",
    "002_4127280d852a58a2",
    "003_a6c409483e480484",
    "004_36e5151ab0603369",
]


def _by_id(articles: list[Article]) -> dict[str, Article]:
    return {a.article_id: a for a in articles}


def _only(problems: list[Problem], path: Path) -> Problem:
    """The single problem about ``path``."""
    found = [p for p in problems if Path(p.path) == path]
    assert len(found) == 1, problems
    return found[0]


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    previous = Path.cwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(previous)


# --- the seeds --------------------------------------------------------------


def test_seeds_with_manifest_take_the_manifest_dates() -> None:
    articles, problems = read_articles([SEEDS], manifest=MANIFEST)
    assert problems == []
    assert [a.article_id for a in articles] == SEED_IDS
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        rows = {row["file"]: row for row in csv.DictReader(handle)}
    for article in articles:
        row = rows[f"{article.article_id}.txt"]
        assert article.published == D.fromisoformat(row["published"])
        assert article.published_from == "manifest"
        assert article.title == (row["title"] or None)
        assert article.source == (row["source"] or None)
        assert article.encoding == "utf-8"
        assert article.path == str(SEEDS / f"{article.article_id}.txt")


def test_seeds_without_manifest_are_dated_from_their_text() -> None:
    articles, problems = read_articles([SEEDS])
    assert problems == []  # manifest.csv in the folder is recognised and skipped
    by_id = _by_id(articles)
    assert list(by_id) == SEED_IDS
    dated = {a.article_id: (a.published, a.published_from) for a in articles}
    assert dated == {
        "000_dfc8cb2fcdb21a87": (None, "none"),
        "001_8531ec7e74cd07b7": (None, "none"),
        "002_4127280d852a58a2": (D(2025, 12, 2), "text"),  # its dateline
        "003_a6c409483e480484": (
            D(2025, 1, 5),
            "mentioned",
        ),  # the embedded post's date: a lower bound
        "004_36e5151ab0603369": (None, "none"),  # "Ce 1er octobre" has no year
    }
    assert all(a.title is None and a.source is None for a in articles)


def test_seed_texts_are_cleaned_and_offsets_refer_to_them() -> None:
    by_id = _by_id(read_articles([SEEDS], manifest=MANIFEST)[0])
    comments = by_id["002_4127280d852a58a2"]
    for town in ("Odessa", "Kherson", "Transnistrie", "Sébastopol"):
        assert town not in comments.text
        assert any(town in piece for piece in comments.removed)
    assert comments.text.count("Kharkov") == 1
    assert "Lundi, la Russie a officiellement annoncé" in comments.text
    rt = by_id["004_36e5151ab0603369"]
    assert "cookies" not in rt.text and "Tout Accepter" not in rt.text
    assert "Suivez RT" not in rt.text
    assert "Ce 1er octobre, le ministère russe de la Défense a déclaré" in rt.text
    teasers = by_id["003_a6c409483e480484"]
    assert "A lire aussi" not in teasers.text
    assert "Kolo Muani" not in teasers.text and "Xiaomi" not in teasers.text
    assert "la ville de Kourakhove, située à 32 km au sud de Pokrovsk" in teasers.text
    for article in by_id.values():
        start = article.text.index("Pokrovsk") if "Pokrovsk" in article.text else None
        if start is not None:
            assert article.text[start : start + 8] == "Pokrovsk"
        assert "\r" not in article.text


def test_reading_is_deterministic_and_follows_input_order() -> None:
    first = read_articles([SEEDS])[0]
    again = read_articles([SEEDS])[0]
    assert first == again
    files = [SEEDS / f"{i}.txt" for i in reversed(SEED_IDS)]
    assert [a.article_id for a in read_articles(files)[0]] == list(reversed(SEED_IDS))


def test_a_file_given_twice_is_read_once() -> None:
    articles, problems = read_articles([SEEDS / f"{SEED_IDS[0]}.txt", SEEDS])
    assert [a.article_id for a in articles] == [SEED_IDS[0], *SEED_IDS[1:]]
    assert problems == []


def test_manifest_rows_for_missing_files_are_problems() -> None:
    articles, problems = read_articles([SEEDS / f"{SEED_IDS[2]}.txt"], manifest=MANIFEST)
    assert [a.published for a in articles] == [D(2025, 12, 2)]
    assert len(problems) == 4
    for problem, seed in zip(problems, [i for i in SEED_IDS if i != SEED_IDS[2]], strict=True):
        assert problem.path == str(MANIFEST)
        assert f"{seed}.txt" in problem.message
        assert "not among the input files" in problem.message


def test_iter_articles_streams_and_reports_into_the_given_list() -> None:
    problems: list[Problem] = []
    stream = iter_articles([SEEDS, ROOT / "nowhere"], problems=problems)
    first = next(stream)
    assert first.article_id == SEED_IDS[0]
    assert problems == []
    rest = list(stream)
    assert [a.article_id for a in rest] == SEED_IDS[1:]
    assert problems == [Problem(str(ROOT / "nowhere"), "no such file or folder")]


# --- the other formats ---------------------------------------------------------


def test_html_page_goes_through_trafilatura() -> None:
    articles, problems = read_articles([DATA / "page.html"])
    assert problems == []
    (page,) = articles
    assert page.article_id == "page"
    assert page.published == D(2025, 12, 3)
    assert page.published_from == "html"
    assert page.title == "Les forces russes disent avoir pris Vovtchansk"
    assert page.source == "Le Courrier du Front"
    assert page.url == "https://courrier-du-front.example/2025/12/03/vovtchansk"
    assert "a affirmé mardi que ses troupes avaient pris le contrôle de Vovtchansk" in page.text
    assert "en mai 2024." in page.text
    for chrome in ("Accueil", "S'abonner", "cookies", "Tout accepter", "Odessa", "Kherson"):
        assert chrome not in page.text
    assert any("Odessa" in piece and "Kherson" in piece for piece in page.removed)


def test_truncated_html_is_read_and_reported() -> None:
    path = DATA / "truncated.html"
    articles, problems = read_articles([path])
    problem = _only(problems, path)
    assert "truncated" in problem.message and "middle of a tag" in problem.message
    (page,) = articles
    assert "pris le contrôle de Vovtchansk" in page.text
    assert page.published == D(2025, 12, 3)


def test_jsonl_corpus() -> None:
    path = DATA / "wire.jsonl"
    articles, problems = read_articles([path])
    by_id = _by_id(articles)
    assert list(by_id) == ["kup-1", "wire-2", "rodynske"]
    kup = by_id["kup-1"]
    assert (kup.published, kup.published_from) == (D(2025, 11, 20), "corpus")
    assert (kup.source, kup.title) == ("Agence Exemple", "Koupiansk encerclée ?")
    assert kup.url == "https://agence.example/kup-1"
    assert kup.path == str(path)
    second = by_id["wire-2"]
    assert (second.published, second.published_from) == (D(2025, 11, 21), "corpus")
    assert "A lire aussi" not in second.text and "contre-offensive" not in second.text
    assert second.text.endswith("Le ministère russe n'a pas commenté.")
    # an impossible date in the column: reported, then the text's own date
    assert (by_id["rodynske"].published, by_id["rodynske"].published_from) == (
        D(2025, 12, 2),
        "mentioned",
    )
    messages = sorted((p.path, p.message.split(":")[0], p.article_id) for p in problems)
    assert messages == [
        (str(path), "line 3", None),
        (str(path), "line 4", "notext"),
        (str(path), "line 6", "rodynske"),
    ]
    assert "malformed JSON" in problems[0].message
    assert "no 'text'" in problems[1].message
    assert "'31 février 2025' is not a date" in problems[2].message


def test_csv_corpus() -> None:
    path = DATA / "agency.csv"
    articles, problems = read_articles([path])
    by_id = _by_id(articles)
    assert list(by_id) == ["myr-1", "agency-2"]
    myr = by_id["myr-1"]
    assert (myr.published, myr.published_from, myr.source) == (
        D(2025, 11, 28),
        "corpus",
        "Le Quotidien Exemple",
    )
    assert myr.text == (
        "Les forces russes affirment avoir atteint le centre de Myrnohrad.\n"
        "L'Ukraine parle d'une situation « difficile mais sous contrôle »."
    )
    # no id, no published: the byline in the text dates it
    assert (by_id["agency-2"].published, by_id["agency-2"].published_from) == (
        D(2025, 11, 30),
        "text",
    )
    assert problems == [Problem(str(path), "row 3: empty text; skipped", "empty")]


def test_csv_without_text_column_is_one_problem() -> None:
    path = DATA / "notext.csv"
    articles, problems = read_articles([path])
    assert articles == []
    assert _only(problems, path).message.startswith("CSV corpus without a 'text' column")
    assert "body" in problems[0].message


def test_semicolon_csv_in_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    content = "id;published;text\r\nk1;02/12/2025;Les troupes russes sont entrées à Koupiansk.\r\n"
    path.write_bytes(content.encode("cp1252"))
    articles, problems = read_articles([path])
    assert problems == []
    (article,) = articles
    assert article.article_id == "k1"
    assert article.text == "Les troupes russes sont entrées à Koupiansk."
    assert (article.published, article.encoding) == (D(2025, 12, 2), "cp1252")


def test_cp1252_with_crlf() -> None:
    articles, problems = read_articles([DATA / "cp1252_crlf.txt"])
    assert problems == []
    (article,) = articles
    assert article.encoding == "cp1252"
    assert "\r" not in article.text
    assert article.text.startswith("Koupiansk : l'armée ukrainienne dit tenir le centre-ville\n\n")
    assert "« Nos soldats tiennent leurs positions », a déclaré un porte-parole –" in article.text
    assert (article.published, article.published_from) == (D(2025, 11, 12), "text")
    assert article.removed == ("© Reuters",)


def test_utf8_with_bom() -> None:
    (article,), problems = read_articles([DATA / "utf8_bom.txt"])
    assert problems == []
    assert article.encoding == "utf-8-sig"
    assert article.text.startswith("Vovtchansk : combats")
    assert "\ufeff" not in article.text
    assert (article.published, article.published_from) == (D(2025, 10, 28), "mentioned")


def test_a_word_broken_at_a_line_end_is_read_whole(tmp_path: Path) -> None:
    # a press reader's copy: "Ly‐ man" (U+2010 and a space), as in a relay of Radio-Canada
    record = {"id": "r", "published": "2022-10-02",
              "text": "Les forces ukrai\u2010 niennes sont entrées dans Ly\u2010 man."}  # fmt: skip
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (article,), problems = read_articles([path])
    assert problems == []
    assert article.text == "Les forces ukrainiennes sont entrées dans Lyman."


def test_latin1() -> None:
    (article,), problems = read_articles([DATA / "latin1.txt"])
    assert problems == []
    # Latin-1 and cp1252 decode French letters alike; either name is right.
    assert article.encoding in {"cp1252", "iso8859-1", "iso8859-15"}
    assert "pénétré dans Siversk, à l'est de Kramatorsk" in article.text


def test_markdown() -> None:
    (article,), problems = read_articles([DATA / "note.md"])
    assert problems == []
    assert article.title == "Pokrovsk : la Russie revendique la prise de la ville"
    assert article.text == (
        "Pokrovsk : la Russie revendique la prise de la ville\n\n"
        "Le ministère russe de la Défense a annoncé dimanche la prise de Pokrovsk.\n\n"
        "« La ville est entièrement libérée », a affirmé Valeri Guerassimov."
    )
    assert "Suivez-nous sur Telegram" in article.removed


def test_json_manifest_over_fixtures() -> None:
    manifest = DATA / "manifest.json"
    files = [DATA / "cp1252_crlf.txt", DATA / "latin1.txt", DATA / "utf8_bom.txt"]
    articles, problems = read_articles(files, manifest=manifest)
    by_id = _by_id(articles)
    cp = by_id["cp1252_crlf"]
    assert (cp.published, cp.published_from) == (D(2025, 11, 13), "manifest")
    assert (cp.source, cp.url, cp.title) == (
        "Journal Exemple",
        "https://journal.example/koupiansk",
        "Koupiansk tient",
    )
    assert by_id["latin1"].published == D(2025, 11, 17)
    assert by_id["utf8_bom"].published_from == "mentioned"
    assert problems == [
        Problem(str(manifest), "entry 3 names 'absent.txt', which is not among the input files")
    ]


def test_the_fixture_folder_reads_every_format() -> None:
    articles, problems = read_articles([DATA], manifest=DATA / "manifest.json")
    ids = [a.article_id for a in articles]
    assert ids == [
        "myr-1",
        "agency-2",
        "bad_dateline",
        "cp1252_crlf",
        "latin1",
        "note",
        "page",
        "truncated",
        "utf8_bom",
        "kup-1",
        "wire-2",
        "rodynske",
    ]
    assert {Path(p.path).name for p in problems} == {
        "agency.csv",
        "bad_dateline.txt",
        "manifest.json",
        "notext.csv",
        "truncated.html",
        "wire.jsonl",
    }


# --- bad inputs -------------------------------------------------------------------


def test_impossible_dateline_is_a_problem_naming_the_file() -> None:
    path = DATA / "bad_dateline.txt"
    (article,), problems = read_articles([path])
    assert _only(problems, path).message == (
        "the publication date line says 'mardi 31 février 2025', which is not a date"
    )
    assert (article.published, article.published_from) == (None, "none")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"   \n\r\n\t ", "empty file"),
        (b"\xef\xbb\xbf  \n", "empty file (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not text"),
        (
            bytes(range(0x80, 0x100)) * 4,
            "undecodable: not UTF-8, and no known encoding (cp1252, Latin-1, cp1251...) fits",
        ),
        (
            b"\xef\xbb\xbf\xff\xfe texte",
            "undecodable: starts with a utf-8-sig byte order mark but invalid start byte",
        ),
        (
            "© AFP\nSuivez-nous sur Telegram\n".encode(),
            "no article text left after cleaning",
        ),
    ],
)
def test_bad_files_are_one_problem_each(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Les forces russes ont pris Pokrovsk lundi.", encoding="utf-8")
    articles, problems = read_articles([bad, good])
    assert [a.article_id for a in articles] == ["good"]
    assert problems == [Problem(str(bad), message, "bad")]


def test_huge_file_is_not_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("Pokrovsk. " * 200, encoding="utf-8")
    settings = Settings().with_(max_article_bytes=1000)
    articles, problems = read_articles([huge], settings=settings)
    assert articles == []
    assert problems == [
        Problem(
            str(huge),
            "too large: 2000 bytes, over max_article_bytes=1000; not read",
            "huge",
        )
    ]


def test_huge_corpus_record_is_skipped(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    lines = [{"id": "small", "text": "Kiev dément."}, {"id": "large", "text": "x" * 2000}]
    corpus.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    articles, problems = read_articles([corpus], settings=Settings().with_(max_article_bytes=1000))
    assert [a.article_id for a in articles] == ["small"]
    assert problems == [
        Problem(
            str(corpus),
            "line 2: too large: 2000 bytes, over max_article_bytes=1000; skipped",
            "large",
        )
    ]


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    missing = tmp_path / "missing.txt"
    articles, problems = read_articles([missing, pdf, SEEDS / f"{SEED_IDS[0]}.txt"])
    assert [a.article_id for a in articles] == [SEED_IDS[0]]
    assert problems[0] == Problem(str(missing), "no such file or folder")
    assert problems[1].path == str(pdf)
    assert problems[1].message.startswith("unsupported file type '.pdf'; expected one of")


def test_empty_jsonl_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "empty.jsonl"
    corpus.write_text("\n\n", encoding="utf-8")
    assert read_articles([corpus]) == ([], [Problem(str(corpus), "empty corpus: no records")])


def test_jsonl_line_that_is_not_an_object(tmp_path: Path) -> None:
    corpus = tmp_path / "odd.jsonl"
    corpus.write_text('["liste"]\n{"text": "Kiev dément."}\n', encoding="utf-8")
    articles, problems = read_articles([corpus])
    assert [a.article_id for a in articles] == ["odd-2"]
    assert problems == [Problem(str(corpus), "line 1: not a JSON object; skipped")]


def test_duplicate_ids_keep_the_first(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("Première version.", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("Seconde version.", encoding="utf-8")
    articles, problems = read_articles([tmp_path])
    assert [a.text for a in articles] == ["Première version."]
    assert problems == [
        Problem(
            str(tmp_path / "b" / "same.txt"),
            f"duplicate article id 'same' (first read from {tmp_path / 'a' / 'same.txt'}); skipped",
            "same",
        )
    ]


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for relative in ["b.txt", "a/z.md", "a/b/c.txt", ".hidden/x.txt", "notes.pdf", "a/.y.txt"]:
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"Texte de {relative}.", encoding="utf-8")
    articles, problems = read_articles([tmp_path])
    assert [a.article_id for a in articles] == ["c", "z", "b"]
    assert problems == []


def test_unusable_manifest_is_a_problem_and_articles_are_still_read(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text("{not json", encoding="utf-8")
    articles, problems = read_articles([SEEDS], manifest=manifest)
    assert len(articles) == 5
    assert len(problems) == 1
    assert problems[0].path == str(manifest)
    assert problems[0].message.startswith("manifest not used:")
    assert "not valid JSON" in problems[0].message


def test_manifest_with_an_impossible_date(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,published\n002_4127280d852a58a2.txt,2025-02-31\n", encoding="utf-8")
    (article,), problems = read_articles([SEEDS / f"{SEED_IDS[2]}.txt"], manifest=manifest)
    assert (article.published, article.published_from) == (D(2025, 12, 2), "text")
    assert problems == [
        Problem(
            str(manifest),
            "entry 1 (002_4127280d852a58a2.txt): published '2025-02-31' is not a date "
            "(expected YYYY-MM-DD); the article is dated from its own metadata or text",
        )
    ]


def test_the_manifest_inside_the_folder_is_not_an_article(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    articles, problems = read_articles(["seeds"], manifest="seeds/manifest.csv")
    assert len(articles) == 5 and problems == []


# --- read_manifest ---------------------------------------------------------------


def test_read_manifest_csv() -> None:
    rows = read_manifest(MANIFEST)
    assert list(rows) == [f"{i}.txt" for i in SEED_IDS]
    row = rows["004_36e5151ab0603369.txt"]
    assert (row.published, row.source, row.url, row.row) == (
        D(2022, 10, 1),
        "RT en français",
        None,
        5,
    )


def test_read_manifest_json_forms(tmp_path: Path) -> None:
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"file": "sub/a.txt", "published": "2025-12-01"}]))
    mapped = tmp_path / "map.json"
    mapped.write_text(json.dumps({"a.txt": {"published": "2025-12-01"}, "b.txt": "2025-11-30"}))
    assert read_manifest(listed)["a.txt"].published == D(2025, 12, 1)
    rows = read_manifest(mapped)
    assert (rows["a.txt"].published, rows["b.txt"].published) == (D(2025, 12, 1), D(2025, 11, 30))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("m.csv", "name,published\na.txt,2025-12-01\n", "needs a 'file' column"),
        ("m.json", "[1, 2]", "must be an object"),
        ("m.json", '"a.txt"', "a list of objects or a mapping"),
        ("m.json", "{oops", "not valid JSON"),
        ("m.csv", "file\na.txt\na.txt\n", "entries 1 and 2 both describe 'a.txt'"),
        ("m.json", '[{"published": "2025-12-01"}]', "entry 1 has no 'file'"),
    ],
)
def test_read_manifest_rejects_malformed_manifests(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_manifest(path)


def test_read_manifest_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the manifest"):
        read_manifest(tmp_path / "absent.csv")


# --- misuse raises -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: read_articles("seeds"), "not a single path"),  # type: ignore[arg-type]
        (lambda: read_articles(SEEDS), "not a single path"),  # type: ignore[arg-type]
        (lambda: read_articles([1]), "each path must be"),  # type: ignore[list-item]
        (lambda: read_articles(42), "got int"),  # type: ignore[arg-type]
        (
            lambda: read_articles([SEEDS], settings={"max_article_bytes": 1}),  # type: ignore[arg-type]
            "settings must be",
        ),
        (lambda: iter_articles([SEEDS], problems=()), "problems must be a list"),  # type: ignore[arg-type]
    ],
)
def test_misuse_raises_input_error(call: object, message: str) -> None:
    assert callable(call)
    with pytest.raises(InputError, match=message):
        call()


def test_docstring_examples(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    failures, tried = doctest.testmod(geoatlas.articles.read)
    assert tried > 0
    assert failures == 0
