"""Write the example repositories under tests/examples/ (run once; the files are committed).

Each case is a small claim repository plus `expected.yaml`: the command, its exit status and
the findings (check and file:line:column) it must report.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claimcheck.source_file import body_sha256, render_source_file

HERE = Path(__file__).parent
BODY = (
    "Schulterschluss gegen moderne Risiken\n\n"
    "Oleh Luhowskyj, erster stellvertretender Leiter des SZRU, bezifferte das Ausmaß der Kooperation:\n\n"
    "Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert.\n"
    "Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar.\n"
)
META = {
    "title": "Schulterschluss gegen moderne Risiken",
    "outlet": "Beispiel-Zeitung",
    "url": None,
    "published": "2026",
    "language": "de",
    "authors": [],
    "credits": [],
    "retrieved": "2026-11-21",
    "sha256": body_sha256(BODY),
}
SOURCE = render_source_file(META, BODY)
GOOD_CLAIM = """\
- id: luhovskyi-projects
  source: schulterschluss
  quote: "Über 60 laufende Projekte werden derzeit zwischen China und Russland realisiert."
  claim: More than 60 joint China–Russia projects are under way.
  about: cn-ru/joint-projects/count
  value: "> 60 project"
  said_by: {name: Oleh Luhowskyj, role: first deputy head, org: SZRU}
  confidence: low
"""
SECOND_CLAIM = """\
- id: luhovskyi-volume
  source: schulterschluss
  quote: Das Gesamtvolumen beträgt mehr als 100 Milliarden Dollar.
  claim: The projects are worth more than 100 billion dollars.
  value: mehr als 100 Milliarden Dollar
  said_by: Oleh Luhowskyj
