"""Small notice JSONs for the review-page tests, built by hand and checked against the schema."""

from __future__ import annotations

from typing import Any

from giaoviec.schemas.notice import Notice

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '"><img src=x onerror="window.__pwned=1">'


def find(text: str, needle: str, start: int = 0) -> list[int]:
    """The ``[start, end)`` span of ``needle`` in ``text`` (it must be there)."""
    at = text.index(needle, start)
    return [at, at + len(needle)]


def actor(name: str, span: list[int] | None, *, implicit: bool = False,
          canonical: str | None = None) -> dict[str, Any]:
    return {"name": name, "canonical": canonical or name, "kind": "agency", "span": span,
            "implicit": implicit, "source": "rule", "confidence": 1.0}


def deadline(text: str, span: list[int] | None, *, type_: str = "by_date",
             date: str | None = None, start: str | None = None,
             recurrence: str | None = None) -> dict[str, Any]:
    return {"text": text, "type": type_, "date": date, "start": start, "time": None,
            "recurrence": recurrence, "day": None, "anchor": None, "span": span, "alt": [],
            "source": "rule", "confidence": 1.0}


def task(task_id: str, text: str, span: list[int], *, lead: list | None = None,
         support: list | None = None, report_to: list | None = None,
         deadline_: dict | None = None, warnings: list | None = None,
         section: str | None = None, source: str = "rule",
         confidence: float = 1.0) -> dict[str, Any]:
    lead, support, report_to = lead or [], support or [], report_to or []
    flags = {"nguoi": bool(lead), "viec": True, "thoi_han": deadline_ is not None,
             "trach_nhiem": bool(lead), "ket_qua": bool(report_to), "tham_quyen": True}
    return {
        "id": task_id, "text": text[span[0]:span[1]] if span else "", "span": span,
        "section": section, "advisory": False, "lead": lead,
        "lead_implicit": any(a["implicit"] for a in lead), "support": support,
        "action": None, "deadline": deadline_, "report_to": report_to,
        "completeness": {**flags, "score": sum(flags.values())},
        "warnings": [{"code": code, "message": message, "span": span, "task": task_id}
                     for code, message in (warnings or [])],
        "source": source, "confidence": confidence,
    }


def notice(text: str, tasks: list[dict], *, title: str | None = "Thông báo thử",
           sections: list[dict] | None = None, recipients: list[str] | None = None,
           validate: bool = True) -> dict[str, Any]:
    """A notice JSON; ``validate`` checks it against the pydantic models."""
    warnings = [w for t in tasks for w in t["warnings"]]
    codes: dict[str, int] = {}
    for w in warnings:
        codes[w["code"]] = codes.get(w["code"], 0) + 1
    data = {
        "schema_version": "1.0",
        "source": {"path": "test.txt", "sha256": "0" * 64, "format": "txt", "pages": None,
                   "ocr": False, "encoding": "utf-8", "bytes": len(text.encode())},
        "text": text,
        "document": {"family": "state", "doc_type": "thong_bao", "type_name": "THÔNG BÁO",
                     "number": "12/TB-UBND", "issuer": "ỦY BAN NHÂN DÂN TỈNH",
                     "parent_issuer": None, "place": "Quy Nhơn", "issued_date": "2025-07-10",
                     "title": title, "urgency": None,
                     "signer": {"name": "Nguyễn Văn A", "position": "CHỦ TỊCH",
                                "authority": None, "spans": {}},
                     "recipients": recipients or ["Sở Tài chính"], "addressees": [],
                     "spans": {}, "recipient_spans": []},
        "sections": sections or [],
        "blocks": [],
        "tasks": tasks,
        "summary": {
            "tasks": len(tasks),
            "with_lead": sum(bool(t["lead"]) for t in tasks),
            "with_deadline": sum(t["deadline"] is not None for t in tasks),
            "with_report_to": sum(bool(t["report_to"]) for t in tasks),
            "warnings": codes,
            "six_clear": {k: sum(t["completeness"][k] for t in tasks)
                          for k in ("nguoi", "viec", "thoi_han", "trach_nhiem", "ket_qua",
                                    "tham_quyen")},
        },
        "warnings": warnings,
    }
    if validate:
        Notice.model_validate(data)
    return data


def xss_notice() -> dict[str, Any]:
    """A notice whose text, title, actors, section and warnings all carry markup."""
    text = (f"THÔNG BÁO {XSS_SCRIPT}\n"
            f"1. Sở {XSS_IMG} chủ trì:\n"
            f"- Sở Tài chính {XSS_SCRIPT} rà soát kinh phí, báo cáo UBND tỉnh {XSS_IMG} "
            "trước ngày 30/7/2025.\n"
            "- Rà soát lại toàn bộ hồ sơ.\n")
    heading = find(text, f"Sở {XSS_IMG}")
    first = find(text, "Sở Tài chính")
    first = [first[0], text.index("30/7/2025.") + len("30/7/2025.")]
    second = find(text, "Rà soát lại toàn bộ hồ sơ.")
    sections = [{"id": "s1", "parent": None, "level": 1, "marker": "1.",
                 "marker_kind": "decimal", "title": f"Sở {XSS_IMG} chủ trì:",
                 "span": find(text, f"1. Sở {XSS_IMG} chủ trì:"),
                 "extent": [heading[0] - 3, len(text)]}]
    tasks = [
        task("t1", text, first, section="s1",
             lead=[actor(f"Sở Tài chính {XSS_SCRIPT}", [first[0], first[0] + 12])],
             report_to=[actor(f"UBND tỉnh {XSS_IMG}", find(text, f"UBND tỉnh {XSS_IMG}"))],
             deadline_=deadline("trước ngày 30/7/2025", find(text, "trước ngày 30/7/2025"),
                                date="2025-07-30"),
             warnings=[(f"odd{XSS_IMG}", f"message {XSS_SCRIPT}")]),
        task("t2", text, second, section="s1",
             lead=[actor(f"Sở {XSS_IMG}", heading, implicit=True)],
             warnings=[("no_deadline", "the task sets no deadline")]),
    ]
    return notice(text, tasks, title=f"Tiêu đề {XSS_SCRIPT} {XSS_IMG}", sections=sections,
                  recipients=[XSS_IMG, XSS_SCRIPT])
