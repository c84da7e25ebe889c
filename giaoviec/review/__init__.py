"""Review pages for analysts: the document text with each task's evidence highlighted, beside
a sortable, filterable task table, in one self-contained HTML file (no network needed).

``giaoviec review INPUT [-o FILE]`` takes a document (it is extracted first) or the JSON that
``giaoviec extract`` wrote. The batch runner calls :func:`write_review_page` and
:func:`write_index` directly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from giaoviec.errors import CorruptInput, GiaoviecError, InputNotFound, NotAFile
from giaoviec.review.page import render_index, render_review_page, write_index, write_review_page

__all__ = ["load_input", "render_index", "render_review_page", "run_review_command",
           "write_index", "write_review_page"]

EXIT_OK = 0
EXIT_USAGE = 2


def run_review_command(args: Any) -> int:
    """``giaoviec review``: write the page, print its path; one-line errors with exit code 2."""
    source = Path(args.input)
    out = Path(args.output) if args.output else default_output(source)
    try:
        notice = load_input(source)
        write_review_page(notice, out)
    except GiaoviecError as exc:
        return _fail(str(exc if exc.path else f"{args.input}: {exc}"))
    except OSError as exc:
        return _fail(f"{exc.filename or out}: {exc.strerror or exc}")
    print(out)
    return EXIT_OK


def default_output(source: Path) -> Path:
    """``notice.docx`` -> ``notice.docx.html``; ``notice.docx.json`` -> ``notice.docx.html``."""
    name = source.name[:-5] if source.name.lower().endswith(".json") else source.name
    return source.with_name(f"{name or source.name}.html")


def load_input(source: Path) -> dict[str, Any]:
    """The notice JSON of ``source``: read from an extract output, or extracted from a document.

    A file is taken as JSON when its name ends in ``.json`` or its content starts with ``{``
    (and then parses as a notice; otherwise it is read as a document).
    """
    if not source.exists():
        raise InputNotFound("no such file", path=str(source))
    if not source.is_file():
        raise NotAFile("not a file", path=str(source))
    named_json = source.suffix.lower() == ".json"
    if named_json or _starts_like_json(source):
        try:
            return read_notice_json(source)
        except GiaoviecError:
            if named_json:
                raise
    from giaoviec.api import extract

    return extract(source).model_dump(mode="json")


def read_notice_json(source: Path) -> dict[str, Any]:
    """Read and sanity-check the JSON that ``giaoviec extract`` wrote."""
    try:
        data = json.loads(source.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise CorruptInput("not UTF-8 JSON", path=str(source)) from None
    except json.JSONDecodeError as exc:
        raise CorruptInput(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
                           path=str(source)) from None
    if not isinstance(data, dict) or not isinstance(data.get("tasks"), list) \
            or not isinstance(data.get("document"), dict):
        raise CorruptInput("not the JSON of giaoviec extract (no 'document' and 'tasks')",
                           path=str(source))
    return data


def _starts_like_json(source: Path) -> bool:
    with source.open("rb") as handle:
        head = handle.read(64)
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


def _fail(message: str) -> int:
    print(f"giaoviec: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE
