"""Time the audit on generated corpora, phase by phase, and score it against the answer keys.

    python -m bench.run --sizes 1000,10000,100000           # make bench
    python -m bench.run --sizes 1000000 --jsonl             # make bench-large
    python -m bench.run --anchoring                         # quote anchoring alone, 20 KB articles
    python -m bench.run --sizes 1000 --write-docs           # also update docs/performance.md

Each size is generated once under bench/out/ (reused while the generator is unchanged), then
audited in a fresh subprocess so that its peak memory (`ru_maxrss`) is its own. The engine's
pieces are timed by wrapping the functions the engine calls (in the modules that call them),
so the timed run is the real `audit_repository`, not a copy of it. Up to 100k claims the
command line is also run: cold (no cache), warm (nothing changed) and after one claim file
changed, three rounds of them, and the median of each is reported. A run that exceeds `--timeout`
is stopped and recorded as not finished, with the phase it was in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from bench import generate as G

REPO_ROOT = Path(__file__).resolve().parents[1]
DOCS = REPO_ROOT / "docs" / "performance.md"
NOW = dt.date(2026, 11, 23)
DEFAULT_TIMEOUT = 15 * 60
DEFAULT_MEMORY_GIB = 14.0  # the 1M target is 8 GiB; leave the rest of a 24 GiB machine to others
CLI_RUNS_UP_TO = 100_000
CLI_REPEATS = 3  # rounds of cold / warm / changed; the median is reported
PHASES = (
    "load",
    "anchor",
    "values",
    "validate",
    "group",
    "compare",
    "crossref",
    "aliases",
    "checks",
    "report",
    "json",
)
PHASE_HELP = {
    "load": "settings, sources and claims read and validated into the model (loader)",
    "anchor": "quotes anchored in their sources (`anchor_by_source`: `prepare_text` + `anchor_quote`)",
    "values": "values parsed (`parse_value`, `value_context`)",
    "validate": "the input checks (`run_input_checks`)",
    "group": "facts built and grouped by `about` (`build_facts`, `group_propositions`)",
    "compare": "pairs within each `about` compared, origins counted (`analyse`)",
    "crossref": "key-less cross-referencing (`find_matches`)",
    "aliases": "origin names that look like unlisted aliases (`suggest_aliases`)",
    "checks": "the cross-reference checks, severities, sorting",
    "report": "Markdown report and terminal summary rendered (what `claimcheck audit` prints and writes)",
    "json": "`--format json` output rendered (measured last, so peak RSS includes it)",
}


def max_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- timing the engine's pieces ---------------------------------------------------------------------


# Which reported phase each timed piece belongs to.
REPORTED_AS = {
    "load-sources": "load",
    "load-claims": "load",
    "prepare": "anchor",
    "anchor": "anchor",
    "values": "values",
    "validate": "validate",
    "analyse": "group",
    "group": "group",
    "compare": "compare",
    "crossref": "crossref",
    "aliases": "aliases",
}


@dataclass
class PhaseClock:
    """Seconds per piece, from wrappers put around the functions the engine calls.

    `on_phase` hears of each reported phase the first time the engine enters it, so that the
    parent knows where a run was when it had to stop it.
    """

    seconds: dict[str, float] = field(default_factory=dict)
    rss: dict[str, float] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    entered: set[str] = field(default_factory=set)
    failed_in: str | None = None  # the innermost timed piece an exception went through
    _restore: list[tuple[ModuleType, str, Any]] = field(default_factory=list)
    on_phase: Callable[[str], None] | None = None

    def add(self, piece: str, seconds: float) -> None:
        self.seconds[piece] = self.seconds.get(piece, 0.0) + seconds

    def enter(self, phase: str) -> None:
        if phase not in self.entered:
            self.entered.add(phase)
            if self.on_phase:
                self.on_phase(phase)

    def wrap(
        self, module: ModuleType, name: str, piece: str, *, top: bool = False, then: str | None = None
    ) -> None:
        """Time every call of `module.name` as `piece`; `top` also notes memory after each call;
        `then` is the phase that starts when the call returns."""
        original = getattr(module, name, None)
        if original is None:
            self.missing.append(f"{module.__name__}.{name}")
            return
        clock = self
        phase = REPORTED_AS[piece]

        def timed(*args: Any, **kwargs: Any) -> Any:
            clock.enter(phase)
            start = time.perf_counter()
            try:
                result = original(*args, **kwargs)
            except BaseException:
                clock.failed_in = clock.failed_in or piece
                raise
            finally:
                clock.add(piece, time.perf_counter() - start)
                if top:
                    clock.rss[piece] = max_rss_mb()
            if then:  # only when the call returned: a failure stays in the phase it happened in
                clock.enter(then)
            return result

        setattr(module, name, timed)
        self._restore.append((module, name, original))

    def restore(self) -> None:
        for module, name, original in reversed(self._restore):
            setattr(module, name, original)
        self._restore.clear()


@contextmanager
def timed_engine(clock: PhaseClock) -> Iterator[None]:
    """Wrap the pieces `audit_repository` is made of, in the modules that call them."""
    import claimcheck.audit.context as context
    import claimcheck.engine as engine
    import claimcheck.loader as loader
    import claimcheck.validation as validation

    # private to the loader, so their names may change: the first that exists is timed
    sources = next(
        (name for name in ("_load_sources", "_load_source") if hasattr(loader, name)), "_load_sources"
    )
    claims = next((name for name in ("_load_claim_files", "_load_claim_file") if hasattr(loader, name)), "")
    clock.wrap(loader, sources, "load-sources")
    clock.wrap(loader, claims or "_load_claim_files", "load-claims")
    clock.wrap(validation, "anchor_by_source", "anchor")
    clock.wrap(validation, "parse_value", "values")
    clock.wrap(validation, "value_context", "values")
    clock.wrap(engine, "prepare_inputs", "prepare", top=True)
    clock.wrap(engine, "run_input_checks", "validate", top=True)
    clock.wrap(engine, "analyse_repository", "analyse", top=True, then="checks")
    clock.wrap(context, "build_facts", "group")
    clock.wrap(context, "group_propositions", "group")
    clock.wrap(context, "analyse", "compare")
    clock.wrap(context, "find_matches", "crossref")
    clock.wrap(context, "suggest_aliases", "aliases")
    try:
        yield
    finally:
        clock.restore()


def emit(record: dict[str, Any]) -> None:
    """One progress line for the parent process (which stops a run that takes too long)."""
    print(json.dumps(record), flush=True)


def phase_seconds(
    s: dict[str, float],
    load: float | None,
    audit: float | None,
    report: float | None,
    json_seconds: float | None = None,
) -> dict[str, float | None]:
    """The reported phases from the timed pieces (None: not known yet)."""
    crossref = s.get("crossref", 0.0)
    aliases = s.get("aliases", 0.0)
    analysed = s.get("analyse", 0.0)
    prepare = s.get("prepare", 0.0)
    phases: dict[str, float | None] = {
        "load": load,
        # what prepare_inputs spends besides parsing values is its loop over the quotes
        "anchor": max(s.get("anchor", 0.0), prepare - s.get("values", 0.0)),
        "values": s.get("values", 0.0),
        "validate": s.get("validate", 0.0),
        "group": s.get("group", 0.0),
        "compare": s.get("compare", 0.0)
        + max(0.0, analysed - s.get("group", 0.0) - s.get("compare", 0.0) - crossref - aliases),
        "crossref": crossref,
        "aliases": aliases,
        "checks": None if audit is None else max(0.0, audit - prepare - s.get("validate", 0.0) - analysed),
        "report": report,
        "json": json_seconds,
    }
    return {name: None if value is None else round(value, 3) for name, value in phases.items()}


def measure(root: Path, *, progress: bool = False) -> dict[str, Any]:
    """Audit the corpus at `root` once, timing each phase; score it against its answer key."""
    from claimcheck.engine import audit_repository, open_repository
    from claimcheck.output.json_output import audit_json_parts
    from claimcheck.output.terminal import render_terminal_summary
    from claimcheck.selection import Selection

    known: dict[str, float | None] = {"load": None, "audit": None, "report": None}
    started = time.perf_counter()

    def announce(phase: str) -> None:
        if progress:
            done = phase_seconds(clock.seconds, known["load"], known["audit"], known["report"])
            emit(
                {
                    "type": "phase",
                    "phase": phase,
                    "elapsed": round(time.perf_counter() - started, 2),
                    "rss_mb": round(max_rss_mb(), 1),
                    "phases": done,
                }
            )

    clock = PhaseClock(on_phase=announce)
    notes: list[str] = []
    rss: dict[str, float] = {}
    with timed_engine(clock):
        clock.enter("load")
        start = time.perf_counter()
        try:
            repo = open_repository(root)
            known["load"] = time.perf_counter() - start
            rss["load"] = max_rss_mb()
            start = time.perf_counter()
            result = audit_repository(repo, Selection(), NOW)
        except MemoryError:
            if progress:  # say where, with what had been timed, before the parent sees the exit
                piece = clock.failed_in or "load"
                emit(
                    {
                        "type": "failed",
                        "error": "MemoryError",
                        "in": piece,
                        "elapsed": round(time.perf_counter() - started, 2),
                        "rss_mb": round(max_rss_mb(), 1),
                        "phases": phase_seconds(clock.seconds, known["load"], None, None),
                    }
                )
            raise
        known["audit"] = time.perf_counter() - start
        rss["audit"] = max_rss_mb()
    notes += [f"not timed separately (not found): {name}" for name in clock.missing]
    clock.enter("report")
    report_seconds = 0.0
    try:
        from claimcheck.report.markdown import render_markdown_report
    except ImportError as error:
        notes.append(f"Markdown report not timed: {error}")
    else:
        start = time.perf_counter()
        markdown = render_markdown_report(result, report_path=root / "reports" / "audit.md")
        report_seconds += time.perf_counter() - start
        del markdown
    start = time.perf_counter()
    summary = render_terminal_summary(result, color=False)
    report_seconds += time.perf_counter() - start
    del summary
    known["report"] = report_seconds
    rss["report"] = max_rss_mb()
    clock.enter("json")
    start = time.perf_counter()
    # as `claimcheck audit --format json` prints it: in pieces, never one string for the whole
    with open(os.devnull, "w", encoding="utf-8") as sink:
        sink.writelines(audit_json_parts(result))
    json_seconds = time.perf_counter() - start
    wall = time.perf_counter() - started
    rss["json"] = max_rss_mb()
    s = clock.seconds
    phases = phase_seconds(s, known["load"], known["audit"], known["report"], json_seconds)
    input_errors = [
        f for f in result.findings if f.check in _input_check_ids() and f.severity.label == "error"
    ]
    key_path = root / "answer-key.json"
    scores = score(result, json.loads(key_path.read_text(encoding="utf-8"))) if key_path.exists() else {}
    return {
        "type": "result",
        "root": str(root),
        "claims": len(repo.claims),
        "sources": len(repo.sources),
        "phases": phases,
        "detail": {name: round(value, 3) for name, value in sorted(s.items())},
        "wall": round(wall, 3),
        "peak_rss_mb": round(max_rss_mb(), 1),
        # the engine may read files in worker processes: the largest of them (not their sum)
        "peak_rss_workers_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "rss_after_mb": {
            name: round(value, 1)
            for name, value in {
                "load": rss["load"],
                **clock.rss,
                "checks": rss["audit"],
                "report": rss["report"],
                "json": rss["json"],
            }.items()
        },
        "findings": result.check_counts(),
        "input_errors": len(input_errors),
        "input_error_examples": [f.one_line() for f in input_errors[:5]],
        "scores": scores,
        "notes": notes,
    }


def _input_check_ids() -> set[str]:
    from claimcheck.checks import INPUT_CHECKS

    return {module.ID for module in INPUT_CHECKS}


# -- accuracy against the answer key ------------------------------------------------------------------


def _pairs(records: Sequence[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset(record["claims"]) for record in records}


def _by_kind(pairs: set[frozenset[str]]) -> dict[str, int]:
    """The commonest kinds of fact among pairs (claim ids are `<kind>-<number>`)."""
    kinds = Counter(" / ".join(sorted({claim_id.rsplit("-", 1)[0] for claim_id in pair})) for pair in pairs)
    return dict(kinds.most_common(6))


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score(result: Any, key: dict[str, Any]) -> dict[str, Any]:
    """Recall and precision of what the audit found against what the generator planted."""
    found: dict[str, set[frozenset[str]]] = {}
    flagged_abouts: dict[str, set[str]] = {}
    for finding in result.findings:
        if len(finding.claim_ids) >= 2:
            found.setdefault(finding.check, set()).add(frozenset(finding.claim_ids[:2]))
        if finding.about:
            flagged_abouts.setdefault(finding.check, set()).add(finding.about)

    planted_dups = _pairs(key["near_duplicates"])
    expected_conflict = _pairs([r for r in key["near_duplicates"] if r["expect"] == "possible-conflict"])
    linked = found.get("possible-duplicate", set()) | found.get("possible-conflict", set())
    hits = linked & planted_dups
    misses = _pairs(key["near_misses"])
    near_dups = {
        "planted": len(planted_dups),
        "flagged": len(linked),
        "found": len(hits),
        "recall": _ratio(len(hits), len(planted_dups)),
        "precision": _ratio(len(hits), len(linked)),
        "possible_conflict_recall": _ratio(
            len(found.get("possible-conflict", set()) & expected_conflict), len(expected_conflict)
        ),
        "near_misses_planted": len(misses),
        "near_misses_flagged": len(linked & misses),
        "other_false_positives": len(linked - planted_dups - misses),
        "false_pairs_by_kind": _by_kind(linked - planted_dups),
        "missed_by_kind": _by_kind(planted_dups - linked),
        "near_misses_flagged_by_difference": dict(
            Counter(
                r["differs_in"] for r in key["near_misses"] if frozenset(r["claims"]) in linked
            ).most_common()
        ),
    }

    planted_conflicts = _pairs(key["conflicts"])
    reported = found.get("conflict", set())
    conflict_hits = reported & planted_conflicts
    conflicts = {
        "planted": len(planted_conflicts),
        "flagged": len(reported),
        "found": len(conflict_hits),
        "recall": _ratio(len(conflict_hits), len(planted_conflicts)),
        "precision": _ratio(len(conflict_hits), len(reported)),
        "resolved_flagged": len(reported & _pairs(key["resolved"])),
        "superseded_flagged": len(reported & _pairs(key["superseded"])),
        "superseded_recall": _ratio(
            len(found.get("superseded", set()) & _pairs(key["superseded"])), len(key["superseded"])
        ),
    }

    single = flagged_abouts.get("single-source", set())
    one_origin = {r["about"] for r in key["origins"] if r["origins"] < 2}
    several = {r["about"] for r in key["origins"] if r["origins"] >= 2}
    wire = {r["about"] for r in key["origins"] if r["category"] == "wire"}
    origins = {
        "one_origin_planted": len(one_origin),
        "one_origin_recall": _ratio(len(single & one_origin), len(one_origin)),
        "wire_copy_recall": _ratio(len(single & wire), len(wire)),
        "independent_planted": len(several),
        "independent_flagged": len(single & several),
        "precision": _ratio(len(single & one_origin), len(single & (one_origin | several))),
    }
    return {"near_duplicates": near_dups, "conflicts": conflicts, "single_source": origins}


# -- running a size in subprocesses -------------------------------------------------------------------


@dataclass
class ChildRun:
    seconds: float
    returncode: int | None  # None: stopped at the time-out
    lines: list[dict[str, Any]]
    max_rss_mb: float | None
    stderr: str

    @property
    def finished(self) -> bool:
        return self.returncode is not None

    @property
    def result(self) -> dict[str, Any] | None:
        return next((line for line in reversed(self.lines) if line.get("type") == "result"), None)

    @property
    def last_phase(self) -> str | None:
        phases = [line["phase"] for line in self.lines if line.get("type") == "phase"]
        return phases[-1] if phases else None


def run_child(
    command: Sequence[str], timeout: float, memory_gib: float | None = None, cwd: Path = REPO_ROOT
) -> ChildRun:
    """Run a command, collecting its JSON lines; stop it at `timeout`; its peak memory via wait4.

    `memory_gib` caps its address space, so that a run too big for the machine fails with a
    MemoryError instead of waking the kernel's OOM killer among other people's processes.
    """

    def limit_memory() -> None:
        if memory_gib:
            limit = int(memory_gib * 1024**3)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
        preexec_fn=limit_memory,
    )
    lines: list[dict[str, Any]] = []
    errors: list[str] = []

    def read_out() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("{"):
                with suppress(json.JSONDecodeError):
                    lines.append(json.loads(line))

    def read_err() -> None:
        assert process.stderr is not None
        errors.append(process.stderr.read())

    readers = [threading.Thread(target=read_out), threading.Thread(target=read_err)]
    for reader in readers:
        reader.start()
    deadline = started + timeout
    returncode: int | None = None
    rss: float | None = None
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            returncode = os.waitstatus_to_exitcode(status)
            rss = usage.ru_maxrss / 1024
            process.returncode = returncode
            break
        if time.perf_counter() > deadline:
            process.kill()
            _, _, usage = os.wait4(process.pid, 0)
            rss = usage.ru_maxrss / 1024
            process.returncode = -9
            break
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    for reader in readers:
        reader.join()
    return ChildRun(seconds, returncode, lines, rss, "".join(errors)[-2000:])


def ensure_corpus(size: int, jsonl: bool, seed: int, timeout: float) -> tuple[Path, float | None, str | None]:
    """Generate the corpus unless it is already there; returns (folder, seconds or None, error)."""
    out = G.corpus_dir(size, jsonl)
    if G.is_current(out, size, seed=seed, jsonl=jsonl):
        return out, None, None
    command = [sys.executable, "-m", "bench.generate", "--size", str(size), "--seed", str(seed)]
    if jsonl:
        command.append("--jsonl")
    print(f"generating {out.relative_to(REPO_ROOT)} …", flush=True)
    run = run_child(command, timeout)
    if run.returncode != 0:
        return out, run.seconds, f"generation failed: {run.stderr.strip()[-500:] or 'timed out'}"
    return out, run.seconds, None


def edit_one_claim_file(root: Path) -> tuple[Path, bytes]:
    """Change one claim in the middle claim file (a note added); returns what to restore."""
    files = sorted((root / "claims").iterdir())
    path = files[len(files) // 2]
    original = path.read_bytes()
    text = original.decode("utf-8")
    if path.suffix == ".jsonl":
        first, rest = text.split("\n", 1)
        entry = json.loads(first)
        entry["note"] = "edited by the benchmark"
        text = json.dumps(entry, ensure_ascii=False) + "\n" + rest
    else:
        first, rest = text.split("\n", 1)
        text = f'{first}\n  note: "edited by the benchmark"\n{rest}'
    path.write_text(text, encoding="utf-8")
    return path, original


def cpu_check() -> float:
    """Seconds for a fixed piece of pure-Python work (30 million additions), measured before each
    size: about 0.85 s on the benchmark machine when nobody else uses it. The machine is shared, and
    a busy neighbour slows everything beside it by a third or more; this says when that was so."""
    start = time.perf_counter()
    total = 0
    for number in range(30_000_000):
        total += number
    return round(time.perf_counter() - start, 2)


def cli_runs(
    root: Path, timeout: float, memory_gib: float | None, repeats: int = CLI_REPEATS
) -> dict[str, Any]:
    """`claimcheck audit` cold, warm and after one claim file changed, `repeats` rounds: each
    scenario's `seconds` is its median (the machine is shared, and single runs varied by a third),
    `all_seconds` every round's time, `peak_rss_mb` the largest."""
    rounds = [_cli_round(root, timeout, memory_gib) for _ in range(repeats)]
    runs: dict[str, Any] = {}
    for name in ("cold", "warm", "changed"):
        tried = [round_[name] for round_ in rounds]
        seconds = [run["seconds"] for run in tried]
        finished = [value for value in seconds if value is not None]
        runs[name] = {
            **tried[0],
            "seconds": round(statistics.median(finished), 2) if len(finished) == len(tried) else None,
            "all_seconds": seconds,
            "peak_rss_mb": max((run["peak_rss_mb"] or 0 for run in tried), default=None) or None,
            "exit": max(run["exit"] for run in tried),
        }
        errors = [run["error"] for run in tried if run.get("error")]
        if errors:
            runs[name]["error"] = errors[0]
    return runs


