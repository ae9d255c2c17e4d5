"""Make untrusted text safe for a terminal: control characters (ANSI escapes) are shown, not executed."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Replace control characters (ESC, bidi overrides …) by visible escapes like `\\x1b`."""
    return _CONTROL.sub(
        lambda match: (
            f"\\x{ord(match.group()):02x}" if ord(match.group()) < 256 else f"\\u{ord(match.group()):04x}"
        ),
        text,
    ).replace("\n", "\\n")
