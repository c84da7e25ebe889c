"""A document leaves nothing behind for the garbage collector.

Everything one document allocates is freed by reference counting as soon as its result is
dropped. A reference cycle (a closure that calls itself, a walk that keeps a callback which
holds the walk, a class made per call) would instead wait for a collection: memory held
longer in a batch, and collections that walk the whole heap more often. The test runs each
sample with the collector off and asks the collector what it would have freed."""

import gc

import pytest

from giaoviec.api import extract


@pytest.mark.parametrize("suffix", ["docx", "pdf", "txt"])
def test_a_document_makes_no_reference_cycles(samples, suffix):
    source = samples / f"seed-001.{suffix}"
    extract(source).model_dump_json()  # first: load what loads lazily (models, tables)
    gc.collect()
    gc.disable()
    try:
        extract(source).model_dump_json()
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert unreachable == 0


def test_the_collector_is_paused_for_a_document_and_frees_its_cycles_after():
    from giaoviec import collector

    class Node:
        pass

    gc.collect()
    with collector.paused():
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle the document leaves behind
        del a, b
    assert gc.isenabled()
    assert gc.collect() == 0  # the young collection after the document freed it already


def test_a_caller_that_disabled_the_collector_keeps_it_disabled():
    from giaoviec import collector

    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
