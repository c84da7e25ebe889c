"""Turn the stages' results into the output contract (:class:`giaoviec.schemas.notice.Notice`)."""

from __future__ import annotations

import bisect

from giaoviec.document import Document
from giaoviec.pipeline.closing import Closing
from giaoviec.pipeline.header import Found, Header
from giaoviec.pipeline.lines import Line
from giaoviec.pipeline.sections import Structure
from giaoviec.schemas.notice import (
    BlockInfo,
    DocumentInfo,
    Section,
    Signer,
)


def _span(found: Found | None) -> tuple[int, int] | None:
    return found.span if found is not None else None


def _value(found: Found | None) -> str | None:
    return found.value if found is not None else None


def document_info(header: Header, closing: Closing) -> DocumentInfo:
    spans: dict[str, tuple[int, int]] = {}
    for name in ("doc_type", "number", "issuer", "parent_issuer", "place", "issued_date",
                 "title", "urgency"):
        span = _span(getattr(header, name))
        if span is not None:
            spans[name] = span
    signer = None
    if closing.signer_name or closing.signer_position or closing.authority:
        signer_spans = {}
        if closing.signer_name:
            signer_spans["name"] = closing.signer_name.span
        if closing.signer_position:
            signer_spans["position"] = closing.signer_position.span
        if closing.authority:
            signer_spans["authority"] = (closing.authority[0].span[0],
                                         closing.authority[-1].span[1])
        signer = Signer(
            name=_value(closing.signer_name),
            position=_value(closing.signer_position),
            authority="; ".join(a.value for a in closing.authority) or None,
            spans=signer_spans,
        )
    addressees = [a.value for a in header.addressees]
    recipients = addressees + [r.value for r in closing.recipients]
    return DocumentInfo(
        family=header.family,
        doc_type=_value(header.doc_type),
        type_name=_value(header.type_name),
        number=_value(header.number),
        issuer=_value(header.issuer),
        parent_issuer=_value(header.parent_issuer),
        place=_value(header.place),
        issued_date=_value(header.issued_date),
        title=_value(header.title),
        urgency=_value(header.urgency),
        signer=signer,
        recipients=recipients,
        addressees=addressees,
        spans=spans,
        recipient_spans=[a.span for a in header.addressees] + [r.span for r in
                                                                closing.recipients],
    )


def sections_out(structure: Structure) -> list[Section]:
    return [
        Section(id=n.id, parent=n.parent, level=n.level,
                marker=n.marker.text if n.marker else None,
                marker_kind=n.marker.kind if n.marker else None,
                title=n.title, span=n.span, extent=(n.span[0], max(n.end, n.span[1])))
        for n in structure.sections
    ]


def blocks_out(doc: Document, lines: list[Line], structure: Structure) -> list[BlockInfo]:
    starts = [ln.start for ln in lines]
    confidence = getattr(doc, "ocr_confidence", None) or {}
    out = []
    for b in doc.blocks:
        i = bisect.bisect_right(starts, b.start) - 1
        line = lines[i] if i >= 0 and lines and b.start <= lines[i].end else None
        role = structure.roles.get(line.index) if line else None
        section = structure.line_section.get(line.index) if line else None
        conf = confidence.get(b.index)
        out.append(BlockInfo(index=b.index, kind=b.kind, role=role, page=b.page,
                             span=(b.start, b.end), section=section,
                             confidence=None if conf is None else round(
                                 conf / 100 if conf > 1 else conf, 3)))
    return out
