"""``giaoviec bench``: speed and memory per input format, as reproducible numbers.

Everything runs in this process on one core (pdfium and our pipeline are single-threaded):
documents/s and pages/s are per core. Each format is warmed up once, then timed ``repeat``
times; we report the median and the spread (min-max). Stage times come from the pipeline's
own timer. Cold start is measured in fresh processes: from process start to the first
document's JSON on stdout, with the package's bytecode cached as an installed package has it
(pip compiles it when it installs a wheel; an editable install, or a shell with
``PYTHONDONTWRITEBYTECODE`` set, would otherwise compile every module's source again in each
new process, about 0.2 s of the start here). On PDFs, pdfplumber's plain ``extract_text``
runs over the same pages, for the ratio the design asks about.
"""

from __future__ import annotations

import compileall
import json
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

FORMATS = ("pdf", "docx", "txt", "scan.pdf")


@dataclass
class FormatBench:
    format: str
    documents: int
    pages: int
    docs_per_s: float
    docs_per_s_spread: tuple[float, float]
    pages_per_s: float | None
    pages_per_s_spread: tuple[float, float] | None
    stage_ms_per_doc: dict[str, float] = field(default_factory=dict)
    pdfplumber_pages_per_s: float | None = None
    speedup_vs_pdfplumber: float | None = None
    unreadable: int = 0  # files left out: they fail to extract (their error is the point)


@dataclass
class BenchReport:
    formats: list[FormatBench]
    cold_start_s: float | None
    cold_start_spread: tuple[float, float] | None
    peak_rss_mb: float
    repeat: int
    bytecode_cached: bool = True  # False: the package folder is read-only, sources compiled


def collect(paths: list[str], include_scans: bool = False) -> dict[str, list[Path]]:
    """Files per format; scans only when asked for (OCR is timed on its own)."""
    found: dict[str, list[Path]] = {f: [] for f in FORMATS}
    for raw in paths:
        path = Path(raw)
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        for p in candidates:
            name = p.name.lower()
            if not p.is_file() or name.endswith(".gold.json"):
                continue
            if name.endswith(".scan.pdf"):
                if include_scans:
                    found["scan.pdf"].append(p)
            elif name.endswith((".pdf", ".docx", ".txt")):
                found[name.rsplit(".", 1)[1]].append(p)
    return {k: sorted(set(v)) for k, v in found.items() if v}


def time_format(fmt: str, files: list[Path], repeat: int) -> tuple[FormatBench, list[Path]]:
    """The format's rates and stage times over ``files``, and the files it could read."""
    from giaoviec.api import extract
    from giaoviec.errors import GiaoviecError
    from giaoviec.pipeline import StageTimer

    usable = []
    for f in files:  # warm-up, and leave out what cannot be read
        try:
            extract(f).model_dump_json()
            usable.append(f)
        except GiaoviecError:
            continue
    runs, pages, stages = [], 0, StageTimer()
    for _ in range(repeat):
        pages = 0
        start = time.perf_counter()
        for f in usable:
            notice = extract(f, timer=stages)
            with stages.stage("serialise"):
                notice.model_dump_json()
            pages += notice.source.pages or 0
        runs.append(time.perf_counter() - start)
    n = max(len(usable), 1)
    docs = [len(usable) / r for r in runs]
    page_rates = [pages / r for r in runs] if pages else None
    return FormatBench(
        format=fmt, documents=len(usable), pages=pages, unreadable=len(files) - len(usable),
        docs_per_s=statistics.median(docs), docs_per_s_spread=(min(docs), max(docs)),
        pages_per_s=statistics.median(page_rates) if page_rates else None,
        pages_per_s_spread=(min(page_rates), max(page_rates)) if page_rates else None,
        stage_ms_per_doc={k: 1000 * v / (n * repeat) for k, v in stages.seconds.items()},
    ), usable


