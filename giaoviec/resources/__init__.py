"""Rule data an analyst can read and extend: TSV tables and word lists, loaded once.

Lines starting with ``#`` are comments. TSV files have tab-separated columns; word lists have
one entry per line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def load_list(name: str) -> tuple[str, ...]:
    return tuple(ln.strip() for ln in _lines(name))


@cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(cell.strip() for cell in ln.split("\t")) for ln in _lines(name))
