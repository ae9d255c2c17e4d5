"""`claimcheck audit --format json` prints the document in pieces: the same bytes as one string."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from bench.generate import generate
from claimcheck.cli import app
from claimcheck.engine import audit_repository, open_repository
from claimcheck.output.json_output import audit_json_parts, render_audit_json
from claimcheck.selection import Selection


def test_a_document_of_several_megabytes_prints_as_rendered_whole(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    generate(3000, root, seed=5)
    result = audit_repository(open_repository(root), Selection(), dt.date(2026, 11, 23))
    whole = render_audit_json(result)
    parts = audit_json_parts(result)
    assert len(whole) > 2 << 20, "large enough to be printed in several batches"
    assert len(parts) > 3000 and "".join(parts) == whole

    printed = CliRunner().invoke(
        app,
        ["audit", str(root), "--format", "json", "--no-report", "--no-cache", "--now", "2026-11-23"],
    )
    assert printed.exit_code in (0, 1), printed.output
    assert printed.stdout == whole
    assert json.loads(printed.stdout)["summary"]["claims"] == len(result.repo.claims)
