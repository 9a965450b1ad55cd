"""How often the charts name each muscle for an area: data/area_referrers.csv, one row per muscle that a pain guide
lists for an area, with its place in that list (Travell & Simons' pain guides at the start of each body part,
then what Davies' pain guides add). The pain finder breaks ties between equally good matches with it.

`check_area_referrers` checks the rows when the data is loaded, like every other file of `triggerpoints.data`
(which calls it): each area is an area or group of body_regions.csv, each muscle a key of muscles.csv, a muscle is
listed once per area and no two muscles of an area share a rank. Ranks may leave gaps: a muscle the guides list
that the data does not hold yet keeps its place. No Dash imports.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated

from pydantic import Field

from triggerpoints.csv_text import Findings, Problem
from triggerpoints.schema import Row, Slug, TextList

if TYPE_CHECKING:
    from triggerpoints.data import Table

# Each area's muscles with their rank in the guides' list (1 = listed first).
Referrers = Mapping[str, Mapping[str, int]]


class AreaReferrerRow(Row):
    """A muscle a pain guide lists for an area (a fine area or a group), and where in the list it stands."""

    area: Slug
    muscle: Slug
    rank: Annotated[int, Field(ge=1)]
    sources: Annotated[TextList, Field(min_length=1)]


def check_area_referrers(
    table: Table, regions: Table, area_names: Set[str], muscles: Table, known: Set[str], findings: Findings
) -> Referrers:
    """Checks the rows and returns each area's muscles with their ranks."""
    name = table.name
    listed: dict[str, dict[str, int]] = {}
    muscle_line: dict[tuple[str, str], int] = {}
    rank_line: dict[tuple[str, int], int] = {}
    for line, row in table.rows:
        if row.area not in area_names:
            problem = Problem(name, line, "area", f"'{row.area}' is not an area or group of {regions.name}")
            findings.add(problem, consequence=regions.follows_from_broken_row("area", row.area))
        if row.muscle not in known:
            problem = Problem(name, line, "muscle", f"'{row.muscle}' is not a key of {muscles.name}")
            findings.add(problem, consequence=muscles.follows_from_broken_row("key", row.muscle))
        if (row.area, row.muscle) in muscle_line:
            first = muscle_line[(row.area, row.muscle)]
            findings.add(
                Problem(
                    name, line, "muscle", f"'{row.muscle}' is listed again for '{row.area}' (first on line {first})"
                )
            )
        elif (row.area, row.rank) in rank_line:
            first = rank_line[(row.area, row.rank)]
            findings.add(
                Problem(name, line, "rank", f"rank {row.rank} is given again for '{row.area}' (first on line {first})")
            )
        else:
            muscle_line[(row.area, row.muscle)], rank_line[(row.area, row.rank)] = line, line
            listed.setdefault(row.area, {})[row.muscle] = row.rank
    return MappingProxyType({area: MappingProxyType(ranks) for area, ranks in listed.items()})
