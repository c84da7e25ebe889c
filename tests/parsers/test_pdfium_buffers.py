"""pdfium's buffers come from a few array types made once, and hold what was asked."""

import ctypes

from hypothesis import given
from hypothesis import strategies as st

from giaoviec.parsers.pdfium_buffers import byte_buffer, utf16_buffer


@given(st.integers(min_value=1, max_value=1 << 20))
def test_a_buffer_holds_at_least_what_was_asked_and_starts_zeroed(n):
    units, data = utf16_buffer(n), byte_buffer(n)
    assert len(units) >= n and len(data) >= n
    assert ctypes.sizeof(units) == 2 * len(units)
    assert units[0] == 0 and units[len(units) - 1] == 0 and data.value == b""


def test_sizes_share_one_type_per_power_of_two():
    assert type(utf16_buffer(100)) is type(utf16_buffer(120))  # both 128 units
    assert type(utf16_buffer(100)) is not type(utf16_buffer(200))
    assert type(byte_buffer(5)) is type(byte_buffer(40))  # the smallest size serves both
