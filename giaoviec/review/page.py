"""Review pages: one self-contained HTML file per document, and an index of a batch.

The pages are rendered from the Jinja2 templates in ``templates/`` with autoescaping on, so
every value taken from a document is escaped wherever it lands (text, attribute). Task rows
are rendered here, server-side; the inline script only sorts, filters and scrolls. Each page
carries a Content-Security-Policy that allows no network access at all and only the page's own
script (by its SHA-256), so even markup that slipped through could not run or load anything.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from giaoviec import __version__
from giaoviec.atomic import write_atomic
from giaoviec.review.render import ROLE_LABELS, mark_text

DOC_TYPES: dict[str, str] = {
    "thong_bao": "Thông báo", "cong_van": "Công văn", "ke_hoach": "Kế hoạch",
    "chi_thi": "Chỉ thị", "quyet_dinh": "Quyết định", "nghi_quyet": "Nghị quyết",
    "ket_luan": "Kết luận", "bao_cao": "Báo cáo", "to_trinh": "Tờ trình",
    "giay_moi": "Giấy mời", "cong_dien": "Công điện", "other": "Other",
}
URGENCY: dict[str, str] = {"khan": "Khẩn", "thuong_khan": "Thượng khẩn", "hoa_toc": "Hỏa tốc"}
SIX_CLEAR: tuple[tuple[str, str, str], ...] = (
    ("nguoi", "rõ người", "who"),
    ("viec", "rõ việc", "what"),
    ("thoi_han", "rõ thời hạn", "by when"),
    ("trach_nhiem", "rõ trách nhiệm", "responsibility"),
    ("ket_qua", "rõ kết quả", "result"),
    ("tham_quyen", "rõ thẩm quyền", "authority"),
)
DEADLINE_TYPES: dict[str, str] = {
    "by_date": "by date", "within_period": "period", "relative": "relative",
    "recurring": "recurring", "ongoing": "ongoing", "asap": "ASAP",
    "vague": "vague",
}
CSP_TEMPLATE = ("default-src 'none'; script-src '{script}'; style-src 'unsafe-inline'; "
                "img-src data:; base-uri 'none'; form-action 'none'")


# --- public API ----------------------------------------------------------------------------------
def write_review_page(notice_json: dict, out_path: Path) -> None:
    """Write the review page of one extracted document (the JSON of ``giaoviec extract``)."""
    write_atomic(Path(out_path), render_review_page(notice_json))


def write_index(entries: list[dict], out_path: Path) -> None:
    """Write the index of a batch: one row per document with its counts and a link to its page.

    An entry is ``{title, page, doc, tasks, warnings, status, error}``: ``page`` is the page's
    path relative to the index (or None), ``status`` is ``"ok"`` or ``"error"``.
    """
    write_atomic(Path(out_path), render_index(entries))


def render_review_page(notice: Mapping[str, Any]) -> str:
    """The HTML of a review page, as a string."""
    context = page_context(notice)
    script = _render("_page.js.j2")
    return _render("page.html.j2", **context, script=Markup(script), csp=_csp(script))


def render_index(entries: list[dict]) -> str:
    """The HTML of a batch index, as a string."""
    script = _render("_index.js.j2")
    return _render("index.html.j2", **index_context(entries), script=Markup(script),
                   csp=_csp(script))


# --- the review page -----------------------------------------------------------------------------
def page_context(notice: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the page template shows, computed from the notice JSON."""
    document = _mapping(notice.get("document"))
    source = _mapping(notice.get("source"))
    summary = _mapping(notice.get("summary"))
    tasks = [t for t in _list(notice.get("tasks")) if isinstance(t, Mapping)]
    sections = {str(s.get("id")): {**s, "order": n} for n, s in
                enumerate(x for x in _list(notice.get("sections")) if isinstance(x, Mapping))}
    marked = mark_text(notice)
    rows = [task_row(index, task, sections) for index, task in enumerate(tasks)]

    total = len(tasks)
    six_counts = _mapping(summary.get("six_clear"))
    six = []
    for key, label, gloss in SIX_CLEAR:
        count = six_counts.get(key)
        if not isinstance(count, int):
            count = sum(1 for t in tasks if _mapping(t.get("completeness")).get(key))
        six.append({"key": key, "label": label, "gloss": gloss, "count": count,
                    "pct": round(100 * count / total) if total else 0})

    leads: Counter[str] = Counter()
    for row in rows:
        leads.update(set(row["lead_keys"]))
    months = sorted({row["month"] for row in rows if row["month"]})
    warning_counts = _mapping(summary.get("warnings")) or Counter(
        w["code"] for row in rows for w in row["warnings"])
    doc_warnings = [w for w in _list(notice.get("warnings"))
                    if isinstance(w, Mapping) and not w.get("task")]

    title = _str(document.get("title"))
    type_name = _str(document.get("type_name")) or _label(DOC_TYPES, document.get("doc_type"))
    path = _str(source.get("path"))
    return {
        "version": __version__,
        "page_title": " — ".join(x for x in (type_name, title) if x)
        or (Path(path).name if path else "Review"),
        "doc": {
            "type_name": type_name,
            "number": _str(document.get("number")),
            "issuer": _str(document.get("issuer")),
            "parent_issuer": _str(document.get("parent_issuer")),
            "place": _str(document.get("place")),
            "issued_date": _str(document.get("issued_date")),
            "title": title,
            "urgency": _label(URGENCY, document.get("urgency")),
            "signer": _signer(document.get("signer")),
            "recipients": [str(r) for r in _list(document.get("recipients")) if r],
        },
        "source": {
            "path": path,
            "name": Path(path).name if path else None,
            "format": _str(source.get("format")),
            "pages": _int(source.get("pages"), 0) or None,
            "ocr": bool(source.get("ocr")),
            "sha256": _str(source.get("sha256")),
        },
        "stats": {
            "tasks": total,
            "with_lead": _int(summary.get("with_lead"), sum(1 for r in rows if r["leads"])),
            "with_deadline": _int(summary.get("with_deadline"),
                                  sum(1 for r in rows if r["has_deadline"])),
            "with_report_to": _int(summary.get("with_report_to"),
                                   sum(1 for r in rows if r["report_to"])),
            "warnings": sum(v for v in warning_counts.values() if isinstance(v, int)),
            "all_six": sum(1 for r in rows if r["score"] == 6),
        },
        "six": six,
        "warning_counts": sorted(warning_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        "doc_warnings": doc_warnings,
        "has_text": isinstance(notice.get("text"), str),
        "segments": marked.segments,
        "dropped": marked.dropped,
        "role_labels": ROLE_LABELS,
        "rows": rows,
        "lead_options": sorted(leads.items(), key=lambda kv: kv[0].casefold()),
        "month_options": months,
    }


def task_row(index: int, task: Mapping[str, Any], sections: Mapping[str, Any]) -> dict[str, Any]:
    """One row of the task table."""
    task_id = str(task.get("id") or f"t{index + 1}")
    leads = _actors(task.get("lead"))
    deadline = _mapping(task.get("deadline")) if task.get("deadline") else None
    completeness = _mapping(task.get("completeness"))
    section_id = _str(task.get("section"))
    section = _mapping(sections.get(section_id)) if section_id else {}
    action = _mapping(task.get("action")).get("text") if task.get("action") else None
    warnings = [{"code": str(w.get("code") or "warning"), "message": str(w.get("message") or "")}
                for w in _list(task.get("warnings")) if isinstance(w, Mapping)]
    date = _str(deadline.get("date")) if deadline else None
    confidence = task.get("confidence")
    flags = [{"key": k, "label": label, "ok": bool(completeness.get(k))}
             for k, label, _ in SIX_CLEAR]
    score = completeness.get("score")
    return {
        "id": task_id,
        "num": index + 1,
        "text": _str(task.get("text")) or "",
        "advisory": bool(task.get("advisory")),
        "section": {
            "id": section_id,
            "marker": _str(section.get("marker")),
            "title": _str(section.get("title")),
            "order": _int(section.get("order"), 10**6),
        } if section_id else None,
        "leads": leads,
        "lead_implicit": bool(task.get("lead_implicit")),
        "lead_keys": sorted({a["key"] for a in leads}),
        "support": _actors(task.get("support")),
        "report_to": _actors(task.get("report_to")),
        "action": str(action) if action else None,
        "deadline": {
            "text": _str(deadline.get("text")),
            "type": _str(deadline.get("type")),
            "type_label": _label(DEADLINE_TYPES, deadline.get("type")),
            "normalised": normalised_deadline(deadline),
            "sort": date or _str(deadline.get("start")) or "",
            "source": _str(deadline.get("source")),
            "alt": [a for a in _list(deadline.get("alt")) if isinstance(a, Mapping)],
        } if deadline else None,
        "has_deadline": deadline is not None,
        "month": date[:7] if date and len(date) >= 7 else None,
        "source": _str(task.get("source")) or "rule",
        "confidence": confidence if isinstance(confidence, int | float) else None,
        "warnings": warnings,
        "flags": flags,
        "score": score if isinstance(score, int) else sum(f["ok"] for f in flags),
    }


def normalised_deadline(deadline: Mapping[str, Any]) -> str:
    """The normalised form of a deadline in one line: the date, period or recurrence."""
    parts: list[str] = []
    start, date = _str(deadline.get("start")), _str(deadline.get("date"))
    if start and date and start != date:
        parts.append(f"{start} → {date}")
    elif date:
        parts.append(date)
    if deadline.get("time"):
        parts.append(str(deadline["time"]))
    if deadline.get("recurrence"):
        day = deadline.get("day")
        parts.append(f"{deadline['recurrence']}" + (f", day {day}" if day else ""))
    if deadline.get("anchor"):
        parts.append(f"from {deadline['anchor']}")
    return " · ".join(parts)


# --- the index -----------------------------------------------------------------------------------
def index_context(entries: list[dict]) -> dict[str, Any]:
    """Everything the index template shows.

    ``path`` and ``doc_path`` are read as aliases of ``page`` and ``doc``.
    """
    rows = []
    for number, entry in enumerate(entries, start=1):
        doc = _str(entry.get("doc") or entry.get("doc_path")) or ""
        page = entry.get("page") or entry.get("path")
        ok = entry.get("status") == "ok"
        rows.append({
            "num": number,
            "title": _str(entry.get("title")) or (Path(doc).name if doc else f"#{number}"),
            "doc": doc,
            "href": page_href(page) if page else None,
            "tasks": _int(entry.get("tasks"), 0),
            "warnings": _int(entry.get("warnings"), 0),
            "ok": ok,
            "error": _str(entry.get("error")),
        })
    return {
        "version": __version__,
        "rows": rows,
        "totals": {
            "documents": len(rows),
            "ok": sum(r["ok"] for r in rows),
            "failed": sum(not r["ok"] for r in rows),
            "tasks": sum(r["tasks"] for r in rows),
            "warnings": sum(r["warnings"] for r in rows),
        },
    }


def page_href(page: str | os.PathLike[str]) -> str:
    """A relative link to a page: path segments percent-encoded, so that a file name with
    ``#``, ``?``, spaces or a colon (``javascript:...``) stays a plain relative path."""
    posix = PurePosixPath(Path(page).as_posix())
    return quote(str(posix), safe="/")


# --- helpers -------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("giaoviec.review", "templates"),
        autoescape=True,  # every template, whatever its extension
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["json_attr"] = dumps_attr
    return env


def _render(name: str, **context: Any) -> str:
    return _environment().get_template(name).render(**context)


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return CSP_TEMPLATE.format(script=f"sha256-{digest}")




def _actors(value: Any) -> list[dict[str, Any]]:
    actors = []
    for actor in _list(value):
        if not isinstance(actor, Mapping) or not actor.get("name"):
            continue
        name = str(actor["name"])
        canonical = _str(actor.get("canonical"))
        actors.append({"name": name, "canonical": canonical if canonical != name else None,
                       "key": canonical or name, "implicit": bool(actor.get("implicit")),
                       "kind": _str(actor.get("kind"))})
    return actors


def _signer(value: Any) -> dict[str, str | None] | None:
    signer = _mapping(value)
    fields = {k: _str(signer.get(k)) for k in ("authority", "position", "name")}
    return fields if any(fields.values()) else None


def _label(labels: Mapping[str, str], value: Any) -> str | None:
    """The display label of a code, or the code itself when it has none."""
    code = _str(value)
    return labels.get(code, code) if code else None


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def dumps_attr(value: Any) -> str:
    """JSON for a ``data-*`` attribute (the template escapes it like any other value)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