"""

# name -> (files, exit status, expected findings as "check path:line:col")
CASES: dict[str, tuple[dict[str, str], int, list[str]]] = {
    "valid/minimal": ({"claims/c.yaml": GOOD_CLAIM + SECOND_CLAIM}, 0, []),
    "valid/json-and-jsonl": (
        {
            "claims/a.json": '[{"id": "a1", "source": "schulterschluss", "claim": "Projects.",\n'
            '  "quote": "Über 60 laufende Projekte"}]\n',
            "claims/b.jsonl": '{"id": "b1", "source": "schulterschluss", "claim": "Volume.", '
            '"quote": "mehr als 100 Milliarden Dollar"}\n\n'
            '{"id": "b2", "source": "schulterschluss", "claim": "Who.", "quote": "Oleh Luhowskyj"}\n',
        },
        0,
        [],
    ),
    "valid/empty-and-comment-only-files": (
        {
            "claims/empty.yaml": "",
            "claims/comments.yaml": "# nothing yet\n# really\n",
            "claims/c.yaml": GOOD_CLAIM,
        },
        0,
        [],
    ),
    "valid/typographic-differences": (
        {
            "claims/c.yaml": '- id: q1\n  source: schulterschluss\n  quote: "Über 60 laufende  Projekte\n'
            '    werden derzeit"\n  claim: Projects.\n'
        },
        0,
        [],
    ),
    "broken/yaml-syntax-error": (
        {"claims/c.yaml": GOOD_CLAIM + '- id: broken\n  quote: "unclosed\n  claim: x\n'},
        1,
        ["invalid-entry claims/c.yaml:12:1"],
    ),
    "broken/syntax-error-keeps-other-entries": (
        {
            "claims/c.yaml": GOOD_CLAIM
            + '- id: broken\n  quote: "a" b\n  claim: x\n'
            + SECOND_CLAIM.replace("mehr als", "weniger als")
        },
        1,
        ["invalid-entry claims/c.yaml:10:14", "quote-inexact claims/c.yaml:14:10"],
    ),
    "broken/tab-indentation": (
        {"claims/c.yaml": "- id: tabbed\n\tsource: schulterschluss\n"},
        1,
        ["invalid-entry claims/c.yaml:2:1"],
    ),
    "broken/wrong-type": (
        {
            "claims/c.yaml": GOOD_CLAIM.replace('quote: "Über', 'quote: ["Über').replace(
                'realisiert."', 'realisiert."]'
            )
        },
        1,
        ["invalid-entry claims/c.yaml:3:10"],
    ),
    "broken/missing-field": (
        {"claims/c.yaml": "- id: no-claim\n  source: schulterschluss\n  quote: Über 60 laufende Projekte\n"},
        1,
        ["invalid-entry claims/c.yaml:1:3"],
    ),
    "broken/unknown-key": (
        {"claims/c.yaml": GOOD_CLAIM.replace("  source:", "  soruce:")},
        1,
        ["invalid-entry claims/c.yaml:2:3", "invalid-entry claims/c.yaml:1:3"],
    ),
    "broken/repeated-key": (
        {"claims/c.yaml": GOOD_CLAIM + "  confidence: high\n"},
        1,
        ["invalid-entry claims/c.yaml:9:3"],
    ),
    "broken/duplicate-id": (
        {"claims/a.yaml": GOOD_CLAIM, "claims/b.yaml": GOOD_CLAIM},
        1,
        ["duplicate-id claims/b.yaml:1:7"],
    ),
    "broken/unknown-source": (
        {"claims/c.yaml": GOOD_CLAIM.replace("source: schulterschluss", "source: schulterschlus")},
        1,
        ["unknown-source claims/c.yaml:2:11"],
    ),
    "broken/source-modified": (
        {
            "claims/c.yaml": GOOD_CLAIM,
            "sources/schulterschluss.md": SOURCE.replace("100 Milliarden", "200 Milliarden"),
        },
        1,
        ["source-modified sources/schulterschluss.md:10:9"],
    ),
    "broken/quote-not-found": (
        {
            "claims/c.yaml": GOOD_CLAIM.replace(
                "Über 60 laufende Projekte werden", "Russland liefert Waffen an"
            )
        },
        1,
        ["quote-not-found claims/c.yaml:3:10"],
    ),
    "broken/quote-inexact": (
        {"claims/c.yaml": GOOD_CLAIM.replace("Über 60 laufende Projekte", "Über 70 laufende Projekte")},
        0,
        ["quote-inexact claims/c.yaml:3:10"],
    ),
    "broken/top-level-mapping": (
        {"claims/c.yaml": "id: a\nsource: schulterschluss\nquote: x\nclaim: y\n"},
        1,
        ["invalid-entry claims/c.yaml:1:1"],
    ),
    "broken/entry-not-a-mapping": (
        {"claims/c.yaml": GOOD_CLAIM + "- just a sentence\n"},
        1,
        ["invalid-entry claims/c.yaml:9:3"],
    ),
    "broken/bad-when": (
        {"claims/c.yaml": GOOD_CLAIM + "  when: 2026-13\n"},
        1,
        ["invalid-entry claims/c.yaml:9:9"],
    ),
    "broken/bad-confidence": (
        {"claims/c.yaml": GOOD_CLAIM.replace("confidence: low", "confidence: 1.5")},
        1,
        ["invalid-entry claims/c.yaml:8:15"],
    ),
    "broken/bad-id": (
        {"claims/c.yaml": GOOD_CLAIM.replace("id: luhovskyi-projects", "id: Luhovskyi Projects")},
        1,
        ["invalid-entry claims/c.yaml:1:7"],
    ),
    "broken/bad-stance": (
        {"claims/c.yaml": GOOD_CLAIM + "  stance: maybe\n"},
        1,
        ["invalid-entry claims/c.yaml:9:11"],
    ),
    "broken/bad-value": (
        {"claims/c.yaml": GOOD_CLAIM.replace('value: "> 60 project"', "value: '>= '")},
        1,
        ["invalid-entry claims/c.yaml:6:10"],
    ),
    "broken/custom-tag": (
        {"claims/c.yaml": "- id: evil\n  source: !!python/object/apply:os.system [echo hi]\n"},
        1,
        ["invalid-entry claims/c.yaml:2:11"],
    ),
    "broken/not-utf8": (
        {"claims/c.yaml": GOOD_CLAIM.replace("Über", "\udcdcber")},
        1,
        ["invalid-entry claims/c.yaml:3:11"],
    ),
    "broken/json-syntax-error": (
        {"claims/a.json": '[{"id": "a1", "source": "schulterschluss",\n  "claim": "x" "quote": "y"}]\n'},
        1,
        ["invalid-entry claims/a.json:2:16"],
    ),
    "broken/jsonl-bad-line": (
        {
            "claims/b.jsonl": '{"id": "b1", "source": "schulterschluss", "claim": "V.", "quote": "Oleh Luhowskyj"}\n'
            "{not json}\n"
        },
        1,
        ["invalid-entry claims/b.jsonl:2:2"],
    ),
    "broken/front-matter-never-ends": (
        {"sources/schulterschluss.md": "---\ntitle: x\n\nbody text\n", "claims/c.yaml": ""},
        1,
        ["invalid-entry sources/schulterschluss.md:1:1"],
    ),
    "broken/front-matter-unknown-key": (
        {"sources/schulterschluss.md": SOURCE.replace("outlet:", "outlett:"), "claims/c.yaml": ""},
        1,
        ["invalid-entry sources/schulterschluss.md:3:1"],
    ),
    "broken/source-bad-url": (
        {
            "sources/schulterschluss.md": SOURCE.replace("url: null", "url: www.example.org"),
            "claims/c.yaml": "",
        },
        1,
        ["invalid-entry sources/schulterschluss.md:4:6"],
    ),
    "broken/binary-file": (
        {"claims/c.yaml": "\x00\x01\x02binary"},
        1,
        ["invalid-entry claims/c.yaml:1:1"],
    ),
}


def write_case(name: str, files: dict[str, str], exit_status: int, expected: list[str]) -> None:
    folder = HERE / name
    if folder.exists():
        shutil.rmtree(folder)
    all_files = {"sources/schulterschluss.md": SOURCE, **files}
    for relative, text in all_files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    lines = ["command: validate", f"exit: {exit_status}", "findings:" if expected else "findings: []"]
    lines += [f"  - {item}" for item in expected]
    (folder / "expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for case, (case_files, status, findings) in CASES.items():
        write_case(case, case_files, status, findings)
    print(f"wrote {len(CASES)} example repositories")
