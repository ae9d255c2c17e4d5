"""Writes are atomic: a failure or a kill mid-write leaves the old file whole, and no stray files.

The kill tests run the real CLI in a subprocess whose `os.replace` first announces itself and then
sleeps, so the test can SIGKILL it at the worst moment: the new text is written to the temporary
file, the rename has not happened.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck import atomic_write
from claimcheck.atomic_write import write_text_atomic
from tests.examples.make_examples import BODY, SOURCE
from tests.hostile.conftest import REPO_ROOT, python_cli, subprocess_env

MINIMAL = REPO_ROOT / "tests" / "examples" / "valid" / "minimal"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and permissions are POSIX")


def temporaries(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "reports" / "audit.md"
    path.parent.mkdir()
    path.write_text("old report\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "failing", ["os.replace", "os.fsync", "KeyboardInterrupt in os.replace", "disk full in write"]
)
def test_a_failing_write_leaves_the_old_file_and_no_temporary(
    old_file: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        if failing.startswith("KeyboardInterrupt"):
            raise KeyboardInterrupt
        raise OSError(28, "No space left on device")

    if failing == "disk full in write":
        real_fdopen = os.fdopen

        def fdopen(fd: int, mode: str) -> object:
            handle = real_fdopen(fd, mode)
            monkeypatch.setattr(handle, "write", fail, raising=False)
            return handle

        monkeypatch.setattr(atomic_write.os, "fdopen", fdopen)
    else:
        monkeypatch.setattr(atomic_write.os, failing.split(" in ")[-1].removeprefix("os."), fail)
    with pytest.raises((OSError, KeyboardInterrupt)):
        write_text_atomic(old_file, "new report\n")
    assert old_file.read_text(encoding="utf-8") == "old report\n"
    assert temporaries(old_file.parent) == []


def test_a_new_file_gets_the_umask_mode_and_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "fresh.md"
    write_text_atomic(fresh, "x\n")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    kept = tmp_path / "kept.md"
    kept.write_text("old\n")
    kept.chmod(0o640)
    write_text_atomic(kept, "new\n")
    assert kept.stat().st_mode & 0o777 == 0o640


def test_temporaries_of_dead_processes_are_removed_and_live_ones_kept(old_file: Path) -> None:
    dead = old_file.parent / f".audit.md.{2**22 + 4321}.k1ll3d_x.tmp"  # above Linux's pid_max
    alive = old_file.parent / f".audit.md.{os.getppid()}.wr1t1ng.tmp"  # the parent still runs
    other = old_file.parent / f".notes.md.{2**22 + 4321}.k1ll3d_x.tmp"  # another file's
    for path in (dead, alive, other):
        path.write_text("partial")
    write_text_atomic(old_file, "new report\n")
    assert old_file.read_text(encoding="utf-8") == "new report\n"
    assert temporaries(old_file.parent) == sorted([alive.name, other.name])


# -- killed mid-write ------------------------------------------------------------------------------

_SLOW_REPLACE = """
import os, sys, time
real_replace = os.replace
target = sys.argv[1]
def slow_replace(src, dst):
    if os.path.basename(os.fspath(dst)) == target:
        print("renaming", flush=True, file=sys.stderr)
        time.sleep(120)
    real_replace(src, dst)