def _cli_round(root: Path, timeout: float, memory_gib: float | None) -> dict[str, Any]:
    """One round: cold (no cache), warm (nothing changed), after one claim file changed."""
    cache = root / ".claimcheck-cache"
    for _ in range(5):  # another process auditing this corpus may be writing entries meanwhile
        shutil.rmtree(cache, ignore_errors=True)
        if not cache.exists():
            break
        time.sleep(0.5)
    command = [
        sys.executable,
        "-m",
        "claimcheck",
        "audit",
        str(root),
        "--now",
        NOW.isoformat(),
        "--fail-on",
        "none",
        "--report",
        str(root / "reports" / "audit.md"),
    ]
    runs: dict[str, Any] = {}
    for name in ("cold", "warm", "changed"):
        restore = edit_one_claim_file(root) if name == "changed" else None
        try:
            run = run_child(command, timeout, memory_gib)
        finally:
            if restore is not None:
                restore[0].write_bytes(restore[1])
        runs[name] = {
            "cache_present_before": name != "cold" or cache.exists(),
            "seconds": round(run.seconds, 2) if run.finished else None,
            "peak_rss_mb": round(run.max_rss_mb, 1) if run.max_rss_mb else None,
            "exit": run.returncode,
        }
        if run.returncode not in (0, 1):
            runs[name]["error"] = run.stderr.strip()[-500:]
    return runs


