"""The actor gazetteer data files are well formed: columns, allowed values, no duplicates, NFC."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from giaoviec.resources import load_list, load_table

KINDS = {"agency", "locality", "collective", "person"}
LEVELS = {"central", "province", "commune", "party", "other"}
ERAS = {"current", "old", "both"}

TABLES = {
    "agencies.tsv": 5,
    "titles.tsv": 2,
    "localities.tsv": 3,
    "actor_heads.tsv": 3,
}
ALL_FILES = [*TABLES, "locality_words.txt"]


def _raw_data_lines(name: str) -> list[str]:
    text = resources.files("giaoviec.resources").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _aliases(cell: str) -> list[str]:
    return cell.split(";") if cell else []


@pytest.mark.parametrize("name", ALL_FILES)
def test_text_is_nfc(name: str) -> None:
    text = resources.files("giaoviec.resources").joinpath(name).read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text)
    assert "\r" not in text


@pytest.mark.parametrize(("name", "width"), TABLES.items())
def test_column_counts(name: str, width: int) -> None:
    rows = load_table(name)
    assert rows
    bad = [row for row in rows if len(row) != width]
    assert not bad, bad[:5]


@pytest.mark.parametrize("name", ALL_FILES)
def test_no_stray_spaces(name: str) -> None:
    for line in _raw_data_lines(name):
        cells = line.split("\t") if name.endswith(".tsv") else [line]
        for cell in cells:
            assert cell == cell.strip(), repr(line)
            assert "  " not in cell, repr(line)
            for part in cell.split(";"):
                assert part == part.strip(), repr(line)


@pytest.mark.parametrize(("name", "col"), [("agencies.tsv", 4), ("titles.tsv", 1)])
def test_aliases_non_empty_when_present(name: str, col: int) -> None:
    for row in load_table(name):
        for alias in _aliases(row[col]):
            assert alias, row
            assert alias != row[0], row
        assert len(set(_aliases(row[col]))) == len(_aliases(row[col])), row


def test_agencies_values_and_uniqueness() -> None:
    rows = load_table("agencies.tsv")
    assert len(rows) >= 300
    for name, kind, level, era, _ in rows:
        assert name, name
        assert kind in KINDS, (name, kind)
        assert level in LEVELS, (name, level)
        assert era in ERAS, (name, era)
    names = [row[0].casefold() for row in rows]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    # an alias must point to one body only, and never be another body's full name
    seen: dict[str, str] = {}
    for name, *_, aliases in rows:
        for alias in _aliases(aliases):
            key = alias.casefold()
            assert key not in seen, (alias, seen.get(key), name)
            seen[key] = name
    assert not set(seen) & set(names), set(seen) & set(names)
    assert sum(row[1] == "collective" for row in rows) >= 40


def test_agencies_cover_both_eras() -> None:
    by_name = {row[0]: row for row in load_table("agencies.tsv")}
    assert by_name["Bộ Kế hoạch và Đầu tư"][3] == "old"
    assert by_name["Bộ Nông nghiệp và Môi trường"][3] == "current"
    assert by_name["Sở Tài nguyên và Môi trường"][3] == "old"
    assert by_name["Sở Nông nghiệp và Môi trường"][3] == "current"
    assert "Sở NN&MT" in by_name["Sở Nông nghiệp và Môi trường"][4].split(";")
    assert by_name["Ủy ban nhân dân tỉnh"][1:3] == ("agency", "province")
    assert by_name["Tỉnh ủy"][2] == "party"


def test_titles() -> None:
    rows = load_table("titles.tsv")
    assert len(rows) >= 40
    titles = [row[0].casefold() for row in rows]
    assert len(titles) == len(set(titles))


def test_localities() -> None:
    rows = load_table("localities.tsv")
    names = [row[0] for row in rows]
    assert len(names) == len(set(names))
    for name, kind, era in rows:
        assert kind in {"tinh", "thanh_pho"}, (name, kind)
        assert era in ERAS, (name, era)
    current = [r for r in rows if r[2] in {"current", "both"}]
    old = [r for r in rows if r[2] in {"old", "both"}]
    assert len(current) == 34
    assert len(old) == 63
    assert sum(r[1] == "thanh_pho" for r in current) == 6
    assert sum(r[1] == "thanh_pho" for r in old) == 5


def test_actor_heads() -> None:
    rows = load_table("actor_heads.tsv")
    assert len(rows) >= 60
    heads = [row[0].casefold() for row in rows]
    assert len(heads) == len(set(heads))
    for head, kind, note in rows:
        assert kind in {"agency", "person", "locality"}, (head, kind)
        assert head and note, head


def test_locality_words() -> None:
    words = load_list("locality_words.txt")
    for word in ("tỉnh", "thành phố", "huyện", "xã", "phường", "đặc khu", "thôn", "tổ dân phố"):
        assert word in words
    assert len(words) == len(set(words))
