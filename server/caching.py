"""Browser caching of the app's scripts and styles, so that a returning visitor downloads next to nothing.

Dash writes asset URLs with a `?m=<mtime>` fingerprint and component-suite URLs with the package version and mtime in
the file name: a changed file gets a new URL, so those are cached for a year without asking again. Everything else
is revalidated, and a conditional request for an unchanged file gets a 304 with no body. The page's layout and
callback list are the same for every visitor of a running app, so they carry an ETag too: a returning visitor's
browser asks "has it changed?" and gets a 304 instead of the 53 kB layout. (The page itself is 5 kB and differs on
every request: Dash writes a fresh id into it.)
"""

from __future__ import annotations

import re

from dash import Dash
from dash.fingerprint import check_fingerprint
from flask import Response, request

IMMUTABLE = "public, max-age=31536000, immutable"
# flask-compress sends `"<etag>:br"` for a compressed response but only compares the validators a browser sends
# back for the endpoints it is told about, so Flask's and Dash's own checks (which know `"<etag>"`) never matched.
# The compressed and plain bodies decode to the same bytes, so either tag may stand for the file.
COMPRESSED_ETAG = re.compile(r':(?:zstd|br|gzip|deflate)"')


def is_fingerprinted(path: str, query: dict, assets_prefix: str, suites_prefix: str) -> bool:
    """Whether a URL names one version of a file: an asset with `?m=`, or a component-suite file with a fingerprint."""
    if path.startswith(assets_prefix):
        return "m" in query
    if path.startswith(suites_prefix):
        return check_fingerprint(path[len(suites_prefix) :].partition("/")[2])[1]
    return False


def register(app: Dash) -> None:
    """Caches fingerprinted asset and component-suite URLs for a year and makes conditional requests work."""
    server = app.server
    assets_prefix = app.config.routes_pathname_prefix + app.config.assets_url_path.strip("/") + "/"
    suites_prefix = app.config.routes_pathname_prefix + "_dash-component-suites/"

    @server.before_request
    def accept_compressed_etags() -> None:
        sent = request.environ.get("HTTP_IF_NONE_MATCH")
        if sent:
            request.environ["HTTP_IF_NONE_MATCH"] = COMPRESSED_ETAG.sub('"', sent)

    revalidated = {app.config.routes_pathname_prefix + name for name in ("_dash-layout", "_dash-dependencies")}

    @server.after_request
    def cache_fingerprinted(response: Response) -> Response:
        if request.method == "GET" and request.path in revalidated and response.status_code == 200:
            response.add_etag()
            response.headers["Cache-Control"] = "no-cache"
            return response.make_conditional(request)
        if response.status_code in (200, 304) and is_fingerprinted(
            request.path, request.args, assets_prefix, suites_prefix
        ):
            response.headers["Cache-Control"] = IMMUTABLE
            response.expires = None
        return response
