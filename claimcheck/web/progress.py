"""A progress display on standard error while many pages are fetched (only on a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)


@contextmanager
def progress_display(total: int, label: str, *, enabled: bool) -> Iterator[Callable[[str], None]]:
    """Yield `advance(item)`, to call as each item finishes; a no-op when not `enabled`."""
    if not enabled or total < 1:
        yield lambda _item: None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total)

        def advance(item: str) -> None:
            progress.update(task, advance=1, description=f"{label} {item[:60]}")

        yield advance
