"""`ValueParseError`: a value that tries to be a quantity or a date and is malformed."""

from __future__ import annotations

QUANTITY_HINT = (
    "write a quantity as `[op] number [scale] [unit]` (op one of = ~ > >= < <=, e.g. `> 60 project`, "
    "`~ 1.5 million USD`) or a range `a..b [unit]` (e.g. `60..70 percent`)"
)


class ValueParseError(ValueError):
    """A `value` the parser cannot read: what is wrong, where (0-based offset in the text), how to fix it."""

    def __init__(self, message: str, position: int = 0, hint: str = QUANTITY_HINT) -> None:
        if len(message) > 200:  # messages quote the value; a 5,000-digit value must not fill the screen
            message = message[:199] + "…"
        super().__init__(message)
        self.message = message
        self.position = position
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} (at character {self.position}); {self.hint}"
