"""Guard for refactoring and speed work: the JSON of every input, before and after.

    python scripts/same_output.py save DIR [INPUTS ...]   # write DIR/<mode>/<input>.json
    python scripts/same_output.py check DIR [INPUTS ...]  # compare with DIR, list differences

INPUTS are files or folders (default: ``samples`` and ``../shared/corpus`` with its
``real-full``); folders give their .txt, .docx and .pdf files (not scans: OCR is slow and
has its own checks). Each input is extracted in the ``rules`` and ``combined`` modes, so a
change to the model's features shows up as a changed confidence. A speed change should
leave every file identical; the exit status is the number of differing files (capped).
"""

from __future__ import annotations

import sys
from pathlib import Path

from giaoviec.api import extract
from giaoviec.errors import GiaoviecError

MODES = ("rules", "combined")
SUFFIXES = (".txt", ".docx", ".pdf")


def inputs(args: list[str]) -> list[Path]:
    roots = [Path(a) for a in args] or [p for p in (Path("samples"),
                                                    Path("../shared/corpus"),
                                                    Path("../shared/corpus/real-full"))
                                         if p.exists()]
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
            continue
        found.extend(p for p in sorted(root.iterdir())
                     if p.suffix in SUFFIXES and not p.name.endswith(".scan.pdf"))
    return found


def render(path: Path, mode: str) -> str:
    try:
        return extract(path, mode=mode).model_dump_json(indent=1)
    except GiaoviecError as exc:
        return f"error: {exc}"


def key(path: Path) -> str:
    return "__".join(path.parts[-2:])


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("save", "check"):
        print(__doc__)
        return 2
    action, base = argv[0], Path(argv[1])
    differing = 0
    files = inputs(argv[2:])
    for mode in MODES:
        for path in files:
            target = base / mode / f"{key(path)}.json"
            text = render(path, mode)
            if action == "save":
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            elif not target.exists() or target.read_text(encoding="utf-8") != text:
                differing += 1
                print(f"differs: {mode} {path}")
    print(f"{action}: {len(files)} inputs x {len(MODES)} modes, {differing} differing")
    return min(differing, 100)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
