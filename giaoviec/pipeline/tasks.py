"""Task extraction (first cut: no tasks yet)."""

from __future__ import annotations


def extract_tasks(text, lines, structure, header, info) -> list:
    return []
