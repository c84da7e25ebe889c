"""From a parsed :class:`~giaoviec.document.Document` to the output :class:`Notice`.

The stages, in order (each a small module with one input and one output):

1. ``lines``     Document -> lines with layout context
2. ``header``    lines -> Decree 30 header fields (issuer, number, date, type, title, Kính gửi)
3. ``closing``   lines -> recipients and signer
4. ``sections``  lines + header + closing -> section tree and each line's role
5. ``tasks``     lines + structure + fields -> tasks (actors, deadlines, reporting lines)
6. ``checks``    tasks + fields -> warnings and the "6 rõ" completeness
7. ``assemble``  everything -> Notice (pydantic, validated)

Stage 5 asks :mod:`~giaoviec.pipeline.resolver` whether each unit is a directive: the rules,
the trained unit model, or both (``mode``: ``rules`` | ``model`` | ``combined``, default from
``GIAOVIEC_MODE``, else ``combined``).

No file I/O happens here; :mod:`giaoviec.api` reads files and calls :func:`analyse`.
"""

from __future__ import annotations

import time
from contextlib import contextmanager

from giaoviec.document import Document
from giaoviec.schemas.notice import Notice, SourceInfo


class StageTimer:
    """Seconds spent per stage, accumulated over calls (for ``giaoviec bench``)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


def analyse(doc: Document, source: SourceInfo, *, timer: StageTimer | None = None,
            mode: str | None = None, resolver=None) -> Notice:
    """``resolver``: a :class:`~giaoviec.pipeline.resolver.Resolver` to use instead of one for
    ``mode`` (training records units through one; cross-validation passes a model trained
    without the document at hand)."""
    from giaoviec.pipeline import assemble, checks, closing, header, lines, sections, tasks
    from giaoviec.pipeline.actors import forget_document
    from giaoviec.pipeline.resolver import Resolver

    decider = resolver or Resolver(mode)
    decider.condition = "ocr" if doc.ocr else "clean"
    timer = timer or StageTimer()
    with timer.stage("structure"):
        doc_lines = lines.document_lines(doc)
        head = header.parse_header(doc.text, doc_lines)
        tail = closing.parse_closing(doc.text, doc_lines, head.body_start)
        structure = sections.segment_structure(doc.text, doc_lines, head, tail)
        info = assemble.document_info(head, tail)
    with timer.stage("tasks"):
        try:
            found = tasks.extract_tasks(doc.text, doc_lines, structure, head, info, decider)
            reference = checks.reference_date(doc.text, doc_lines, structure.roles, info)
            task_models, summary, warnings = checks.review_tasks(found, info, doc, reference)
        finally:
            forget_document()
    with timer.stage("assemble"):
        return Notice(
            source=source,
            text=doc.text,
            document=info,
            sections=assemble.sections_out(structure),
            blocks=assemble.blocks_out(doc, doc_lines, structure),
            tasks=task_models,
            summary=summary,
            warnings=warnings,
        )
