"""The header (name, purpose, the education-not-diagnosis note) and the footer (sources, what the evidence says,
version)."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import html

from triggerpoints import __version__
from triggerpoints.messages import EDUCATION_NOTE, EVIDENCE_NOTE


def create_header() -> html.Header:
    """The app's name, what it is for, and the education note users meet first."""
    return html.Header(
        [
            html.Div(
                [
                    dmc.Title("Trigger Point Explorer", order=1, className="app-title"),
                    dmc.Text("Where muscle knots send pain, and how to ease them safely", className="app-tagline"),
                ]
            ),
            html.P([html.Strong("Please note: "), EDUCATION_NOTE], className="education-note", role="note"),
        ],
        className="app-header",
    )


def create_footer() -> html.Footer:
    """Where the content comes from, what the evidence says of it, and the version."""
    return html.Footer(
        [
            html.P(
                "Referral patterns follow Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point "
                "Manual (vol. 1, 2nd ed. 1999; vol. 2, 1992) and Davies' The Trigger Point Therapy Workbook "
                "(3rd ed., 2013). Each point lists its sources."
            ),
            html.P(EVIDENCE_NOTE, className="evidence-note"),
            html.P(f"Trigger Point Explorer {__version__}", className="version"),
        ],
        className="app-footer",
    )
