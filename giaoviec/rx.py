"""The ``regex`` module as the package uses it: ``from giaoviec.rx import regex``.

Compiling our patterns is most of a cold start's work, and ``regex`` compiles in Python: its
parser tests the pattern's flags against module constants that are ``RegexFlag`` members, and
on Python 3.11 every ``&`` or ``|`` on an ``IntFlag`` builds a new enum member through the
enum machinery. With the parser's constants as plain ints the same programs come out (the
compiled code of every pattern of the package was compared, code for code) at about three
quarters of the cost: 0.4 G of the 3.8 G instructions of a cold ``giaoviec extract``.

Only the parser's own module constants change. ``regex.IGNORECASE`` and the rest of the
public names stay enum members, and a pattern's ``.flags`` is whatever it was. If a later
``regex`` stops keeping its flags there, nothing is changed and only the speed-up is lost.
"""

from __future__ import annotations

import regex
from regex import _regex_core


def _parser_flags_as_ints() -> int:
    """Turn the parser module's ``RegexFlag`` constants into ints; how many were turned."""
    flag_type = getattr(_regex_core, "RegexFlag", None)
    if flag_type is None:
        return 0
    turned = 0
    for name, value in list(vars(_regex_core).items()):
        if isinstance(value, flag_type):
            setattr(_regex_core, name, int(value))
            turned += 1
    return turned


_parser_flags_as_ints()

__all__ = ["regex"]