os.replace = slow_replace
sys.argv = ["claimcheck", *sys.argv[2:]]
from claimcheck.cli import main
main()
"""


def kill_mid_write(target_name: str, *args: str, cwd: Path) -> None:
    """Run `claimcheck ARGS`, SIGKILL it when it is about to rename its temporary over `target_name`."""
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_REPLACE, target_name, *args],
        cwd=cwd,
        env=subprocess_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert line == "renaming\n", line + process.stderr.read()
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "repo"
    shutil.copytree(MINIMAL, root, ignore=shutil.ignore_patterns("expected.yaml"))
    yield root


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(python_cli(*args), cwd=cwd, env=subprocess_env(), capture_output=True, text=True)


def test_a_kill_mid_write_leaves_the_previous_report_whole(repo: Path) -> None:
    first = run("audit", str(repo), "--now", "2026-01-01", cwd=repo)
    assert first.returncode == 0, first.stderr
    report = repo / "reports" / "audit.md"
    old = report.read_bytes()
    kill_mid_write("audit.md", "audit", str(repo), "--now", "2026-02-02", cwd=repo)
    assert report.read_bytes() == old  # the old report, whole
    # The killed process could not remove its temporary (it holds the whole new report) ...
    assert len(temporaries(report.parent)) == 1
    # ... the next write of the report does, and nothing is loaded from it meanwhile.
    assert run("validate", str(repo), cwd=repo).returncode == 0
    again = run("audit", str(repo), "--now", "2026-03-03", cwd=repo)
    assert again.returncode == 0, again.stderr
    assert "2026-03-03" in report.read_text(encoding="utf-8")
    assert temporaries(report.parent) == []


def test_a_kill_mid_source_add_leaves_the_old_source_whole(repo: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Ein ganz anderer Text.\n\nMit zwei Absätzen.\n", encoding="utf-8")
    source = repo / "sources" / "schulterschluss.md"
    old = source.read_bytes()
    args = ["source", "add", "--file", str(page), "--id", "schulterschluss", "--force", "--root", str(repo)]
    kill_mid_write("schulterschluss.md", *args, cwd=repo)
    assert source.read_bytes() == old
    assert run("validate", str(repo), cwd=repo).returncode == 0  # the temporary is never read
    done = run(*args, cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "Ein ganz anderer Text." in source.read_text(encoding="utf-8")
    assert temporaries(source.parent) == []


def test_a_kill_mid_recheck_update_leaves_the_old_source_whole(repo: Path, tmp_path: Path) -> None:
    from tests.web.conftest import PageServer

    server = PageServer()
    server.start()
    try:
        url = server.html(
            "/article",
            "<html><body><article><p>Ein neuer Text steht jetzt da.</p>"
            "<p>Und noch ein Absatz.</p></article></body></html>",
        )
        source = repo / "sources" / "schulterschluss.md"
        source.write_text(SOURCE.replace("url: null", f"url: {url}"), encoding="utf-8")
        old = source.read_bytes()
        args = [
            "source",
            "recheck",
            "--update",
            "--allow-private",
            "--root",
            str(repo),
            "--now",
            "2026-11-23",
        ]
        kill_mid_write("schulterschluss.md", *args, cwd=repo)
        assert source.read_bytes() == old
        history = repo / "sources" / ".history"
        kept = list(history.glob("schulterschluss.*.md"))
        assert [path.read_bytes() for path in kept] == [old]  # the copy written before is whole too
        done = run(*args, cwd=repo)
        assert done.returncode == 0, done.stderr
        assert "1 updated" in done.stdout
        assert "Ein neuer Text steht jetzt da." in source.read_text(encoding="utf-8")
        assert BODY not in source.read_text(encoding="utf-8")
        assert temporaries(source.parent) == []
    finally:
        server.stop()


def test_two_audits_at_once_never_leave_a_broken_report(repo: Path) -> None:
    dates = ("2026-04-01", "2026-05-01")
    expected = set()
    for date in dates:  # each run alone: the two complete reports
        assert run("audit", str(repo), "--now", date, cwd=repo).returncode == 0
        expected.add((repo / "reports" / "audit.md").read_bytes())
    assert len(expected) == 2
    for _round in range(3):
        processes = [
            subprocess.Popen(
                python_cli("audit", str(repo), "--now", date),
                cwd=repo,
                env=subprocess_env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for date in dates
        ]
        for process in processes:
            _out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
        assert (repo / "reports" / "audit.md").read_bytes() in expected
        assert temporaries(repo / "reports") == []


def test_a_report_path_that_is_a_link_is_replaced_not_followed(repo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text("not ours\n", encoding="utf-8")
    report = repo / "reports" / "audit.md"
    report.parent.mkdir()
    report.symlink_to(elsewhere)
    assert run("audit", str(repo), "--now", "2026-01-01", cwd=repo).returncode == 0
    assert elsewhere.read_text(encoding="utf-8") == "not ours\n"
    assert not report.is_symlink() and "2026-01-01" in report.read_text(encoding="utf-8")
