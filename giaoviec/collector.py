"""The garbage collector stays out of one document's extraction.

Extracting a document allocates many small containers (tokens, mentions, spans) that die by
reference counting, and leaves no reference cycles (``tests/test_memory.py`` checks the
samples). The collector cannot know that: every 700 new containers it walks the young ones,
and now and then the whole heap with the models' tables, finding nothing. So a document runs
with the collector paused, and one young-generation collection after it frees whatever cycles
an unusual input did leave (all its survivors are young: no collection promoted them). The
caller's setting is restored, so a caller that disabled the collector keeps it disabled.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)
