"""Every component id of the app, defined once. The stable hooks tests rely on are marked."""

URL = "url"
BODY_MAP = "body-map"  # stable hook
POINT_DETAILS = "point-details"  # stable hook
SEARCH = "search"  # stable hook
SEARCH_RESULTS = "search-results"
SEARCH_RESULT = "search-result"  # type of the pattern-matching ids of the result buttons
ZOOM = "zoom"
PAGE_NOTE = "page-note"
MODE = "mode"
PAIN_PANEL = "pain-panel"
MARKED_CHIPS = "marked-chips"
MARKED_CHIP = "marked-chip"  # type of the pattern-matching ids of the remove buttons on the chips
CLEAR_MARKS = "clear-marks"
ADD_REGION = "add-region"
CONDITION_START = "condition-start"
CONDITION_SIDE = "condition-side"
CANDIDATES = "candidates"
CANDIDATE_LIST = "candidate-list"  # stable hook
CANDIDATE = "candidate"  # type of the pattern-matching ids of the candidate buttons
FILTER_NAV = "filter-nav"
FILTER_CONDITION = "filter-condition"
FILTER_TECHNIQUE = "filter-technique"
FILTER_SELF_CARE = "filter-self-care"
REGION_TOOLTIP = "region-tooltip"
