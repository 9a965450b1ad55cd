"""What gunicorn serves (`gunicorn wsgi:server`): the app, built once from the data in $TRIGGER_POINT_DATA (default:
the bundled data/ folder). Broken data stops start-up with every problem listed, and no traceback."""

from __future__ import annotations

import os
import sys

from app import create_app
from triggerpoints.data import DataError

try:
    server = create_app(os.environ.get("TRIGGER_POINT_DATA")).server
except DataError as error:
    sys.exit(str(error))
