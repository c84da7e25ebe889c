"""The package's ``regex``: the parser's flag constants turned into ints, nothing else."""

from __future__ import annotations

from regex import _regex_core

from giaoviec.rx import regex


def test_the_parser_tests_plain_ints_while_the_public_flags_stay_enum_members():
    assert type(_regex_core.IGNORECASE) is int and type(_regex_core.VERSION0) is int
    assert isinstance(regex.IGNORECASE, _regex_core.RegexFlag)


def test_scoped_and_global_flags_still_take_effect():
    # the parser reads every flag through the constants it now holds as ints
    assert regex.compile(r"ủy\s+ban", regex.IGNORECASE).fullmatch("ỦY  BAN")
    assert regex.compile(r"(?i:sở)\s+Y").match("SỞ Y") and not regex.compile(
        r"(?i:sở)\s+Y").match("SỞ y")
    assert regex.compile(r" a  b # a comment", regex.VERBOSE).fullmatch("ab")
    assert regex.compile(r"^b", regex.MULTILINE).search("a\nb")
    assert regex.compile(r"(?<!\p{L})tháng\s*(?P<m>\d+)", regex.IGNORECASE).search(
        "trong THÁNG 7")["m"] == "7"
