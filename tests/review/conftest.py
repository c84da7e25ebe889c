"""A real headless Chromium for the review-page tests: one browser per test session.

The browser tests never skip: without Chromium or Playwright they fail and say how to install
them (CI installs both).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("GIAOVIEC_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 1000}


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the review-page browser tests need Playwright's Python package: "
                    "`.venv/bin/pip install -e '.[dev]'` (or `pip install playwright`); "
                    "do not run `playwright install`, the tests use Debian's Chromium",
                    pytrace=False)
    if not CHROMIUM.exists():
        pytest.fail(f"the review-page browser tests need Chromium at {CHROMIUM}: install it "
                    "with `sudo apt-get install chromium` or `make system-deps` "
                    "(scripts/system-deps.sh), or point GIAOVIEC_CHROMIUM at a Chromium binary",
                    pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A page opened from disk, with the errors it logged."""

    def __init__(self, page, errors: list[str]) -> None:
        self.page = page
        self.errors = errors


@pytest.fixture
def open_page(browser) -> Iterator:
    """``open_page(path, **viewport)`` opens a file:// page; no page may log an error."""
    opened: list[Opened] = []

    def opener(path: Path, width: int = VIEWPORT["width"],
               height: int = VIEWPORT["height"]) -> object:
        page = browser.new_page(viewport={"width": width, "height": height})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
        page.on("console", lambda msg: errors.append(f"console: {msg.text}")
                if msg.type == "error" else None)
        page.on("request", lambda req: errors.append(f"request: {req.url}")
                if not req.url.startswith("file:") else None)
        page.goto(Path(path).resolve().as_uri())
        opened.append(Opened(page, errors))
        return page

    yield opener
    for item in opened:
        item.page.close()
    problems = [e for item in opened for e in item.errors]
    assert not problems, problems
