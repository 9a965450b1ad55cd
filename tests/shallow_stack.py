"""A recursion limit low enough that a reader recursing into a deeply nested value from the browser fails."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def shallow_stack(limit: int = 200) -> Iterator[None]:
    """Runs the block with the recursion limit at `limit`, and restores it after."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    try:
        yield
    finally:
        sys.setrecursionlimit(before)
