"""The ``giaoviec`` command: a thin layer over the library.

Every command parses its arguments, calls one library function, and turns a
:class:`~giaoviec.errors.GiaoviecError` into a one-line message on stderr with exit code 2.
Nothing here knows about document formats or extraction.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from giaoviec import __version__
from giaoviec.atomic import write_atomic

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if hasattr(args, "mode"):  # --mode, or GIAOVIEC_MODE: a typo is a usage error, not a crash
        from giaoviec.pipeline.resolver import resolve_mode

        try:
            resolve_mode(args.mode)
        except ValueError as exc:
            return usage_error(str(exc))
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("giaoviec: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="giaoviec",
        description="Extract the tasks that Vietnamese administrative documents assign "
        "(who, what, by when, report to whom) as validated JSON.",
    )
    parser.add_argument("--version", action="version", version=f"giaoviec {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_extract(commands)
    _add_schema(commands)
    _add_eval(commands)
    _add_batch(commands)
    _add_review(commands)
    _add_bench(commands)
    return parser


# --- extract -------------------------------------------------------------------------------------
def _add_extract(commands) -> None:
    p = commands.add_parser(
        "extract", help="extract tasks from documents (DOCX, PDF, TXT)",
        description="Extract one or more documents. With one FILE the JSON goes to stdout or "
        "to -o FILE; with several, one JSON per line to stdout, or one file per input in the "
        "directory -o DIR. Bad inputs get a one-line error; the others are still processed.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (one input) or directory")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--no-text", action="store_true", help="leave out the document text")
    _add_mode(p)
    p.set_defaults(run=run_extract)


def _add_mode(p) -> None:
    p.add_argument("--mode", choices=("rules", "model", "combined"), default=None,
                   help="who decides which units are tasks: the rules, the trained model, or "
                   "both (default: $GIAOVIEC_MODE, else combined)")


def run_extract(args) -> int:
    from giaoviec.api import extract
    from giaoviec.errors import GiaoviecError

    several = len(args.files) > 1
    if several and args.output:
        out_dir = Path(args.output)
        if out_dir.exists() and not out_dir.is_dir():
            return usage_error(f"{args.output}: with several inputs -o must be a directory")
        out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in args.files:
        try:
            notice = extract(path, mode=args.mode)
        except GiaoviecError as exc:
            failed += 1
            print(f"giaoviec: error: {exc if exc.path else f'{path}: {exc}'}", file=sys.stderr)
            continue
        payload = render_notice(notice, pretty=args.pretty, no_text=args.no_text)
        if not args.output:
            sys.stdout.write(payload + "\n")
        elif several:
            write_atomic(Path(args.output) / f"{Path(path).name}.json", payload + "\n")
        else:
            write_atomic(Path(args.output), payload + "\n")
    return EXIT_USAGE if failed else EXIT_OK


def render_notice(notice, *, pretty: bool = False, no_text: bool = False) -> str:
    exclude = {"text"} if no_text else None
    data = notice.model_dump(mode="json", exclude=exclude)
    return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None)


# --- schema --------------------------------------------------------------------------------------
def _add_schema(commands) -> None:
    p = commands.add_parser("schema", help="print the JSON Schema of the output",
                            description="Print the JSON Schema that every output validates "
                            "against (generated from the pydantic models).")
    p.set_defaults(run=run_schema)


def run_schema(args) -> int:
    from giaoviec.schemas.notice import notice_json_schema

    print(json.dumps(notice_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


# --- eval ----------------------------------------------------------------------------------------
def _add_eval(commands) -> None:
    p = commands.add_parser(
        "eval", help="score extraction against a gold folder",
        description="Run the pipeline on every document of GOLD_DIR that has a .gold.json and "
        "the requested renderings, and score it as corpus/FORMAT.md defines: a table per input "
        "format, then the misses per document.")
    p.add_argument("gold_dirs", nargs="+", metavar="GOLD_DIR")
    p.add_argument("--inputs", default="docx,pdf,txt",
                   help="renderings to run, comma-separated: docx,pdf,scan.pdf,txt "
                   "(default: %(default)s; those a folder lacks are skipped)")
    p.add_argument("--json", action="store_true", help="machine-readable results")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--fidelity", action="store_true",
                   help="also measure how many words of the .txt the text keeps")
    p.add_argument("--no-misses", action="store_true", help="print the tables only")
    _add_mode(p)
    p.add_argument("--cv", type=int, default=0, metavar="K",
                   help="K-fold cross-validation by document over all GOLD_DIRs: train the "
                   "unit model on K-1 folds, score the held-out documents in every mode (or "
                   "--mode only); one table per folder and rendering")
    p.add_argument("--silver", action="append", default=[], metavar="DIR",
                   help="with --cv: a folder whose gold leaves tasks unannotated, for silver "
                   "training units (repeatable)")
    p.set_defaults(run=run_eval)


def run_eval(args) -> int:
    from giaoviec.evaluation.report import misses_report, summary_table
    from giaoviec.evaluation.runner import KNOWN_INPUTS, evaluate, results_json

    inputs = tuple(x.strip() for x in args.inputs.split(",") if x.strip())
    unknown = [x for x in inputs if x not in KNOWN_INPUTS]
    if unknown:
        return usage_error(f"unknown input kind: {', '.join(unknown)}")
    missing = [f for f in [*args.gold_dirs, *args.silver] if not Path(f).is_dir()]
    if missing:
        return usage_error(f"{missing[0]}: not a directory")
    if args.cv:
        return _run_cv(args, inputs)
    everything = {}
    for folder in args.gold_dirs:
        path = Path(folder)
        if not path.is_dir():
            return usage_error(f"{folder}: not a directory")
        results = evaluate(path, inputs, workers=args.workers, fidelity=args.fidelity,
                           mode=args.mode)
        if args.json:
            everything[folder] = results_json(results)
            continue
        print(f"== {folder}")
        print(summary_table(results))
        if not args.no_misses:
            print(misses_report(results))
    if args.json:
        print(json.dumps(everything, ensure_ascii=False, indent=2))
    return EXIT_OK


def _run_cv(args, inputs: tuple[str, ...]) -> int:
    from giaoviec.evaluation.crossval import cross_validate, result_json, tables
    from giaoviec.model.fit import TrainingDependencyMissing, require_learner
    from giaoviec.pipeline.resolver import MODES

    if args.cv < 2:
        return usage_error("--cv needs K >= 2")
    try:
        require_learner()
    except TrainingDependencyMissing as exc:
        return usage_error(str(exc))
    result = cross_validate([Path(f) for f in args.gold_dirs], inputs, args.cv,
                            modes=(args.mode,) if args.mode else MODES,
                            silver_dirs=tuple(Path(f) for f in args.silver),
                            workers=args.workers,
                            progress=lambda m: print(f"cv: {m}", file=sys.stderr))
    if args.json:
        print(json.dumps(result_json(result), ensure_ascii=False, indent=2))
    else:
        print(tables(result), end="")
    return EXIT_OK


# --- batch ---------------------------------------------------------------------------------------
def _add_batch(commands) -> None:
    p = commands.add_parser(
        "batch", help="convert folders of documents, never losing one",
        description="Extract every document found in the INPUTs (files, folders searched "
        "recursively, globs) into OUTDIR: one JSON per input, manifest.jsonl with one outcome "
        "per input, and the exports trackers read (tasks.jsonl, tasks.csv, tasks.xlsx, "
        "deadlines.ics). Exit 0 when all succeeded, 1 when some failed, 2 on usage errors.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR")
    p.add_argument("--workers", type=int, default=None,
                   help="worker processes (default: the number of cores)")
    p.add_argument("--resume", action="store_true",
                   help="skip inputs whose content already has an ok outcome in OUTDIR")
    p.add_argument("--timeout", type=float, default=120.0, metavar="S",
                   help="seconds allowed per document (default %(default)s)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.add_argument("--review", action="store_true",
                   help="also write a review page per document and an index.html")
    p.set_defaults(run=run_batch)


def run_batch(args) -> int:
    from giaoviec.batch import run_batch_command

    return run_batch_command(args)


# --- review --------------------------------------------------------------------------------------
def _add_review(commands) -> None:
    p = commands.add_parser(
        "review", help="write a self-contained HTML review page",
        description="Write one self-contained HTML page (no network needed) showing the "
        "document text with each task's evidence highlighted beside a sortable, filterable "
        "task table. INPUT is a document or the JSON that `giaoviec extract` wrote.")
    p.add_argument("input", metavar="INPUT")
    p.add_argument("-o", "--output", metavar="FILE", help="default: INPUT name + .html")
    p.set_defaults(run=run_review)


def run_review(args) -> int:
    from giaoviec.review import run_review_command

    return run_review_command(args)


# --- bench ---------------------------------------------------------------------------------------
def _add_bench(commands) -> None:
    p = commands.add_parser(
        "bench", help="measure speed and memory per format",
        description="Measure documents/s and pages/s per core (median and spread over "
        "repeats), time per stage, peak RSS and cold start; on PDFs compare with "
        "pdfplumber's extract_text on the same files.")
    p.add_argument("paths", nargs="*", default=["samples"], metavar="PATH")
    p.add_argument("--repeat", type=int, default=5, help="repeats (default %(default)s)")
    p.add_argument("--json", action="store_true", help="machine-readable results")
    p.add_argument("--scans", action="store_true",
                   help="also time scanned PDFs (*.scan.pdf) through OCR")
    p.set_defaults(run=run_bench)


def run_bench(args) -> int:
    from giaoviec.bench import run_bench_command

    return run_bench_command(args)


def usage_error(message: str) -> int:
    print(f"giaoviec: error: {message}", file=sys.stderr)
    return EXIT_USAGE