def run_size(
    size: int, *, jsonl: bool, seed: int, timeout: float, cli: bool, memory_gib: float | None = None
) -> dict[str, Any]:
    root, generated, error = ensure_corpus(size, jsonl, seed, timeout)
    record: dict[str, Any] = {
        "size": size,
        "format": "jsonl" if jsonl else "yaml",
        "date": dt.date.today().isoformat(),
        "generation_seconds": round(generated, 1) if generated is not None else None,
    }
    if error:
        record["error"] = error
        return record
    key_head = json.loads((root / "answer-key.json").read_text(encoding="utf-8"))
    record["corpus"] = {
        "claims": key_head["claims"],
        "sources": key_head["sources"],
        "text_mb": round(key_head["body_bytes"] / 1e6, 1),
    }
    print(f"auditing {root.relative_to(REPO_ROOT)} (time-out {timeout:.0f} s) …", flush=True)
    record["load_average"] = round(os.getloadavg()[0], 2)  # other work on the machine skews the times
    record["cpu_check_seconds"] = cpu_check()
    run = run_child([sys.executable, "-m", "bench.run", "--measure", str(root)], timeout, memory_gib)
    record["process_seconds"] = round(run.seconds, 2)
    result = run.result
    if result is None:
        if run.finished and "MemoryError" in run.stderr:
            record["error"] = f"did not finish: out of memory (limit {memory_gib:g} GiB)"
        elif run.finished:
            record["error"] = (
                f"the measuring process failed (exit {run.returncode}): {run.stderr.strip()[-800:]}"
            )
        else:
            record["error"] = f"did not finish within {timeout:g} s"
        progress = [line for line in run.lines if line.get("type") == "phase"]
        failed = next((line for line in run.lines if line.get("type") == "failed"), None)
        record["stuck_in"] = run.last_phase
        record["rss_at_stop_mb"] = max([line["rss_mb"] for line in progress] + [run.max_rss_mb or 0]) or None
        record["rss_at_phase_start_mb"] = {line["phase"]: line["rss_mb"] for line in progress}
        if failed:  # the pieces that had run, with their times; the one that failed
            piece = failed["in"]
            record["stuck_in"] = REPORTED_AS.get(piece, piece)
            if piece == "analyse":
                record["stuck_in"] = "analyse_repository, between its timed pieces (after the last one timed)"
            stuck = (
                PHASES.index(record["stuck_in"]) if record["stuck_in"] in PHASES else PHASES.index("checks")
            )
            record["phases_done"] = {
                name: (seconds if index < stuck else None)
                for index, (name, seconds) in enumerate(failed["phases"].items())
            }
            record["stuck_after_seconds"] = failed["elapsed"]
        elif progress:  # the phases that had finished, with their times
            stuck = PHASES.index(progress[-1]["phase"]) if progress[-1]["phase"] in PHASES else len(PHASES)
            record["phases_done"] = {
                name: (seconds if index < stuck else None)
                for index, (name, seconds) in enumerate(progress[-1]["phases"].items())
            }
            record["stuck_after_seconds"] = progress[-1]["elapsed"]
        return record
    record.update(
        {
            name: result[name]
            for name in ("phases", "detail", "wall", "peak_rss_mb", "peak_rss_workers_mb", "rss_after_mb")
        }
    )
    record.update(
        {name: result[name] for name in ("findings", "input_errors", "input_error_examples", "scores")}
    )
    record["notes"] = result["notes"]
    if cli and size <= CLI_RUNS_UP_TO:
        print("running the command line: cold, warm, one file changed …", flush=True)
        record["cli"] = cli_runs(root, timeout, memory_gib)
    return record


