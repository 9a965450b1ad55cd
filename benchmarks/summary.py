"""The two figures every benchmark prints for a set of samples."""

from __future__ import annotations

import statistics


def median_p95(samples: list[float]) -> tuple[float, float]:
    """The median and the 95th percentile (nearest rank) of some samples."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[round(0.95 * (len(ordered) - 1))]
