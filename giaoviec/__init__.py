"""giaoviec: turn the work that Vietnamese administrative documents assign into validated JSON.

>>> import giaoviec
>>> notice = giaoviec.extract("samples/seed-001.docx")   # doctest: +SKIP

Heavy modules (parsers, the NLP pipeline, models) load on first use, so importing the package
and starting the CLI stay fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "extract"]


def __getattr__(name: str):
    if name == "extract":
        from giaoviec.api import extract

        return extract
    if name == "Notice":
        from giaoviec.schemas.notice import Notice

        return Notice
    raise AttributeError(name)