# -- anchoring alone -----------------------------------------------------------------------------------


def _variant(rng: random.Random, sentence: str) -> str:
    """The sentence as a checker might paste it: other quotes, dashes, spaces, line breaks, NFD."""
    text = sentence.replace("„", '"').replace("“", '"').replace("–", "-")
    words = text.split(" ")
    if len(words) > 6:
        cut = rng.randrange(2, len(words) - 2)
        text = " ".join(words[:cut]) + rng.choice(("\n", "  ", " \n ")) + " ".join(words[cut:])
    return unicodedata.normalize("NFD", text) if rng.random() < 0.3 else text


def _reworded(rng: random.Random, sentence: str) -> str:
    """The sentence with one word left out: stands only approximately."""
    words = sentence.split(" ")
    if len(words) < 6:
        return sentence + " nicht"
    del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def anchoring_benchmark(articles: int = 400, quotes_per_article: int = 10, seed: int = 0) -> dict[str, Any]:
    """Quotes anchored per second on one core, on 20 KB articles, by kind of quote."""
    from claimcheck.anchor import anchor_quote, prepare_text

    rng = random.Random(f"claimcheck-bench/anchoring/{seed}")
    builder = G.CorpusBuilder(articles * quotes_per_article, seed)
    builder.build()
    bodies = [
        G.build_body(rng, source, builder.roster, target=20_000)[1] for source in builder.sources[:articles]
    ]
    mix = (("exact", 0.80), ("normalised", 0.10), ("word-left-out", 0.05), ("absent", 0.05))
    cases: list[tuple[int, str, str]] = []
    for index, body in enumerate(bodies):
        sentences = [
            s for line in body.split("\n") for s in re.split(r"(?<=[.!?“\"])\s+", line) if len(s) > 40
        ]
        for _ in range(quotes_per_article):
            sentence = rng.choice(sentences)
            roll, kind = rng.random(), "exact"
            for name, share in mix:
                if roll < share:
                    kind = name
                    break
                roll -= share
            if kind == "normalised":
                sentence = _variant(rng, sentence)
            elif kind == "word-left-out":
                sentence = _reworded(rng, sentence)
            elif kind == "absent":  # a claim sentence of another article: a fact this one lacks
                others = [
                    other
                    for source in builder.sources[index + 1 : index + 4]
                    for other in source.sentences
                    if other not in body
                ]
                sentence = rng.choice(others or ["Nothing of the kind was reported."])
            cases.append((index, kind, sentence))
    start = time.perf_counter()
    prepared = [prepare_text(body) for body in bodies]
    prepare_seconds = time.perf_counter() - start
    per_kind: dict[str, list[float]] = {}
    outcomes: dict[str, dict[str, int]] = {}
    for index, kind, quote in cases:
        start = time.perf_counter()
        anchor = anchor_quote(quote, prepared[index])
        per_kind.setdefault(kind, []).append(time.perf_counter() - start)
        counts = outcomes.setdefault(kind, {})
        counts[anchor.kind.value] = counts.get(anchor.kind.value, 0) + 1
    anchor_seconds = sum(sum(times) for times in per_kind.values())
    total = len(cases)
    return {
        "articles": len(bodies),
        "mean_article_kb": round(sum(len(b.encode()) for b in bodies) / len(bodies) / 1024, 1),
        "quotes": total,
        "quotes_per_article": quotes_per_article,
        "prepare_seconds": round(prepare_seconds, 3),
        "anchor_seconds": round(anchor_seconds, 3),
        "quotes_per_second": round(total / (prepare_seconds + anchor_seconds)),
        "quotes_per_second_anchor_only": round(total / anchor_seconds),
        "by_kind": {
            kind: {
                "quotes": len(times),
                "quotes_per_second": round(len(times) / sum(times)) if sum(times) else None,
                "outcomes": outcomes[kind],
            }
            for kind, times in sorted(per_kind.items())
        },
        "date": dt.date.today().isoformat(),
    }


