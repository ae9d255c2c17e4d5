"""Write the hostile-input corpus under tests/examples/hostile/ (run once; the files are committed).

Each case is a small claim repository that is broken, odd or malicious in one way, and still holds
at least one valid claim that must be loaded and checked. `expected.yaml` says what `claimcheck
validate` (and `audit --no-report`) must give: the exit status, the findings (check and
file:line:column), how many claims were still loaded, words the output must contain, and for the
cases that need the file system's help (links, pipes), what the test sets up in its copy.

The cases sit one folder deeper than tests/examples/{valid,broken}/* (group/case), so that
tests/test_examples.py does not collect them: some exit with status 2 before loading anything.

    python tests/examples/hostile/make_hostile.py
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from make_examples import GOOD_CLAIM, SECOND_CLAIM, SOURCE

HERE = Path(__file__).parent
G = GOOD_CLAIM  # id luhovskyi-projects, lines 1-8 when first in a file
S = SECOND_CLAIM  # id luhovskyi-volume, 6 lines
# A valid claim with one line per field, for appending after a broken item.
TAIL = (
    "- id: tail\n  source: schulterschluss\n  quote: Das Gesamtvolumen beträgt\n"
    "  claim: The volume is given.\n"
)
VALID_JSON_ITEM = '{"id": "j1", "source": "schulterschluss", "quote": "Über 60 laufende Projekte", "claim": "P."}'


def lol(levels: int = 9) -> str:
    """The "billion laughs": each level holds ten aliases of the one before (10**levels strings)."""
    lines = ['  note: &l0 "lol"\n']
    lines.append("  tags:\n")
    for level in range(1, levels + 1):
        items = ", ".join([f"*l{level - 1}"] * 10)
        lines.append(f"    - &l{level} [{items}]\n")
    return "".join(lines)


@dataclass
class Case:
    files: dict[str, str | bytes]
    exit: int
    findings: list[str] = field(default_factory=list)
    claims: int | None = None  # claims loaded (None for exit-2 cases)
    contains: list[str] = field(default_factory=list)  # in validate's output
    stderr_contains: str | None = None
    symlinks: dict[str, str] = field(default_factory=dict)  # link -> target ("OUTSIDE/…": outside the repo)
    fifos: list[str] = field(default_factory=list)
    source: bool = True  # add sources/schulterschluss.md
    what: str = ""


BOMB_ROOT = "a: &a ['lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol']\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]\n" for n in range(8)
)

CASES: dict[str, Case] = {
    # -- YAML syntax and structure ------------------------------------------------------------------
    "yaml/unclosed-quote-at-end": Case(
        {"claims/c.yaml": G + S + '- id: broken\n  quote: "never closed\n  claim: x\n'},
        1,
        ["invalid-entry claims/c.yaml:18:1"],
        claims=2,
        what="an unclosed quote runs to the end of the file: only its own item is lost",
    ),
    "yaml/syntax-error-between-valid-items": Case(
        {"claims/c.yaml": G + '- id: broken\n  quote: "a" b\n  claim: x\n' + S},
        1,
        ["invalid-entry claims/c.yaml:10:14"],
        claims=2,
    ),
    "yaml/every-item-broken-but-one": Case(
        {"claims/c.yaml": "- id: [\n" + "- id: {\n" + "- : :\n" + G + "- id: 'x\n"},
        1,
        [
            "invalid-entry claims/c.yaml:2:1",
            "invalid-entry claims/c.yaml:3:1",
            "invalid-entry claims/c.yaml:3:3",
            "invalid-entry claims/c.yaml:13:1",
        ],
        claims=1,
    ),
    "yaml/tab-indentation": Case(
        {"claims/c.yaml": G + "- id: tabbed\n\tsource: schulterschluss\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:10:1"],
        claims=2,
        contains=["indent with spaces, not tabs"],
    ),
    "yaml/tabs-inside-values": Case(
        {"claims/c.yaml": G.replace("claim: More", "claim:\tMore") + '- id: t2\n  source: schulterschluss\n'
         '  quote: "Über\t60 laufende Projekte"\n  claim: "tab\there"\n'},
        0,
        [],
        claims=2,
    ),
    "yaml/byte-order-mark": Case({"claims/c.yaml": "\ufeff" + G + S}, 0, [], claims=2),
    "yaml/byte-order-mark-inside": Case(
        {"claims/c.yaml": G + "\ufeff" + S},
        0,
        [],
        claims=2,
        what="a byte-order mark at the start of a line, as `cat a.yaml b.yaml` leaves it: ignored",
    ),
    "yaml/crlf-line-ends": Case(
        {"claims/c.yaml": (G + S + "- id: broken\n  quote: [\n").replace("\n", "\r\n")},
        1,
        ["invalid-entry claims/c.yaml:17:1"],
        claims=2,
    ),
    "yaml/cr-only-line-ends": Case(
        {"claims/c.yaml": (G + S + "  stance: maybe\n").replace("\n", "\r")},
        1,
        ["invalid-entry claims/c.yaml:15:11"],
        claims=1,
    ),
    "yaml/mixed-line-ends": Case(
        {"claims/c.yaml": G.replace("\n", "\r\n") + S.replace("\n", "\r") + "  stance: maybe\n"},
        1,
        ["invalid-entry claims/c.yaml:15:11"],
        claims=1,
    ),
    "yaml/unicode-line-separators": Case(
        {"claims/c.yaml": G + '  note: "erste\u2028zweite\x85dritte"\n' + S + "  stance: maybe\n"},
        1,
        ["invalid-entry claims/c.yaml:18:11"],
        claims=1,
        what="YAML 1.1 counts U+2028 and NEL as line breaks: so do the positions",
    ),
    "yaml/empty-file": Case({"claims/empty.yaml": "", "claims/c.yaml": G}, 0, [], claims=1),
    "yaml/only-comments": Case(
        {"claims/notes.yaml": "# todo\n   # indented\n#\n", "claims/c.yaml": G}, 0, [], claims=1
    ),
    "yaml/only-blank-lines": Case(
        {"claims/blank.yaml": "\n\n   \n\t\n", "claims/c.yaml": G}, 0, [], claims=1
    ),
    "yaml/tab-only-lines-between-items": Case(
        {"claims/c.yaml": G + "\t\n  \t  \n" + S + "\t"},
        0,
        [],
        claims=2,
        what="libyaml refuses a line of only a tab (an editor's leftover); it is read as the empty line it is",
    ),
    "yaml/top-level-mapping": Case(
        {"claims/m.yaml": "id: a\nsource: schulterschluss\nquote: x\nclaim: y\n", "claims/c.yaml": G},
        1,
        ["invalid-entry claims/m.yaml:1:1"],
        claims=1,
        contains=["holds a list of claims, not a mapping"],
    ),
    "yaml/top-level-text": Case(
        {"claims/t.yaml": "Über 60 laufende Projekte\n", "claims/c.yaml": G},
        1,
        ["invalid-entry claims/t.yaml:1:1"],
        claims=1,
    ),
    "yaml/flow-list-with-a-bad-item": Case(
        {"claims/c.yaml": "[{id: f1, source: schulterschluss, quote: Über 60 laufende Projekte, claim: P.},\n"
         " 42]\n"},
        1,
        ["invalid-entry claims/c.yaml:2:2"],
        claims=1,
    ),
    "yaml/deep-flow-nesting": Case(
        {"claims/c.yaml": G + "- id: deep\n  tags: " + "[" * 30000 + "]" * 30000 + "\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:10:71"],
        claims=2,
        contains=["nested too deeply"],
        what="30,000 brackets crashed libyaml's composer (a segfault, no message) before the depth limit",
    ),
    "yaml/deep-block-nesting": Case(
        {"claims/c.yaml": G + "- id: deep\n  tags:\n    " + "- " * 30000 + "x\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:11:129"],
        claims=2,
        contains=["nested too deeply"],
    ),
    "yaml/deep-mapping-nesting": Case(
        {"claims/c.yaml": G + "- id: deep\n  note: " + "{a: " * 30000 + "1" + "}" * 30000 + "\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:10:257"],
        claims=2,
    ),
    "yaml/billion-laughs": Case(
        {"claims/c.yaml": G + "- id: lol\n  source: schulterschluss\n  quote: x\n  claim: y\n" + lol() + TAIL},
        1,
        ["invalid-entry claims/c.yaml:15:12"],
        claims=2,
        contains=["YAML alias `*l0` is not allowed"],
    ),
    "yaml/billion-laughs-whole-file": Case(
        {"claims/bomb.yaml": BOMB_ROOT, "claims/c.yaml": G},
        1,
        ["invalid-entry claims/bomb.yaml:2:8"],
        claims=1,
    ),
    "yaml/recursive-alias": Case(
        {"claims/c.yaml": G + "- &self\n  id: loop\n  tags: *self\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:11:9"],
        claims=2,
    ),
    "yaml/alias-to-another-item": Case(
        {"claims/c.yaml": G.replace("source: schulterschluss", "source: &src schulterschluss")
         + S.replace("source: schulterschluss", "source: *src")},
        1,
        ["invalid-entry claims/c.yaml:10:11"],
        claims=1,
        contains=["YAML alias `*src` is not allowed"],
    ),
    "yaml/anchor-without-alias": Case(
        {"claims/c.yaml": G.replace("confidence: low", "confidence: &c low") + S}, 0, [], claims=2
    ),
    "yaml/merge-key": Case(
        {"claims/c.yaml": G + "- <<: {source: schulterschluss, claim: merged}\n  id: merged\n"
         "  quote: Über 60 laufende Projekte\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:9:3"],
        claims=2,
    ),
    "yaml/python-object-tags": Case(
        {
            "claims/c.yaml": G
            + '- id: apply\n  source: !!python/object/apply:os.system ["touch PWNED"]\n  quote: x\n  claim: y\n'
            + '- id: new\n  source: !!python/object/new:subprocess.Popen [["touch", "PWNED"]]\n'
            + "- id: name\n  source: !!python/name:os.system\n"
            + "- id: module\n  source: !!python/module:os\n"
            + TAIL
        },
        1,
        [
            "invalid-entry claims/c.yaml:10:11",
            "invalid-entry claims/c.yaml:14:11",
            "invalid-entry claims/c.yaml:16:11",
            "invalid-entry claims/c.yaml:18:11",
        ],
        claims=2,
        contains=["YAML tag `!!python/object/apply:os.system` is not allowed"],
        what="nothing is constructed: no file PWNED appears",
    ),
    "yaml/other-tags": Case(
        {
            "claims/c.yaml": G
            + "- id: local\n  source: schulterschluss\n  quote: x\n  claim: !secret y\n"
            + "- id: bin\n  source: schulterschluss\n  quote: x\n  claim: !!binary aGk=\n"
            + "- id: set\n  source: schulterschluss\n  quote: x\n  claim: y\n  tags: !!set {a, b}\n"
            + "- id: bad-int\n  source: schulterschluss\n  quote: x\n  claim: y\n  note: !!int twelve\n"
            + TAIL
        },
        1,
        [
            "invalid-entry claims/c.yaml:12:10",
            "invalid-entry claims/c.yaml:16:10",
            "invalid-entry claims/c.yaml:21:9",
            "invalid-entry claims/c.yaml:26:9",
        ],
        claims=2,
    ),
    "yaml/impossible-date": Case(
        {"claims/c.yaml": G + S + "  when: 2026-02-30\n"},
        1,
        ["invalid-entry claims/c.yaml:15:9"],
        claims=1,
        contains=["day is out of range for month"],
        what="YAML would build a date and crash; it stays text and the `when` check explains",
    ),
    "yaml/huge-number": Case(
        {"claims/c.yaml": G + "- id: big\n  source: schulterschluss\n  quote: Über 60 laufende Projekte\n"
         "  claim: y\n  confidence: " + "9" * 5000 + "\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:13:15"],
        claims=2,
    ),
    "yaml/control-character": Case(
        {"claims/c.yaml": G + "- id: bell\n  source: schulterschluss\n  quote: x\x07y\n  claim: y\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:11:11"],
        claims=2,
        contains=["U+0007"],
    ),
    "yaml/several-documents": Case(
        {"claims/c.yaml": G + "---\n" + S, "claims/ok.yaml": TAIL},
        1,
        ["invalid-entry claims/c.yaml:9:1"],
        claims=2,
        what="not a plain list (a `---` line): read whole; the first document's item is still read",
    ),
    "yaml/keys-yaml-would-read-as-other-types": Case(
        {"claims/c.yaml": G + "- id: keys\n  source: schulterschluss\n  quote: x\n  claim: y\n  yes: 1\n"
         "  ~: 2\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:13:3", "invalid-entry claims/c.yaml:14:3"],
        claims=2,
        contains=["unknown key `yes`"],
    ),
    "yaml/complex-key": Case(
        {"claims/c.yaml": G + "- ? [id, source]\n  : x\n  claim: y\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:9:5"],
        claims=2,
    ),
    "yaml/empty-items": Case(
        {"claims/c.yaml": "-\n" + G + "- \n- ''\n"},
        1,
        [
            "invalid-entry claims/c.yaml:1:2",
            "invalid-entry claims/c.yaml:10:2",
            "invalid-entry claims/c.yaml:11:3",
        ],
        claims=1,
    ),
    "yaml/quote-continued-on-a-dash-line": Case(
        {"claims/c.yaml": '- id: dash\n  source: schulterschluss\n  quote: "Über 60 laufende\n- Projekte"\n'
         "  claim: A line of the quote starts with a dash.\n" + G},
        0,
        ["quote-inexact claims/c.yaml:3:10"],
        claims=2,
        what="libyaml reads the quote on across a line starting with `- `: so does the item splitter",
    ),
    "yaml/directive-and-document-markers": Case(
        {"claims/c.yaml": "%YAML 1.1\n---\n" + G + S + "...\n"}, 0, [], claims=2
    ),
    "yaml/huge-line-of-garbage": Case(
        {"claims/c.yaml": G + "- id: junk\n  note: " + "][}{,:?" * 3000 + "\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:10:9"],
        claims=2,
    ),
    # -- encodings ---------------------------------------------------------------------------------
    "encoding/latin-1-claims": Case(
        {"claims/latin.yaml": G.replace("luhovskyi-projects", "latin").encode("latin-1", "replace"), "claims/c.yaml": S},
        1,
        ["invalid-entry claims/latin.yaml:3:11"],
        claims=1,
        contains=["not valid UTF-8"],
    ),
    "encoding/latin-1-source": Case(
        {"sources/latin.md": SOURCE.encode("latin-1", "replace"), "claims/c.yaml": G},
        1,
        ["invalid-entry sources/latin.md:14:79"],
        claims=1,
    ),
    "encoding/utf-16": Case(
        {"claims/u16.yaml": "\ufeff".encode("utf-16-le") + G.encode("utf-16-le"), "claims/c.yaml": S},
        1,
        ["invalid-entry claims/u16.yaml:1:1"],
        claims=1,
        contains=["file is UTF-16 text, not UTF-8"],
    ),
    "encoding/binary-file": Case(
        {"claims/image.yaml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "claims/c.yaml": G},
        1,
        ["invalid-entry claims/image.yaml:1:1"],
        claims=1,
    ),
    "encoding/nul-byte-late": Case(
        {"claims/c.yaml": G + "# " + "x" * 9000 + "\n- id: nul\n  source: schulterschluss\n  quote: a\x00b\n"
         "  claim: y\n" + TAIL},
        1,
        ["invalid-entry claims/c.yaml:12:11"],
        claims=2,
        what="past the first 8 KB the binary check does not look; the YAML reader refuses the NUL",
    ),
    "encoding/surrogates-and-overlong-utf8": Case(
        {"claims/c.yaml": G.encode() + b"- id: bad\n  quote: \xed\xa0\x80 \xc0\xaf\n", "claims/ok.yaml": S},
        1,
        ["invalid-entry claims/c.yaml:10:10"],
        claims=1,
    ),
    "encoding/bom-and-crlf-source": Case(
        {"sources/schulterschluss.md": ("\ufeff" + SOURCE).replace("\n", "\r\n"), "claims/c.yaml": G + S},
        0,
        [],
        claims=2,
    ),
    "encoding/invisible-and-bidi-characters": Case(
        {"claims/c.yaml": G + S.replace("claim: The projects", "claim: \u202eThe\u200b projects\u2066")},
        0,
        [],
        claims=2,
    ),
    # -- ids and names -----------------------------------------------------------------------------
    "ids/path-separators": Case(
        {"claims/c.yaml": G + S.replace("id: luhovskyi-volume", "id: ../../etc/passwd") + TAIL.replace(
            "id: tail", "id: a/b\\\\c")},
        1,
        ["invalid-entry claims/c.yaml:9:7", "invalid-entry claims/c.yaml:15:7"],
        claims=1,
    ),
    "ids/cyrillic-look-alike": Case(
        {"claims/c.yaml": G + S.replace("id: luhovskyi-volume", "id: luhovskyi-volumе")},
        1,
        ["invalid-entry claims/c.yaml:9:7"],
        claims=1,
        contains=["U+0435 CYRILLIC SMALL LETTER IE", "retype it in ASCII"],
    ),
    "ids/source-file-with-look-alike": Case(
        {
            "sources/schulterschluss-2.md": SOURCE,
            "sources/schulterschluss-\u04302.md": SOURCE,
            "claims/c.yaml": G + S.replace("source: schulterschluss", "source: schulterschluss-\u04302"),
        },
        1,
        ["invalid-entry sources/schulterschluss-\u04302.md:1:1", "unknown-source claims/c.yaml:10:11"],
        claims=2,
        contains=["U+0430 CYRILLIC SMALL LETTER A"],
    ),
    "ids/source-given-as-a-path": Case(
        {"claims/c.yaml": G + S.replace("source: schulterschluss", "source: ../sources/schulterschluss")},
        1,
        ["unknown-source claims/c.yaml:10:11"],
        claims=2,
    ),
    "ids/fullwidth-and-uppercase": Case(
        {"claims/c.yaml": G + S.replace("id: luhovskyi-volume", "id: ｌｕｈｏｖｓｋｙｉ") + TAIL.replace(
            "id: tail", "id: Tail")},
        1,
        ["invalid-entry claims/c.yaml:9:7", "invalid-entry claims/c.yaml:15:7"],
        claims=1,
        contains=["U+FF4C FULLWIDTH LATIN SMALL LETTER L"],
    ),
    "ids/source-file-names": Case(
        {
            "sources/Upper Case.md": SOURCE,
            "sources/dots.in.name.md": SOURCE,
            "claims/c.yaml": G,
        },
        1,
        ["invalid-entry sources/Upper Case.md:1:1", "invalid-entry sources/dots.in.name.md:1:1"],
        claims=1,
    ),
    # -- sources -----------------------------------------------------------------------------------
    "sources/front-matter-never-ends": Case(
        {"sources/open.md": "---\ntitle: x\n\n" + "Text ohne Ende.\n" * 50, "claims/c.yaml": G},
        1,
        ["invalid-entry sources/open.md:1:1"],
        claims=1,
        contains=["front matter never ends"],
    ),
    "sources/only-a-dash-line": Case(
        {"sources/dash.md": "---", "claims/c.yaml": G}, 1, ["invalid-entry sources/dash.md:1:1"], claims=1
    ),
    "sources/empty": Case(
        {"sources/empty.md": "", "claims/c.yaml": G}, 1, ["invalid-entry sources/empty.md:1:1"], claims=1
    ),
    "sources/no-front-matter": Case(
        {"sources/plain.md": "Einfach nur Text.\n", "claims/c.yaml": G},
        1,
        ["invalid-entry sources/plain.md:1:1"],
        claims=1,
    ),
    "sources/front-matter-bomb": Case(
        {"sources/bomb.md": "---\n" + BOMB_ROOT.replace("a: &a", "title: &a") + "---\nText.\n", "claims/c.yaml": G},
        1,
        ["invalid-entry sources/bomb.md:3:8"],
        claims=1,
    ),
    "sources/front-matter-python-tag": Case(
        {"sources/evil.md": "---\ntitle: !!python/object/apply:os.system ['touch PWNED']\n---\nText.\n",
         "claims/c.yaml": G},
        1,
        ["invalid-entry sources/evil.md:2:8"],
        claims=1,
    ),
    "sources/front-matter-a-list": Case(
        {"sources/list.md": "---\n- title\n- outlet\n---\nText.\n", "claims/c.yaml": G},
        1,
        ["invalid-entry sources/list.md:2:1"],
        claims=1,
    ),
    "sources/front-matter-deep": Case(
        {"sources/deep.md": "---\ntitle: " + "[" * 30000 + "]" * 30000 + "\n---\nText.\n", "claims/c.yaml": G},
        1,
        ["invalid-entry sources/deep.md:2:71"],
        claims=1,
    ),
    "sources/binary": Case(
        {"sources/blob.md": bytes(range(256)) * 4, "claims/c.yaml": G},
        1,
        ["invalid-entry sources/blob.md:1:1"],
        claims=1,
    ),
    "sources/terminal-escapes-in-body": Case(
        {
            "sources/schulterschluss.md": SOURCE.replace(
                "Das Gesamtvolumen", "\x1b[2J\x1b]8;;http://evil.example\x07Das Gesamtvolumen"
            ),
            "claims/c.yaml": G,
        },
        1,
        ["source-modified sources/schulterschluss.md:10:9"],
        claims=1,
    ),
    # -- JSON --------------------------------------------------------------------------------------
    "json/deep-nesting": Case(
        {"claims/deep.json": "[" + "[" * 100000 + "]" * 100000 + "]", "claims/c.yaml": G},
        1,
        ["invalid-entry claims/deep.json:1:2"],
        claims=1,
    ),
    "json/syntax-error-after-valid-items": Case(
        {"claims/c.json": "[\n" + VALID_JSON_ITEM + ",\n" + VALID_JSON_ITEM.replace("j1", "j2") + ",\n"
         '{"id": "j3" "source": "x"}\n]\n'},
        1,
        ["invalid-entry claims/c.json:4:13"],
        claims=2,
    ),
    "json/top-level-object": Case(
        {"claims/o.json": VALID_JSON_ITEM, "claims/c.yaml": G},
        1,
        ["invalid-entry claims/o.json:1:1"],
        claims=1,
    ),
    "json/not-a-number-and-infinity": Case(
        {"claims/c.json": "[" + VALID_JSON_ITEM + ",\n"
         + VALID_JSON_ITEM.replace("j1", "j2").replace('"claim"', '"confidence": NaN, "claim"') + ",\n"
         + VALID_JSON_ITEM.replace("j1", "j3").replace('"claim"', '"confidence": -Infinity, "claim"') + "]"},
        1,
        ["invalid-entry claims/c.json:2:95", "invalid-entry claims/c.json:3:95"],
        claims=1,
    ),
    "json/repeated-key": Case(
        {"claims/c.json": "[" + VALID_JSON_ITEM.replace('"claim"', '"id": "j9", "claim"') + "]"},
        1,
        ["invalid-entry claims/c.json:1:82"],
        claims=1,
    ),
    "json/trailing-garbage": Case(
        {"claims/c.json": "[" + VALID_JSON_ITEM + "] trailing"},
        1,
        ["invalid-entry claims/c.json:1:98"],
        claims=1,
    ),
    "jsonl/hostile-lines": Case(
        {
            "claims/c.jsonl": VALID_JSON_ITEM
            + "\n"
            + "[" * 100000
            + "]" * 100000
            + "\n\x00\x01\x02\n"
            + '{"id": "lol", "source": "schulterschluss", "quote": "x", "claim": "y", "tags": [[["a"]]]}\n'
            + "null\n"
        },
        1,
        [
            "invalid-entry claims/c.jsonl:2:1",
            "invalid-entry claims/c.jsonl:3:1",
            "invalid-entry claims/c.jsonl:4:1",
            "invalid-entry claims/c.jsonl:5:1",
        ],
        claims=1,
    ),
    # -- the repository ----------------------------------------------------------------------------
    "repository/claims-folder-is-a-file": Case(
        {"claims": G}, 2, stderr_contains="claims: the claims folder is a file, not a folder"
    ),
    "repository/missing-sources-folder": Case(
        {"claims/c.yaml": G}, 2, stderr_contains="the sources folder does not exist", source=False
    ),
    "repository/missing-claims-folder": Case({}, 2, stderr_contains="the claims folder does not exist"),
    "repository/two-settings-files-disagree": Case(
        {
            "claimcheck.toml": "min_sources = 2\n",
            "pyproject.toml": "[project]\nname = 'x'\n[tool.claimcheck]\nmin_sources = 3\n",
            "claims/c.yaml": G,
        },
        2,
        stderr_contains="settings are in both claimcheck.toml and pyproject.toml",
    ),
    "repository/settings-not-toml": Case(
        {"claimcheck.toml": "min_sources = [\n", "claims/c.yaml": G},
        2,
        stderr_contains="claimcheck.toml: error settings: TOML syntax error",
    ),
    "repository/settings-binary": Case(
        {"claimcheck.toml": b"\xff\xfe\x00\x00garbage", "claims/c.yaml": G},
        2,
        stderr_contains="claimcheck.toml: error settings: cannot read settings",
    ),
    "repository/settings-point-outside": Case(
        {"claimcheck.toml": 'claims = "../../../etc"\n', "claims/c.yaml": G},
        2,
        stderr_contains="setting `claims`: '../../../etc' is outside the repository",
    ),
    "repository/report-outside": Case(
        {"claimcheck.toml": 'report = "/tmp/evil.md"\n', "claims/c.yaml": G},
        2,
        stderr_contains="setting `report`: '/tmp/evil.md' is outside the repository",
    ),
    "repository/settings-with-terminal-escapes": Case(
        {"claimcheck.toml": '"\\u001b[2Jevil" = 1\n', "claims/c.yaml": G},
        2,
        stderr_contains="unknown setting `\\x1b[2Jevil`",
    ),
    "repository/link-to-a-file-outside": Case(
        {"claims/c.yaml": G},
        1,
        ["invalid-entry claims/secret.yaml:1:1"],
        claims=1,
        contains=["symbolic link to a file outside the repository is not read"],
        symlinks={"claims/secret.yaml": "OUTSIDE/secret.yaml"},
        what="the outside file holds a valid claim: it must not be loaded (1 claim, not 2)",
    ),
    "repository/link-to-a-file-inside": Case(
        {"claims/c.yaml": G, "shared/more.yaml": S},
        0,
        [],
        claims=2,
        symlinks={"claims/more.yaml": "../shared/more.yaml"},
    ),
    "repository/dangling-link": Case(
        {"claims/c.yaml": G},
        1,
        ["invalid-entry claims/gone.yaml:1:1"],
        claims=1,
        symlinks={"claims/gone.yaml": "nowhere.yaml"},
    ),
    "repository/link-loop": Case(
        {"claims/c.yaml": G},
        1,
        ["invalid-entry claims/a.yaml:1:1", "invalid-entry claims/b.yaml:1:1"],
        claims=1,
        symlinks={"claims/a.yaml": "b.yaml", "claims/b.yaml": "a.yaml"},
    ),
    "repository/linked-folder": Case(
        {"claims/c.yaml": G},
        1,
        ["invalid-entry claims/elsewhere:1:1", "invalid-entry claims/loop:1:1"],
        claims=1,
        symlinks={"claims/elsewhere": "OUTSIDE", "claims/loop": "."},
    ),
    "repository/named-pipe": Case(
        {"claims/c.yaml": G},
        1,
        ["invalid-entry claims/pipe.yaml:1:1"],
        claims=1,
        fifos=["claims/pipe.yaml"],
        what="reading a FIFO would block forever",
    ),
    "repository/folder-named-like-a-file": Case(
        {"claims/odd.yaml/c.yaml": G, "sources/odd.md/x.txt": "not a source\n"}, 0, [], claims=1
    ),
    "repository/hidden-and-ignored-files": Case(
        {
            "claims/.hidden.yaml": "- broken: [\n",
            "claims/.git/x.yaml": "- broken: [\n",
            "claims/README.md": "# notes\n",
            "claims/notes.txt": "- broken: [\n",
            "claims/c.yaml": G,
        },
        0,
        [],
        claims=1,
    ),
}


def write_case(name: str, case: Case) -> None:
    folder = HERE / name
    if folder.exists():
        shutil.rmtree(folder)
    files: dict[str, str | bytes] = {}
    if case.source:
        files["sources/schulterschluss.md"] = SOURCE
    files.update(case.files)
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    lines = ["command: validate", f"exit: {case.exit}"]
    if case.claims is not None:
        lines.append(f"claims_loaded: {case.claims}")
    lines.append("findings:" if case.findings else "findings: []")
    lines += [f"  - {_quoted(item)}" for item in case.findings]
    if case.contains:
        lines.append("contains:")
        lines += [f"  - {_quoted(item)}" for item in case.contains]
    if case.stderr_contains:
        lines.append(f"stderr_contains: {_quoted(case.stderr_contains)}")
    if case.symlinks or case.fifos:
        lines.append("setup:")
        if case.symlinks:
            lines.append("  symlinks:")
            lines += [f"    {_quoted(link)}: {_quoted(target)}" for link, target in case.symlinks.items()]
        if case.fifos:
            lines.append("  fifos:")
            lines += [f"    - {_quoted(fifo)}" for fifo in case.fifos]
    if case.what:
        lines.append(f"what: {_quoted(case.what)}")
    (folder / "expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


if __name__ == "__main__":
    for group in ("yaml", "encoding", "ids", "sources", "json", "jsonl", "repository"):
        shutil.rmtree(HERE / group, ignore_errors=True)
    for case_name, case_spec in CASES.items():
        write_case(case_name, case_spec)
    print(f"wrote {len(CASES)} hostile example repositories")
