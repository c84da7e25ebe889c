"""Buffers for pdfium to write into, from a few array types made once.

``ctypes.c_ushort * n`` (and ``create_string_buffer(n)``) makes a new class for every new
``n``: slow to build, and a class is a reference cycle that only the garbage collector frees,
so a page read that way leaves garbage behind. Sizes are rounded up to a power of two, so a
handful of types serve every page; the buffers themselves are fresh (zeroed) each time.
"""

from __future__ import annotations

import ctypes
from functools import lru_cache

SMALLEST = 64


def utf16_buffer(units: int):
    """A zeroed buffer of at least ``units`` UTF-16 code units (pdfium's text)."""
    return _array(ctypes.c_ushort, _size_class(units))()


def byte_buffer(size: int):
    """A zeroed buffer of at least ``size`` bytes (pdfium's font names); ``.value`` reads
    it up to its first NUL."""
    return _array(ctypes.c_char, _size_class(size))()


def _size_class(n: int) -> int:
    return max(SMALLEST, 1 << (n - 1).bit_length())


@lru_cache(maxsize=64)
def _array(item: type, length: int) -> type:
    return item * length