# -- the machine, and docs/performance.md --------------------------------------------------------------


def machine() -> dict[str, str]:
    def run(command: list[str]) -> str:
        try:
            return subprocess.run(command, capture_output=True, text=True, check=False).stdout.strip()
        except OSError:
            return "?"

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = run(["free", "-h"]).splitlines()
    total = memory[1].split()[1] if len(memory) > 1 else "?"
    commit = run(["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"]) or "?"
    if run(["git", "-C", str(REPO_ROOT), "status", "--porcelain", "--", "claimcheck"]):
        commit += " + uncommitted changes"
    return {
        "commit": commit,
        "nproc": run(["nproc"]),
        "memory": total,
        "cpu": cpu,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
    }


def _fmt_seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def _fmt_ratio(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _fmt_mb(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value / 1024:.2f} GiB" if value >= 1024 else f"{value:.0f} MiB"


def _verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("yes" if ok else "**no**")


def _cli_cell(run: dict[str, Any]) -> str:
    """The median, and the range of the rounds when there were several: `24.4 (22.4–26.1)`."""
    text = _fmt_seconds(run["seconds"])
    every = [value for value in run.get("all_seconds") or [] if value is not None]
    if len(every) > 1:
        text += f" ({_fmt_seconds(min(every))}–{_fmt_seconds(max(every))})"
    return text


def targets(data: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """Each target of the project with what was measured and whether it is met (None: not measured)."""
    runs = data.get("runs", {})
    rows: list[tuple[str, str, bool | None]] = []
    mid = runs.get("100000-yaml") or runs.get("100000-jsonl")
    cli = (mid or {}).get("cli") or {}
    for name, label, limit in (
        ("cold", "100k claims, cold audit ≤ 30 s", 30),
        ("warm", "100k claims, warm (nothing changed) ≤ 3 s", 3),
        ("changed", "100k claims, one claim file changed ≤ 5 s", 5),
    ):
        seconds = (cli.get(name) or {}).get("seconds")
        if seconds is None and name == "cold" and mid and "wall" in mid:
            seconds = mid["wall"]
        if seconds is None:
            rows.append((label, "not measured" if not mid else "did not finish", None if not mid else False))
        else:
            rounds = len((cli.get(name) or {}).get("all_seconds") or [])
            how = f"command line, median of {rounds}" if rounds > 1 else "command line"
            rows.append((label, f"{_fmt_seconds(seconds)} s ({how})", seconds <= limit))
    large = runs.get("1000000-jsonl")
    label = "1M claims (JSON Lines) ≤ 120 s and ≤ 8 GiB"
    if not large:
        rows.append((label, "not measured", None))
    elif "wall" not in large:
        stuck = f" in `{large['stuck_in']}`" if large.get("stuck_in") else ""
        rows.append((label, f"{large.get('error', 'did not finish')}{stuck}", False))
    else:
        # The audit as `claimcheck audit` runs it (summary and report); `--format json` is extra.
        json_seconds = large["phases"].get("json") or 0.0
        wall = large["wall"] - json_seconds
        rss = (large.get("rss_after_mb") or {}).get("report") or large["peak_rss_mb"]
        ok = wall <= 120 and rss <= 8 * 1024
        text = f"{_fmt_seconds(wall)} s, {_fmt_mb(rss)}"
        if json_seconds:
            text += (
                f" (`--format json` adds {_fmt_seconds(json_seconds)} s"
                f" and takes the peak to {_fmt_mb(large['peak_rss_mb'])})"
            )
        rows.append((label, text, ok))
    scored = [run for run in sorted(runs.values(), key=lambda r: r["size"]) if run.get("scores")]
    if scored:
        run = scored[-1]
        scores = [(r["size"], r["scores"]["near_duplicates"]) for r in scored]
        rows.append(
            (
                "key-less cross-referencing: ≥ 95% of near-duplicates at ≥ 95% precision",
                "; ".join(
                    f"{_fmt_ratio(d['recall'] or 0.0)} at {_fmt_ratio(d['precision'] or 0.0)} ({n:,} claims)"
                    for n, d in scores
                ),
                all((d["recall"] or 0.0) >= 0.95 and (d["precision"] or 0.0) >= 0.95 for _, d in scores),
            )
        )
        keyed = run["phases"]["group"] + run["phases"]["compare"]
        ratio = run["phases"]["crossref"] / keyed if keyed else None
        rows.append(
            (
                "key-less cross-referencing ≤ 10× the time on exact keys",
                f"{ratio:.1f}× ({run['size']:,} claims)" if ratio is not None else "—",
                None if ratio is None else ratio <= 10,
            )
        )
    anchoring = data.get("anchoring")
    label = "quote anchoring ≥ 5,000 quotes/s per core on 20 KB articles"
    if anchoring:
        rate, bare = anchoring["quotes_per_second"], anchoring["quotes_per_second_anchor_only"]
        rows.append((label, f"{rate:,}/s with `prepare_text`, {bare:,}/s without", rate >= 5000))
    else:
        rows.append((label, "not measured", None))
    return rows


def render_tables(data: dict[str, Any]) -> str:
    """The generated part of docs/performance.md, from the recorded results."""
    runs = sorted(data.get("runs", {}).values(), key=lambda r: (r["size"], r["format"]))
    lines = ["### Targets", "", "| target | measured | met |", "|---|---|---|"]
    lines += [f"| {label} | {measured} | {_verdict(ok)} |" for label, measured, ok in targets(data)]
    lines.append("")
    info = data.get("machine", {})
    lines += [
        "### Machine",
        "",
        "| nproc | memory | CPU | Python | OS | claimcheck |",
        "|---|---|---|---|---|---|",
        f"| {info.get('nproc', '?')} | {info.get('memory', '?')} | {info.get('cpu', '?')} | "
        f"{info.get('python', '?')} | {info.get('os', '?')} | {info.get('commit', '?')} |",
        "",
        "### Time per phase (seconds) and peak memory, one audit in one process",
        "",
        "| claims | format | "
        + " | ".join(PHASES)
        + " | wall | peak RSS | measured | load average | CPU check |",
        "|---:|---|" + "---:|" * len(PHASES) + "---:|---:|---|---:|---:|",
    ]
    for run in runs:
        head = f"| {run['size']:,} | {run['format']} |"
        if "phases" not in run:
            done = run.get("phases_done") or {}
            cells = " | ".join(
                f"*stopped here* ({_fmt_seconds(run.get('stuck_after_seconds'))} s in)"
                if name == run.get("stuck_in")
                else _fmt_seconds(done.get(name))
                for name in PHASES
            )
            lines.append(
                f"{head} {cells} | {run.get('error', '?')} | "
                f"{_fmt_mb(run.get('rss_at_stop_mb'))} | {run['date']} | {run.get('load_average', '?')} | "
                f"{_fmt_seconds(run.get('cpu_check_seconds'))} |"
            )
            continue
        cells = " | ".join(_fmt_seconds(run["phases"].get(name)) for name in PHASES)
        peak = _fmt_mb(run["peak_rss_mb"])
        if run.get("peak_rss_workers_mb"):
            peak += f" (+ workers, largest {_fmt_mb(run['peak_rss_workers_mb'])})"
        lines.append(
            f"{head} {cells} | {_fmt_seconds(run['wall'])} | {peak} | {run['date']} | "
            f"{run.get('load_average', '?')} | {_fmt_seconds(run.get('cpu_check_seconds'))} |"
        )
    lines.append("")
    for run in runs:
        starts = run.get("rss_at_phase_start_mb") if "phases" not in run else None
        if starts:
            memory = ", ".join(f"{name} {_fmt_mb(starts[name])}" for name in PHASES if name in starts)
            lines += [
                f"Unfinished {run['size']:,} ({run['format']}): peak RSS as each phase began: {memory}.",
                "",
            ]
    lines += [
        "Phases: " + "; ".join(f"**{name}** — {PHASE_HELP[name]}" for name in PHASES) + ".",
        "",
    ]
    cli = [run for run in runs if run.get("cli")]
    if cli:
        lines += [
            "### The command line (`claimcheck audit`, whole process)",
            "",
            "| claims | format | cold | warm (nothing changed) | one claim file changed | peak RSS |",
            "|---:|---|---:|---:|---:|---:|",
        ]
        for run in cli:
            c = run["cli"]
            peak = max((c[n]["peak_rss_mb"] or 0) for n in ("cold", "warm", "changed"))
            lines.append(
                f"| {run['size']:,} | {run['format']} | {_cli_cell(c['cold'])} | "
                f"{_cli_cell(c['warm'])} | {_cli_cell(c['changed'])} | {_fmt_mb(peak)} |"
            )
        lines.append("")
    scored = [run for run in runs if run.get("scores")]
    if scored:
        lines += [
            "### Accuracy against the answer key",
            "",
            "| claims | near-dups planted | pairs flagged | recall | precision | near-misses flagged "
            "| other false pairs | crossref ÷ keyed | conflicts planted | recall | precision "
            "| one-origin recall | independent ones flagged |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for run in scored:
            d, c, o = (
                run["scores"]["near_duplicates"],
                run["scores"]["conflicts"],
                run["scores"]["single_source"],
            )
            keyed = run["phases"]["group"] + run["phases"]["compare"]
            ratio = f"{run['phases']['crossref'] / keyed:.1f}×" if keyed else "—"
            lines.append(
                f"| {run['size']:,} | {d['planted']:,} | {d['flagged']:,} | {_fmt_ratio(d['recall'])} | "
                f"{_fmt_ratio(d['precision'])} | "
                f"{d['near_misses_flagged']:,} of {d['near_misses_planted']:,} | "
                f"{d['other_false_positives']:,} | {ratio} | {c['planted']:,} | {_fmt_ratio(c['recall'])} | "
                f"{_fmt_ratio(c['precision'])} | {_fmt_ratio(o['one_origin_recall'])} | "
                f"{o['independent_flagged']:,} of {o['independent_planted']:,} |"
            )
        lines.append("")
    anchoring = data.get("anchoring")
    if anchoring:
        lines += [
            "### Quote anchoring alone (`python -m bench.run --anchoring`, one core)",
            "",
            f"{anchoring['quotes']:,} quotes in {anchoring['articles']} articles of "
            f"{anchoring['mean_article_kb']} KB on average ({anchoring['quotes_per_article']} quotes per "
            f"article, the corpus average), measured {anchoring['date']}.",
            "",
            "| quotes | share | quotes/s | outcome |",
            "|---|---:|---:|---|",
        ]
        for kind, item in anchoring["by_kind"].items():
            outcome = ", ".join(f"{n} {k}" for k, n in sorted(item["outcomes"].items()))
            lines.append(
                f"| {kind} | {item['quotes'] / anchoring['quotes'] * 100:.0f}% | "
                f"{item['quotes_per_second']:,} | {outcome} |"
            )
        lines += [
            f"| **all, anchoring only** | 100% | **{anchoring['quotes_per_second_anchor_only']:,}** | |",
            f"| **all, with `prepare_text` of each article** | 100% | "
            f"**{anchoring['quotes_per_second']:,}** | |",
            "",
        ]
    return "\n".join(lines)


BEGIN = "<!-- bench:begin (generated by `python -m bench.run --write-docs`; edit outside these marks) -->"
END = "<!-- bench:end -->"
DATA = re.compile(r"<!-- bench:data\n(.*?)\n-->", re.S)


def write_docs(
    records: Sequence[dict[str, Any]], anchoring: dict[str, Any] | None, path: Path = DOCS
) -> None:
    """Merge these results into the recorded ones and rewrite the generated part of the page."""
    text = path.read_text(encoding="utf-8") if path.exists() else _DOC_TEMPLATE
    found = DATA.search(text)
    data: dict[str, Any] = json.loads(found.group(1)) if found else {}
    data["machine"] = machine()
    runs = data.setdefault("runs", {})
    for record in records:
        runs[f"{record['size']}-{record['format']}"] = {k: v for k, v in record.items() if k != "detail"}
    if anchoring:
        data["anchoring"] = anchoring
    stored = json.dumps(data, indent=1, sort_keys=True)
    block = f"{BEGIN}\n{render_tables(data)}\n<!-- bench:data\n{stored}\n-->\n{END}"
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


_DOC_TEMPLATE = """# Performance

Measured with the benchmark in `bench/` (see `bench/README.md`).

## Results

"""


# -- printing ---------------------------------------------------------------------------------------------


def print_record(record: dict[str, Any]) -> None:
    print(f"\n== {record['size']:,} claims ({record['format']}) ==")
    if "corpus" in record:
        c = record["corpus"]
        print(f"corpus: {c['claims']:,} claims, {c['sources']:,} sources, {c['text_mb']} MB of source text")
    if "phases" not in record:
        print(
            f"NOT MEASURED: {record.get('error')}"
            + (f" (in {record['stuck_in']})" if record.get("stuck_in") else "")
        )
        for name, seconds in (record.get("phases_done") or {}).items():
            if seconds is not None:
                print(f"  {name:<8}  {seconds:9.3f} s")
        if record.get("rss_at_stop_mb"):
            print(f"  peak RSS when stopped  {_fmt_mb(record['rss_at_stop_mb'])}")
        starts = record.get("rss_at_phase_start_mb") or {}
        if starts:
            print(
                "  peak RSS as each phase began: " + ", ".join(f"{k} {_fmt_mb(v)}" for k, v in starts.items())
            )
        return
    width = max(len(name) for name in PHASES)
    for name in PHASES:
        print(f"  {name:<{width}}  {record['phases'][name] or 0:9.3f} s")
    print(f"  {'wall':<{width}}  {record['wall']:9.3f} s   (process {record['process_seconds']} s)")
    workers = record.get("peak_rss_workers_mb")
    print(
        f"  peak RSS  {_fmt_mb(record['peak_rss_mb'])}"
        + (f" (largest worker process {_fmt_mb(workers)})" if workers else "")
    )
    after = ", ".join(f"{name} {_fmt_mb(value)}" for name, value in record["rss_after_mb"].items())
    print(f"  peak RSS after: {after}")
    if record["input_errors"]:
        print(f"  input errors: {record['input_errors']} e.g. {record['input_error_examples'][:2]}")
    s = record["scores"]
    if s:
        d, c, o = s["near_duplicates"], s["conflicts"], s["single_source"]
        print(
            f"  near-duplicates: recall {_fmt_ratio(d['recall'])}, precision {_fmt_ratio(d['precision'])} "
            f"({d['found']} of {d['planted']} planted; {d['flagged']} flagged, "
            f"{d['near_misses_flagged']} of them near-misses, {d['other_false_positives']} other)"
        )
        print(f"    false pairs by kind: {d['false_pairs_by_kind']}")
        print(f"    missed pairs by kind: {d['missed_by_kind']}")
        print(f"    near-misses flagged by what differs: {d['near_misses_flagged_by_difference']}")
        print(
            f"  conflicts: recall {_fmt_ratio(c['recall'])}, precision {_fmt_ratio(c['precision'])} "
            f"({c['found']} of {c['planted']}; {c['flagged']} flagged)"
        )
        print(
            f"  one origin: recall {_fmt_ratio(o['one_origin_recall'])}, "
            f"wire copy {_fmt_ratio(o['wire_copy_recall'])}; "
            f"{o['independent_flagged']} of {o['independent_planted']} independent ones flagged single-source"
        )
    for name, run in (record.get("cli") or {}).items():
        print(
            f"  CLI {name}: {_cli_cell(run)} s, {_fmt_mb(run['peak_rss_mb'])}"
            + (f" — {run['error']}" if run.get("error") else "")
        )
    for note in record.get("notes", []):
        print(f"  note: {note}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="", help="claims per corpus, e.g. 1000,10000,100000")
    parser.add_argument("--jsonl", action="store_true", help="claims as JSON Lines (for 1M)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per run (default 900)"
    )
    parser.add_argument(
        "--memory-limit",
        type=float,
        default=DEFAULT_MEMORY_GIB,
        help=f"GiB of address space per run (default {DEFAULT_MEMORY_GIB:g}; 0: no limit)",
    )
    parser.add_argument("--no-cli", action="store_true", help="skip the cold/warm/changed command-line runs")
    parser.add_argument("--anchoring", action="store_true", help="measure quote anchoring alone")
    parser.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the subprocess's job
    args = parser.parse_args(argv)

    if args.measure:
        emit(measure(args.measure, progress=True))
        return 0
    if not args.sizes and not args.anchoring:
        parser.error("give --sizes and/or --anchoring")
    records = []
    for size in G.iter_sizes(args.sizes) if args.sizes else ():
        record = run_size(
            size,
            jsonl=args.jsonl,
            seed=args.seed,
            timeout=args.timeout,
            cli=not args.no_cli,
            memory_gib=args.memory_limit or None,
        )
        print_record(record)
        records.append(record)
    anchoring = None
    if args.anchoring:
        anchoring = anchoring_benchmark(seed=args.seed)
        print(
            f"\nanchoring: {anchoring['quotes_per_second']:,} quotes/s with prepare_text, "
            f"{anchoring['quotes_per_second_anchor_only']:,} quotes/s anchoring only "
            f"({anchoring['quotes']} quotes, {anchoring['articles']} articles "
            f"of {anchoring['mean_article_kb']} KB)"
        )
        for kind, item in anchoring["by_kind"].items():
            print(f"  {kind:<11} {item['quotes_per_second']:>8,} quotes/s  {item['outcomes']}")
    if args.write_docs:
        write_docs(records, anchoring)
        print(f"\nwrote {DOCS.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
