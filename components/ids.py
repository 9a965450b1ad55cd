"""Every component id of the app, defined once. The stable hooks tests rely on are marked."""

URL = "url"
BODY_MAP = "body-map"  # stable hook
POINT_DETAILS = "point-details"  # stable hook; drawn by assets/view_panels.js
SEARCH = "search"  # stable hook
SEARCH_RESULTS = "search-results"
BROWSE_LIST = "browse-list"
BROWSE_GROUPS = "browse-groups"
SEARCH_RESULT = "search-result"  # type of the pattern-matching ids of the result buttons
SEARCH_MORE = "search-more"  # type of the pattern-matching id of "Show more", drawn with the results
ZOOM = "zoom"
VIEW_SWITCH = "view-switch"
MUSCLES_SWITCH = "muscles-switch"  # the muscles layer on the map
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
FILTER_NAV = "filter-nav"
FILTER_CONDITION = "filter-condition"
FILTER_TECHNIQUE = "filter-technique"
FILTER_SELF_CARE = "filter-self-care"
REGION_TOOLTIP = "region-tooltip"
PAGE = "page"
PATIENT_SWITCH = "patient-switch"
THEME_SWITCH = "theme-switch"
SYSTEM_THEME = "system-theme"
THEME_STORE = "theme-store"
PROVIDER = "theme-provider"
SHARE = "share"
SHARE_NOTE = "share-note"
HANDOUT_LINK = "handout-link"
HANDOUT_NOTE = "handout-note"
HANDOUT_ADD = "handout-add"
HANDOUT_CLEAR = "handout-clear"
HANDOUT_LIST = "handout-list"
GUIDED_PANEL = "guided-panel"
GUIDED_POINT = "guided-point"
GUIDED_STEPPER = "guided-stepper"
GUIDED_FLAGS_GENERAL = "guided-flags-general"
GUIDED_FLAGS_AREA = "guided-flags-area"
GUIDED_STOP = "guided-stop"
GUIDED_FIND = "guided-find"
GUIDED_PRESS = "guided-press"
GUIDED_STRETCH = "guided-stretch"
GUIDED_HOLD = "guided-hold"
GUIDED_TIMER = "guided-timer"
GUIDED_TIMER_STATE = "guided-timer-state"
GUIDED_TICK = "guided-tick"
GUIDED_START = "guided-start"
GUIDED_RESET_TIMER = "guided-reset-timer"
GUIDED_BEFORE = "guided-before"
GUIDED_AFTER = "guided-after"
GUIDED_BACK = "guided-back"
GUIDED_NEXT = "guided-next"
GUIDED_SAVE = "guided-save"
GUIDED_SUMMARY = "guided-summary"
GUIDED_HISTORY = "guided-history"
GUIDED_HISTORY_VIEW = "guided-history-view"
GUIDED_FLAGS_TECHNIQUE = "guided-flags-technique"  # the session technique's "do not use it" list, at the check
GUIDED_PRECAUTIONS = "guided-precautions"
GUIDED_PRESSURE = "guided-pressure"
GUIDED_TIMER_GROUP = "guided-timer-group"
GUIDED_NERVE_STOP = "guided-nerve-stop"  # "Stop: it tingles, goes numb or shoots", during the hold
GUIDED_NERVE_SIGNS = "guided-nerve-signs"  # nerve signs felt, asked after the release
GUIDED_END = "guided-end"  # why the session ended and what to do, when it ends early
GUIDED_RESTART = "guided-restart"
GUIDED_SESSION = "guided-session"  # this session's id and whether it is saved
GUIDED_SAVED = "guided-saved"  # the entry just saved, appended to the history in the browser once per session
STUDY_PANEL = "study-panel"
STUDY_TABS = "study-tabs"
STUDY_AREA = "study-area"
STUDY_QUESTION = "study-question"
STUDY_CLICK = "study-click"  # a click on the map in study mode, forwarded by assets/view_panels.js
STUDY_PROMPT = "study-prompt"
STUDY_OPTIONS = "study-options"
STUDY_OPTION = "study-option"  # type of the pattern-matching ids of the answer buttons
STUDY_FEEDBACK = "study-feedback"
STUDY_SCORE = "study-score"
STUDY_NEXT = "study-next"
STUDY_PROGRESS = "study-progress"
STUDY_PROGRESS_VIEW = "study-progress-view"
STUDY_RESET = "study-reset"
FLASH_AREA = "flash-area"
FLASH_STATE = "flash-state"
FLASH_CARD = "flash-card"
FLASH_PREV = "flash-prev"
FLASH_NEXT = "flash-next"
FLASH_FLIP = "flash-flip"
BROWSE_ITEM = "browse-item"  # type of the pattern-matching ids of the "all trigger points" list
STUDY_KIND = "study-kind"
STUDY_KEYS = "study-keys"  # answers a map question by keyboard: arrow keys move a cursor on the map, Enter answers
STUDY_CURSOR_NOTE = "study-cursor-note"  # says where the keyboard's cursor is (aria-live)
FLASH_DECK = "flash-deck"  # flashcards of trigger points or of muscles
TECHNIQUE_REQUEST = "technique-request"  # the technique whose button the browser saw pressed in the details
VIEW_REQUEST = "view-request"  # a view the browser has already drawn, for the server to make the URL and the rest
TECHNIQUE_DIALOG = "technique-dialog"
GUIDED_HISTORY_SENT = "guided-history-sent"  # what the history view needs of the history, cut in the browser
STORED_DATA_NOTE = "stored-data-note"  # says when assets/stored_data.js set aside a value the browser kept
VIEW = "current-view"  # the view the page shows ({"query", "clicks"}), written by navigation for assets/view_panels.js
GUIDED_SELECTION = "guided-selection"  # the point and side guided self-care is for, set only in that mode

# The ids the browser scripts (assets/*.js) use. The page carries them (`components.layout.with_browser_ids`), so
# no script types an id (tests/callbacks/test_browser_ids.py).
BROWSER_IDS = ("BODY_MAP", "POINT_DETAILS", "CANDIDATES", "VIEW", "VIEW_REQUEST", "TECHNIQUE_REQUEST", "STUDY_CLICK",
               "STUDY_KEYS", "STUDY_CURSOR_NOTE", "STUDY_NEXT", "STUDY_PROGRESS", "GUIDED_HISTORY", "THEME_STORE",
               "HANDOUT_LIST", "REGION_TOOLTIP")  # fmt: skip


def browser_ids() -> dict[str, str]:
    """The ids the browser scripts use, by constant name."""
    return {name: globals()[name] for name in BROWSER_IDS}
