"""Findings (and, for audits, propositions and claims) as versioned JSON; see docs/json-output.md."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring
from typing import Any

from claimcheck import __version__
from claimcheck.anchor import Anchor
from claimcheck.audit.heap import collector_paused, loaded_heap_frozen
from claimcheck.audit.propositions import ClaimFacts, Proposition
from claimcheck.audit.result import AuditResult
from claimcheck.findings import Finding, Severity
from claimcheck.repository import Repository
from claimcheck.timespan import TimeSpan
from claimcheck.values.kinds import Quantity

JSON_FORMAT_VERSION = 1
# `Severity.label` goes through the enum's `name`; a plain lookup is much faster per finding.
# (Indexed by the severity's number: hashing an enum member is slow too.)
_LABELS = tuple(
    next((severity.label for severity in Severity if severity == number), "")
    for number in range(max(Severity) + 1)
)


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """The one serialisation of a finding that every machine-readable output uses."""
    location = finding.location
    return {
        "check": finding.check,
        "severity": _LABELS[finding.severity],
        "message": finding.message,
        "hint": finding.hint,
        "location": None
        if location is None
        else {"path": location.path, "line": location.line, "column": location.column},
        "claims": list(finding.claim_ids),
        "about": finding.about,
        "field": finding.field,
        "data": finding.data,
    }


def summary_counts(findings: Sequence[Finding]) -> dict[str, Any]:
    by_check = Counter(finding.check for finding in findings)
    by_severity = Counter(_LABELS[finding.severity] for finding in findings)
    return {
        "by_check": dict(sorted(by_check.items())),
        "by_severity": {label: by_severity.get(label, 0) for label in ("error", "warning", "info")},
    }


def dump_json(document: dict[str, Any]) -> str:
    """`json.dumps(document, ensure_ascii=False, indent=2) + "\\n"`, byte for byte, but much faster.

    The standard library encodes with indentation in pure Python, one generator per container; an
    audit of 100,000 claims took seconds. Plain dicts, lists, strings, numbers, booleans and None
    (all the documents hold) are encoded here; anything else goes to `json.dumps`.
    """
    return _encode(document, "") + "\n"


def _encode(value: Any, indent: str) -> str:
    """One value as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, nested at `indent`."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = indent + "  "
        items = []
        for key, item in value.items():
            if type(key) is not str:
                return _standard(value, indent)
            items.append(f"{encode_basestring(key)}: {_encode(item, inner)}")
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = indent + "  "
        return (
            "[\n"
            + inner
            + (",\n" + inner).join([_encode(item, inner) for item in value])
            + "\n"
            + indent
            + "]"
        )
    return _standard(value, indent)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _standard(value: Any, indent: str) -> str:
    """What the fast path does not cover (subclasses, keys that are not strings): the standard library's
    text, its lines indented (a JSON string never holds a raw line break)."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def render_validate_json(repo: Repository, findings: Sequence[Finding]) -> str:
    document = {
        "format": "claimcheck-validate",
        "version": JSON_FORMAT_VERSION,
        "claimcheck": __version__,
        "summary": {"sources": len(repo.sources), "claims": len(repo.claims), **summary_counts(findings)},
        "findings": [finding_to_dict(finding) for finding in findings],
    }
    return dump_json(document)


def render_audit_json(result: AuditResult) -> str:
    """The audit as JSON (format `claimcheck-audit`, version 1): see docs/json-output.md.

    The same text as `dump_json` of the document as a dict would be; the findings, propositions and
    claims, of which there may be hundreds of thousands, are written from templates.
    """
    return "".join(audit_json_parts(result))


def audit_json_parts(result: AuditResult) -> list[str]:
    """`render_audit_json`'s text in pieces, to be written one after another: a million claims'
    document is over a gigabyte, and joined, then encoded, it would be held three times over."""
    with loaded_heap_frozen(), collector_paused():  # rows and pieces, no cycles
        return _audit_json(result)


def _audit_json(result: AuditResult) -> list[str]:
    anchors = result.context.inputs.anchors
    texts = _Texts()
    head = {
        "format": "claimcheck-audit",
        "version": JSON_FORMAT_VERSION,
        "claimcheck": __version__,
        "corpus": result.corpus_name,
        "date": result.now.isoformat(),
        "summary": {
            "sources": len(result.repo.sources),
            "claims": len(result.repo.claims),
            "propositions": len(result.propositions),
            **summary_counts(result.findings),
            "by_verdict": result.verdict_counts(),
        },
    }
    out = ["{\n"]
    for key, value in head.items():
        out += [_I1, encode_basestring(key), ": ", _encode(value, _I1), ",\n"]
    out.append(f'{_I1}"findings": ')
    _items(out, [_finding(finding) for finding in result.findings])
    out.append(f',\n{_I1}"propositions": ')
    _items(out, [_proposition(proposition, texts) for proposition in result.propositions])
    out.append(f',\n{_I1}"claims": ')
    # Claims are listed by id, but written in the audit's order: that reads memory in the order it
    # was filled, which is much faster on a large corpus.
    facts = result.context.facts
    claims = [_claim(fact, anchors[fact.index], texts) for fact in facts]
    keys = [(fact.record.claim.id, fact.index) for fact in facts]
    _items(out, [claims[position] for position in sorted(range(len(facts)), key=keys.__getitem__)])
    aliases = [{"names": [s.first, s.second], "score": s.score} for s in result.context.alias_suggestions]
    out += [f',\n{_I1}"alias_suggestions": ', _encode(aliases, _I1), "\n}\n"]
    return out


# The indentation of the audit document's levels: the document's members, the items of its lists,
# their members, and the members of objects within those.
_I1, _I2, _I3, _I4 = "  ", "    ", "      ", "        "
_ITEM = ",\n" + _I2


def _items(out: list[str], texts: list[str]) -> None:
    """Append one of the document's lists of already encoded items."""
    if not texts:
        out.append("[]")
        return
    pieces = [_ITEM] * (2 * len(texts) - 1)  # the items, each its own piece, between separators
    pieces[0::2] = texts
    out += ["[\n", _I2, *pieces, "\n", _I1, "]"]


