"""Big inputs, generated at test time: a 50 MB claims file, a 50 MB entry, a 10 MB quote.

Each runs `python -m claimcheck` in a subprocess of a small wrapper that reports its child's peak
memory (`resource.getrusage(RUSAGE_CHILDREN)`), so that other tests' children do not count. The
bound is generous (1.5 GiB): it is there to catch memory that grows with the whole file at once
(libyaml's node tree of a 50 MB file alone takes over 2 GB), not to benchmark.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.examples.make_examples import GOOD_CLAIM, SOURCE
from tests.hostile.conftest import REPO_ROOT, subprocess_env

MEMORY_BOUND = int(1.5 * 1024**3)
MB = 1024 * 1024
_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.monotonic()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({
    "exit": done.returncode,
    "stdout": done.stdout[-4000:],
    "stderr": done.stderr[-4000:],
    "peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
    "seconds": time.monotonic() - start,
}))
"""


@dataclass(frozen=True)
class Measured:
    exit: int
    stdout: str
    stderr: str
    peak: int  # bytes (Linux reports ru_maxrss in KiB)
    seconds: float


def run_measured(*args: str) -> Measured:
    wrapper = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "claimcheck", *args]
    done = subprocess.run(
        wrapper, capture_output=True, text=True, cwd=REPO_ROOT, env=subprocess_env(), check=True
    )
    measured = Measured(**json.loads(done.stdout))
    print(f"claimcheck {' '.join(args[:1])}: {measured.seconds:.1f} s, peak {measured.peak / MB:.0f} MB")
    return measured


def repository(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "sources" / "schulterschluss.md").write_text(SOURCE, encoding="utf-8")
    (root / "claims" / "good.yaml").write_text(GOOD_CLAIM, encoding="utf-8")
    return root


NOTE = (
    "Gemeldet von mehreren Agenturen; die Zahl der Projekte nennt nur der ukrainische Geheimdienst, "
    "eine zweite Quelle fehlt bisher. Nachfragen beim Ministerium blieben unbeantwortet; die Angabe "
    "wird beobachtet und bei neuen Berichten ergänzt."
)


def many_claims(path: Path, size: int, broken_at: int) -> tuple[int, int]:
    """Write claims (about 500 bytes each) up to `size` bytes, item `broken_at` broken.

    Returns the number of valid claims written and the line of the broken item's error.
    """
    claims = 0
    line = 1
    error_line = 0
    with path.open("w", encoding="utf-8") as out:
        written = number = 0
        while written < size:
            if number == broken_at:
                text = f"- id: broken-{number}\n  quote: [never closed\n"
                error_line = line + 2
            else:
                text = (
                    f"- id: claim-{number}\n  source: schulterschluss\n"
                    '  quote: "Über 60 laufende Projekte werden derzeit zwischen China und Russland '
                    'realisiert."\n'
                    "  claim: More than 60 joint China–Russia projects are under way.\n"
                    f"  about: cn-ru/projects/{number}\n  value: '> 60 project'\n"
                    "  said_by: {name: Oleh Luhowskyj, role: first deputy head, org: SZRU}\n"
                    f"  note: {NOTE}\n"
                )
                claims += 1
            out.write(text)
            written += len(text.encode("utf-8"))
            line += text.count("\n")
            number += 1
    return claims, error_line


def test_a_50_mb_claims_file_of_many_claims_is_checked_in_bounded_memory(tmp_path: Path) -> None:
    root = repository(tmp_path / "repo")
    claims, error_line = many_claims(root / "claims" / "big.yaml", 50 * MB, broken_at=40_000)
    assert (root / "claims" / "big.yaml").stat().st_size >= 50 * MB
    run = run_measured("validate", str(root))
    assert run.exit == 1, run.stderr
    assert "Traceback" not in run.stderr
    assert f"claims/big.yaml:{error_line}:1: error invalid-entry: YAML syntax error" in run.stdout
    assert f"1 sources, {claims + 1} claims checked: 1 error" in run.stdout  # + good.yaml's claim
    assert run.peak < MEMORY_BOUND


def test_a_50_mb_single_entry_is_audited_in_bounded_memory(tmp_path: Path) -> None:
    root = repository(tmp_path / "repo")
    line = "    Lorem ipsum dolor sit amet, consectetur adipiscing elit, über alles.\n"
    with (root / "claims" / "giant.yaml").open("w", encoding="utf-8") as out:
        out.write(
            "- id: giant\n  source: schulterschluss\n  quote: Über 60 laufende Projekte\n"
            "  claim: A claim with a very long note.\n  note: >\n"
        )
        out.write(line * (50 * MB // len(line.encode("utf-8")) + 1))
    run = run_measured("audit", str(root), "--no-report", "--now", "2026-11-23")
    assert run.exit == 0, run.stderr
    assert "1 sources, 2 claims" in run.stdout
    assert run.peak < MEMORY_BOUND


def test_a_10_mb_quote_is_not_found_quickly_and_the_rest_is_checked(tmp_path: Path) -> None:
    root = repository(tmp_path / "repo")
    quote = "Über 60 laufende Projekte. " * (10 * MB // 28)
    (root / "claims" / "long-quote.yaml").write_text(
        f'- id: long-quote\n  source: schulterschluss\n  claim: A huge quote.\n  quote: "{quote}"\n',
        encoding="utf-8",
    )
    run = run_measured("audit", str(root), "--no-report", "--now", "2026-11-23")
    assert run.exit == 1, run.stderr
    assert "claims/long-quote.yaml:4:10: error quote-not-found" in run.stdout
    assert "1 sources, 2 claims" in run.stdout
    assert len(run.stdout) < 4000  # the quote is never echoed
    assert run.peak < MEMORY_BOUND


@pytest.mark.parametrize("what", ["brackets", "aliases"])
def test_a_10_mb_bomb_of_nesting_or_aliases_is_refused_in_bounded_memory(tmp_path: Path, what: str) -> None:
    root = repository(tmp_path / "repo")
    if what == "brackets":
        text = "- id: deep\n  tags: " + "[" * (5 * MB) + "]" * (5 * MB) + "\n"
    else:  # a million aliases of one anchor: libyaml shares them, a naive walk would not
        text = "- id: lol\n  note: &lol lol\n  tags: [" + ", ".join(["*lol"] * 1_000_000) + "]\n"
    (root / "claims" / "bomb.yaml").write_text(text, encoding="utf-8")
    run = run_measured("validate", str(root))
    assert run.exit == 1, run.stderr
    assert "claims/bomb.yaml:" in run.stdout and "error invalid-entry: YAML" in run.stdout
    assert "1 sources, 1 claims checked: 1 error" in run.stdout
    assert run.peak < MEMORY_BOUND
