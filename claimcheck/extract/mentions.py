"""People named in a text so far, to resolve a surname, a pronoun or a bare role to one person."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.extract import lexicon as lx
from claimcheck.model import Person


def _tokens(name: str) -> list[str]:
    return name.split()


def _genitive_base(name: str) -> str:
    """ "Zhangs" → "Zhang", "Xis" → "Xi" (a German genitive), "Putin's" → "Putin"."""
    for suffix in ("’s", "'s", "s"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


@dataclass
class PersonIndex:
    """Everyone the text has named, most recent mention last, with the fullest name and role seen."""

    people: list[Person] = field(default_factory=list)

    def find(self, name: str) -> Person | None:
        """The person `name` refers to: the same name, or one part of a longer one ("Putin", "Xi")."""
        for candidate in (name, _genitive_base(name)):
            found = self._find_exact(candidate)
            if found is not None:
                return found
        return None

    def _find_exact(self, name: str) -> Person | None:
        parts = _tokens(name)
        for person in reversed(self.people):
            if person.name == name:
                return person
        for person in reversed(self.people):
            known = _tokens(person.name)
            if len(parts) == 1 and len(known) > 1 and parts[0] in (known[0], known[-1]):
                return person
            if len(known) == 1 and len(parts) > 1 and known[0] in (parts[0], parts[-1]):
                return person
        return None

    def note(self, name: str, role: str | None = None, org: str | None = None) -> Person:
        """Record a mention; the result merges it with what was known of that person."""
        if lx.RELATIONAL_ROLES.match(role or ""):
            role = None
        known = self._find_exact(name)
        if known is None:
            person = Person(name=name, role=role, org=org)
        else:
            self.people.remove(known)
            longer = name if len(_tokens(name)) > len(_tokens(known.name)) else known.name
            person = Person(name=longer, role=role or known.role, org=org or known.org)
        self.people.append(person)
        return person

    def by_role(self, role: str | None, org: str | None) -> Person | None:
        """The latest person whose role and country fit "der chinesische Minister" / "the minister"."""
        head = (role or "").split()[-1].lower() if role else ""
        for person in reversed(self.people):
            if org and person.org and person.org != org:
                continue
            if head and not (person.role or "").lower().endswith(head):
                continue
            if not head and not org:
                continue
            return person
        return None