def _strings_at(indent: str) -> Callable[[Iterable[str]], str]:
    """A function writing a list of strings nested at `indent`, its separators made once."""
    inner = indent + "  "
    separator, opening, closing = ",\n" + inner, "[\n" + inner, "\n" + indent + "]"

    def strings(values: Iterable[str]) -> str:
        text = separator.join(map(encode_basestring, values))
        return f"{opening}{text}{closing}" if text else "[]"

    return strings


_strings3 = _strings_at(_I3)
_strings4 = _strings_at(_I4)


def _optional(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


def _number(value: int | None) -> str:
    if value is None:
        return "null"
    return int.__repr__(value) if type(value) is int else _encode(value, "")


def _finding(finding: Finding) -> str:
    """`finding_to_dict(finding)` as an item of the audit's `findings`."""
    location = finding.location
    where = (
        "null"
        if location is None
        else "{\n"
        f'{_I4}"path": {encode_basestring(location.path)},\n'
        f'{_I4}"line": {_number(location.line)},\n'
        f'{_I4}"column": {_number(location.column)}\n'
        f"{_I3}}}"
    )
    return (
        "{\n"
        f'{_I3}"check": {encode_basestring(finding.check)},\n'
        f'{_I3}"severity": "{_LABELS[finding.severity]}",\n'
        f'{_I3}"message": {encode_basestring(finding.message)},\n'
        f'{_I3}"hint": {_optional(finding.hint)},\n'
        f'{_I3}"location": {where},\n'
        f'{_I3}"claims": {_strings3(finding.claim_ids)},\n'
        f'{_I3}"about": {_optional(finding.about)},\n'
        f'{_I3}"field": {_optional(finding.field)},\n'
        f'{_I3}"data": {_data(finding.data)}\n'
        f"{_I2}}}"
    )


_I5 = _I4 + "  "
_strings5 = _strings_at(_I5)


def _data(data: dict[str, Any]) -> str:
    """`_encode(data, _I3)` for a finding's `data`, with its usual members (strings, lists of
    strings, lists of such lists: origins and sources) written without recursing."""
    if not data:
        return "{}"
    members = []
    for key, value in data.items():
        if type(key) is not str:
            return _encode(data, _I3)
        if type(value) is list and value and all(type(item) is str for item in value):
            text = _strings4(value)
        elif type(value) is list and value and all(type(item) is list and item for item in value):
            inner = [_strings5(item) for item in value if all(type(name) is str for name in item)]
            if len(inner) < len(value):
                text = _encode(value, _I4)
            else:
                text = "[\n" + _I5 + (",\n" + _I5).join(inner) + "\n" + _I4 + "]"
        else:
            text = _encode(value, _I4)
        members.append(f"{encode_basestring(key)}: {text}")
    return "{\n" + _I4 + (",\n" + _I4).join(members) + "\n" + _I3 + "}"


def _proposition(proposition: Proposition, texts: _Texts) -> str:
    origins = [texts.origin(origin) for origin in proposition.origins]
    return (
        "{\n"
        f'{_I3}"key": {encode_basestring(proposition.key)},\n'
        f'{_I3}"about": {_optional(proposition.about)},\n'
        f'{_I3}"verdict": "{proposition.verdict.value}",\n'
        f'{_I3}"claims": {_strings3(sorted([fact.record.claim.id for fact in proposition.members]))},\n'
        f'{_I3}"origins": {_ORIGINS.join(origins).join(_LIST) if origins else "[]"},\n'
        f'{_I3}"outlets": {_strings3(proposition.outlets())}\n'
        f"{_I2}}}"
    )


_ORIGINS = ",\n" + _I4
_LIST = ("[\n" + _I4, "\n" + _I3 + "]")


def _claim(fact: ClaimFacts, anchor: Anchor | None, texts: _Texts) -> str:
    record = fact.record
    claim = record.claim
    source = fact.source
    string = texts.string
    if anchor is None or source is None:
        quote = "null"
    else:
        line = anchor.line
        quote = (
            "{\n"
            f'{_I4}"status": "{anchor.kind.value}",\n'
            f'{_I4}"path": {string(source.path)},\n'
            f'{_I4}"line": {"null" if line is None else _number(source.body_line + line - 1)},\n'
            f'{_I4}"column": {_number(anchor.column)}\n'
            f"{_I3}}}"
        )
    about = claim.about
    value = texts.value(fact)
    when = fact.when
    return (
        "{\n"
        f'{_I3}"id": {encode_basestring(claim.id)},\n'
        f'{_I3}"source": {string(claim.source)},\n'
        f'{_I3}"about": {"null" if about is None else string(about)},\n'
        f'{_I3}"value": {encode_basestring(value) if value else "null"},\n'
        f'{_I3}"when": {texts.when(when) if when else "null"},\n'
        f'{_I3}"provenance": {texts.names(fact.provenance)},\n'
        f'{_I3}"quote": {quote},\n'
        f'{_I3}"location": {{\n'
        f'{_I4}"path": {string(record.path)},\n'
        f'{_I4}"line": {_number(record.positions.start[0])}\n'
        f"{_I3}}}\n"
        f"{_I2}}}"
    )


class _Texts:
    """Pieces of the claims' JSON that repeat across a corpus, each worked out once: values (formatting
    one is slow, and a large corpus repeats few values many times), times, provenances, and strings
    such as source ids and paths."""

    def __init__(self) -> None:
        self._values: dict[tuple[Any, ...], str] = {}
        self._strings: dict[str, str] = {}
        self._whens: dict[TimeSpan, str] = {}
        self._names: dict[frozenset[str], str] = {}
        self._origins: dict[frozenset[str], str] = {}

    def string(self, text: str) -> str:
        """`encode_basestring(text)`, for texts that repeat (ids of sources, paths, `about` keys)."""
        encoded = self._strings.get(text)
        if encoded is None:
            encoded = self._strings[text] = encode_basestring(text)
        return encoded

    def when(self, when: TimeSpan) -> str:
        encoded = self._whens.get(when)
        if encoded is None:
            encoded = self._whens[when] = encode_basestring(str(when))
        return encoded

    def origin(self, names: frozenset[str]) -> str:
        """A proposition's origin as a sorted list of strings, in the propositions' list."""
        encoded = self._origins.get(names)
        if encoded is None:
            encoded = self._origins[names] = _strings4(sorted(names))
        return encoded

    def names(self, names: frozenset[str]) -> str:
        """A provenance as a sorted list of strings (claims share a few thousand provenances)."""
        encoded = self._names.get(names)
        if encoded is None:
            encoded = self._names[names] = _strings3(sorted(names))
        return encoded

    def value(self, fact: ClaimFacts) -> str:
        """`fact.value_text()`."""
        value = fact.value
        if type(value) is not Quantity or value.low == 0 or value.high == 0:
            return fact.value_text()  # dates and categories are quick; 0.0 and -0.0 are equal
        key = (
            value.low,
            value.high,
            value.low_inclusive,
            value.high_inclusive,
            value.unit,
            value.approximate,
        )
        text = self._values.get(key)
        if text is None:
            text = self._values[key] = fact.value_text()
        return text