def time_pdfplumber(files: list[Path], repeat: int) -> float | None:
    """pdfplumber's plain text extraction, pages/s (median over repeats)."""
    import pdfplumber

    rates = []
    for _ in range(max(1, min(repeat, 3))):
        pages = 0
        start = time.perf_counter()
        for f in files:
            try:
                with pdfplumber.open(f) as pdf:
                    for page in pdf.pages:
                        page.extract_text()
                        pages += 1
            except Exception:
                continue
        rates.append(pages / (time.perf_counter() - start))
    return statistics.median(rates) if rates else None


def cache_bytecode() -> bool:
    """Write the package's missing or stale bytecode; False when it cannot be written (a
    read-only install), and the cold start then includes compiling the sources."""
    package = Path(__file__).resolve().parent
    try:
        return bool(compileall.compile_dir(package, quiet=2))
    except OSError:
        return False


def cold_start(sample: Path, repeat: int = 3) -> list[float]:
    """Seconds from process start to the first document's JSON, in fresh processes; empty
    when the fresh process fails (the benchmark still reports the rest)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "giaoviec", "extract", str(sample),
                               "--no-text"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        if done.returncode != 0:
            return []
        times.append(time.perf_counter() - start)
    return times


def run_bench(paths: list[str], repeat: int, include_scans: bool = False) -> BenchReport:
    groups = collect(paths, include_scans)
    results, readable = [], {}
    for fmt in FORMATS:
        if fmt not in groups:
            continue
        result, readable[fmt] = time_format(fmt, groups[fmt], repeat)
        if fmt == "pdf" and result.pages_per_s:
            plumber = time_pdfplumber(groups[fmt], repeat)
            result.pdfplumber_pages_per_s = plumber
            if plumber:
                result.speedup_vs_pdfplumber = result.pages_per_s / plumber
        results.append(result)
    sample = next((readable[f][0] for f in ("docx", "pdf", "txt") if readable.get(f)), None)
    cached = cache_bytecode()
    starts = cold_start(sample) if sample else None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchReport(results, statistics.median(starts) if starts else None,
                       (min(starts), max(starts)) if starts else None, rss, repeat, cached)


def report_text(report: BenchReport) -> str:
    lines = [f"repeats: {report.repeat} (median, min-max); one process, one core"]
    for r in report.formats:
        left_out = f" ({r.unreadable} unreadable, left out)" if r.unreadable else ""
        lines.append(f"\n[{r.format}] {r.documents} documents, {r.pages or '-'} pages{left_out}")
        lo, hi = r.docs_per_s_spread
        lines.append(f"  documents/s   {r.docs_per_s:8.1f}   ({lo:.1f}-{hi:.1f})")
        if r.pages_per_s is not None:
            lo, hi = r.pages_per_s_spread
            lines.append(f"  pages/s       {r.pages_per_s:8.1f}   ({lo:.1f}-{hi:.1f})")
        stages = ", ".join(f"{k} {v:.1f}" for k, v in r.stage_ms_per_doc.items())
        lines.append(f"  ms per doc    {stages}")
        if r.pdfplumber_pages_per_s:
            lines.append(f"  pdfplumber extract_text: {r.pdfplumber_pages_per_s:.1f} pages/s; "
                         f"giaoviec end to end is {r.speedup_vs_pdfplumber:.1f}x")
    if report.cold_start_s is not None:
        lo, hi = report.cold_start_spread
        how = "bytecode cached" if report.bytecode_cached else (
            "sources compiled in each process: the package folder is read-only")
        lines.append(f"\ncold start (process start to first JSON, {how}): "
                     f"{report.cold_start_s:.2f} s ({lo:.2f}-{hi:.2f})")
    else:
        lines.append("\ncold start: not measured (no readable sample, or it failed in a fresh "
                     "process)")
    lines.append(f"peak RSS: {report.peak_rss_mb:.0f} MB")
    return "\n".join(lines) + "\n"


def run_bench_command(args) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"giaoviec: error: {missing[0]}: no such file or directory", file=sys.stderr)
        return 2
    report = run_bench(args.paths, max(1, args.repeat), getattr(args, "scans", False))
    if args.json:
        print(json.dumps(asdict(report), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(report_text(report))
    return 0
