"""Render the review page of samples/seed-001.docx and screenshot it as docs/review-seed.png.

    .venv/bin/python scripts/review_screenshot.py [--task t12] [--out docs/review-seed.png]

Needs Playwright (the dev extras) and Debian's Chromium at /usr/bin/chromium (or
$GIAOVIEC_CHROMIUM). The page is shown with one task selected, so that the screenshot shows
the highlights and the selected row; viewport 1400x1000, full page.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from giaoviec.api import extract
from giaoviec.review import write_review_page

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--doc", default=str(ROOT / "samples" / "seed-001.docx"))
    parser.add_argument("--task", default="t12", help="task to select (default %(default)s)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "review-seed.png"))
    args = parser.parse_args()

    notice = extract(args.doc).model_dump(mode="json")
    notice["source"]["path"] = Path(args.doc).name  # no machine-specific path in the picture
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "review.html"
        write_review_page(notice, page_path)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=os.environ.get("GIAOVIEC_CHROMIUM", "/usr/bin/chromium"),
                args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.emulate_media(reduced_motion="reduce")
            page.goto(page_path.as_uri())
            row = page.locator(f'tr[data-task="{args.task}"]')
            if row.count():
                row.scroll_into_view_if_needed()
                row.click()
                page.wait_for_timeout(300)
            page.evaluate("window.scrollTo(0, 0)")
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=args.out, full_page=True)
            browser.close()
    print(args.out)


if __name__ == "__main__":
    main()
