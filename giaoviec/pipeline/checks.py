"""Warnings a careful reader raises, and the "6 rõ" completeness summary."""

from __future__ import annotations

from giaoviec.schemas.notice import Summary


def review_tasks(found, info, doc):
    warnings = []
    return [], Summary(tasks=0, with_lead=0, with_deadline=0, with_report_to=0), warnings
