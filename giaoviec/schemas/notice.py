"""The output contract: what ``giaoviec extract`` emits, as pydantic models.

Other trackers and the evaluation read this. Field names inside ``document`` and ``tasks`` are
those of the corpus gold format (``doc_type``, ``number``, ``issuer``...; ``lead``,
``lead_implicit``, ``support``, ``deadline``, ``report_to``), plus provenance: every value
taken from the text carries a ``[start, end)`` span into ``text``. For literal values
``text[start:end]`` is the value itself; for values the tool composes (an issuer written over
two lines in capitals, an implicit lead taken from a heading) the span points at the evidence,
and a value that cannot be located has no span rather than an invented one.

This module imports nothing else of ours, so that the contract can be read on its own.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]
Source_ = Literal["rule", "model", "both"]

DocType = Literal["thong_bao", "cong_van", "ke_hoach", "chi_thi", "quyet_dinh", "nghi_quyet",
                  "ket_luan", "bao_cao", "to_trinh", "giay_moi", "cong_dien", "other"]
Urgency = Literal["khan", "thuong_khan", "hoa_toc"]
DeadlineType = Literal["by_date", "within_period", "relative", "recurring", "ongoing", "asap",
                       "vague"]
Recurrence = Literal["hourly", "daily", "weekly", "monthly", "quarterly", "semiannual", "yearly"]
ActorKind = Literal["agency", "locality", "collective", "person", "other"]
BlockRole = Literal["header", "title", "addressee", "preamble", "body", "closing", "recipients",
                    "signature", "appendix", "noise"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceInfo(Model):
    """Where the document came from and how it was read."""

    path: str | None = Field(description="Input path as given, or null for bytes.")
    sha256: str
    format: Literal["docx", "pdf", "txt", "image", "doc"]
    pages: int | None = Field(None, description="Pages (PDF and images); null otherwise.")
    ocr: bool = Field(False, description="True when the text came from OCR.")
    encoding: str | None = Field(None, description="Text encoding detected (plain text).")
    bytes: int


class Signer(Model):
    name: str | None = None
    position: str | None = Field(None, description="The last line above the name.")
    authority: str | None = Field(None, description="TM./KT./TL./TUQ./Q. lines joined by '; '.")
    spans: dict[str, Span] = Field(default_factory=dict)


class DocumentInfo(Model):
    """The Decree 30/2020 (or party Hướng dẫn 36) components of the document."""

    family: Literal["state", "party"] | None = None
    doc_type: DocType | None = None
    type_name: str | None = Field(None, description="The type name as printed ('THÔNG BÁO').")
    number: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    issued_date: str | None = Field(None, description="ISO 8601 date.")
    title: str | None = None
    urgency: Urgency | None = None
    signer: Signer | None = None
    recipients: list[str] = Field(default_factory=list,
                                  description="'Kính gửi' addressees first, then 'Nơi nhận'.")
    addressees: list[str] = Field(default_factory=list, description="'Kính gửi' only.")
    spans: dict[str, Span] = Field(default_factory=dict,
                                   description="Evidence span of each field found.")
    recipient_spans: list[Span] = Field(default_factory=list)


class Section(Model):
    id: str
    parent: str | None = None
    level: int = Field(description="Depth in the tree, 1 for top-level headings.")
    marker: str | None = Field(None, description="As written: 'I.', '1.', 'a)', '-', 'Điều 3.'")
    marker_kind: str | None = None
    title: str
    span: Span = Field(description="The heading line.")
    extent: Span = Field(description="The heading and everything under it.")


class BlockInfo(Model):
    index: int
    kind: Literal["paragraph", "list_item", "table", "row", "cell"]
    role: BlockRole | None = None
    page: int | None = None
    span: Span
    section: str | None = None
    confidence: float | None = Field(None, description="OCR confidence (0-1) of the block's "
                                     "text, for scanned pages; null for born-digital text.")


class Actor(Model):
    name: str = Field(min_length=1,
                      description="As written in the document (or composed, when implicit).")
    canonical: str | None = Field(None, description="Abbreviations expanded.")
    kind: ActorKind = "other"
    span: Span | None = None
    implicit: bool = False
    source: Source_ = "rule"
    confidence: float = 1.0


class DeadlineAlt(Model):
    text: str | None = None
    type: DeadlineType
    date: str | None = None
    span: Span | None = None


class Deadline(Model):
    text: str
    type: DeadlineType
    date: str | None = Field(None, description="ISO date: the last day allowed.")
    start: str | None = Field(None, description="First day, where a period has one.")
    time: str | None = Field(None, description="Time of day, HH:MM, where given.")
    recurrence: Recurrence | None = None
    day: int | None = Field(None, description="Day of the period for recurring deadlines.")
    anchor: str | None = Field(None, description="What a relative deadline counts from.")
    span: Span | None = None
    alt: list[DeadlineAlt] = Field(default_factory=list)
    source: Source_ = "rule"
    confidence: float = 1.0


class TextValue(Model):
    text: str
    span: Span | None = None


class Completeness(Model):
    """The '6 rõ' rule: rõ người, rõ việc, rõ thời hạn, rõ trách nhiệm, rõ kết quả and
    rõ thẩm quyền (clear person, task, deadline, responsibility, result, authority)."""

    nguoi: bool
    viec: bool
    thoi_han: bool
    trach_nhiem: bool
    ket_qua: bool
    tham_quyen: bool
    score: int = Field(description="How many of the six hold.")


class Warning(Model):
    code: str
    message: str
    span: Span | None = None
    task: str | None = None


class Task(Model):
    id: str
    text: str
    span: Span
    section: str | None = None
    advisory: bool = Field(False, description="Exhortation or closing formula, not a hard task.")
    lead: list[Actor] = Field(default_factory=list)
    lead_implicit: bool = False
    support: list[Actor] = Field(default_factory=list)
    action: TextValue | None = None
    deadline: Deadline | None = None
    report_to: list[Actor] = Field(default_factory=list)
    completeness: Completeness
    warnings: list[Warning] = Field(default_factory=list)
    source: Source_ = "rule"
    confidence: float = 1.0


class Summary(Model):
    tasks: int
    with_lead: int
    with_deadline: int
    with_report_to: int
    warnings: dict[str, int] = Field(default_factory=dict)
    six_clear: dict[str, int] = Field(default_factory=dict,
                                      description="Tasks meeting each of the '6 rõ'.")


class Notice(Model):
    """One document, extracted."""

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    text: str | None = Field(None, description="Canonical normalised text; spans index it.")
    document: DocumentInfo
    sections: list[Section] = Field(default_factory=list)
    blocks: list[BlockInfo] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    summary: Summary
    warnings: list[Warning] = Field(default_factory=list)


def notice_json_schema() -> dict:
    schema = Notice.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://giaoviec.local/schema/notice-{SCHEMA_VERSION}.json"
    return schema
