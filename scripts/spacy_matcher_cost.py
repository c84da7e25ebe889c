"""Measure what spaCy would cost as the gazetteer matcher, beside giaoviec's own.

Prints spaCy's import and blank-pipeline time, then per-document times over a folder of .txt
files: spaCy's tokenizer with a PhraseMatcher over the agency gazetteer (exact forms only), and
giaoviec's actor matcher over every line (which also finds unlisted names, localities,
persons with titles, collectives and glued words). Usage:

    .venv/bin/python scripts/spacy_matcher_cost.py ../shared/corpus
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import regex


def median_ms(run, texts: list[str], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            run(text)
        times.append((time.perf_counter() - start) / len(texts) * 1000)
    return statistics.median(times)


def main(folder: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files in {folder}")
    start = time.perf_counter()
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("xx")
    loaded = time.perf_counter() - start
    from giaoviec.pipeline import actors
    from giaoviec.resources import load_table

    forms = set()
    for row in load_table("agencies.tsv"):
        forms.add(row[0])
        if len(row) > 4 and row[4]:
            forms.update(alias for alias in row[4].split(";") if alias.strip())
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("ACTOR", list(nlp.tokenizer.pipe(sorted(forms))))

    def ours(text: str) -> None:
        lines = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]+", text)]
        actors.set_windows(text, lines)
        for line_start, line_end in lines:
            actors.find_actors(text, line_start, line_end)

    def theirs(text: str) -> None:
        matcher(nlp.make_doc(text))

    for text in texts:  # warm both up
        ours(text)
        theirs(text)
    print(f"spaCy import + blank('xx'): {loaded:.2f} s; {len(forms)} gazetteer forms")
    print(f"spaCy tokenizer + PhraseMatcher: {median_ms(theirs, texts):.2f} ms per document")
    print(f"giaoviec actor matcher, all lines: {median_ms(ours, texts):.2f} ms per document")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
