"""The handout's QR code: the handout's own link as an inline SVG, drawn on the server (segno), so it prints and works
offline, with no script and nothing fetched from elsewhere. No Dash or Flask imports."""

from __future__ import annotations

from dataclasses import dataclass

import segno
from markupsafe import Markup

# Modules across (quiet zone included) up to which each print size keeps a module near half a millimetre or more,
# which a phone camera reads off paper at arm's length; a longer link gets a larger code.
SIZES = ((45, "small"), (73, "medium"), (10_000, "large"))
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


@dataclass(frozen=True)
class QrCode:
    """A QR code ready for the page: its SVG and the print size it needs ("small", "medium" or "large")."""

    svg: Markup
    size: str


def qr_code(url: str) -> QrCode | None:
    """The URL as a QR code (the lowest error correction its size allows more of), or None when it is too long for
    one."""
    try:
        code = segno.make_qr(url, error="l", boost_error=True)
    except segno.DataOverflowError:
        return None
    modules = code.symbol_size(border=QUIET_ZONE)[0]
    size = next(name for most, name in SIZES if modules <= most)
    # segno writes only numbers and its own attributes into the SVG (the URL itself is not in it), so it is safe as is.
    svg = code.svg_inline(border=QUIET_ZONE, omitsize=True, dark="#000000", light="#ffffff", svgclass="qr-svg")
    return QrCode(Markup(svg), size)
