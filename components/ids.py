"""Every component id of the app, defined once. The stable hooks tests rely on are marked."""

URL = "url"
BODY_MAP = "body-map"  # stable hook
POINT_DETAILS = "point-details"  # stable hook
SEARCH = "search"  # stable hook
SEARCH_RESULTS = "search-results"
SEARCH_RESULT = "search-result"  # type of the pattern-matching ids of the result buttons
ZOOM = "zoom"
PAGE_NOTE = "page-note"
