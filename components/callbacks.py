"""A component module's callbacks, declared next to their functions and bound to an app only when it is built.

Dash's module-level `@callback` puts callbacks in one registry for the whole process, which the first app to serve
a request takes for itself: a second app built in the same process (a test, a benchmark) would have none. Declared
here instead, each module's callbacks are bound by its `register(app)` to every app `create_app()` builds. The
functions themselves stay plain module-level functions that tests import and call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from dash import Dash

Function = TypeVar("Function", bound=Callable[..., Any])


class Callbacks:
    """Server and clientside callbacks written like Dash's own, kept until `register(app)` binds them."""

    def __init__(self) -> None:
        self._declared: list[tuple[bool, Any, tuple, dict]] = []

    def callback(self, *dependencies: Any, **options: Any) -> Callable[[Function], Function]:
        """Declares a server callback, as `@dash.callback` would; the function is returned unchanged."""

        def declare(function: Function) -> Function:
            self._declared.append((True, function, dependencies, options))
            return function

        return declare

    def clientside_callback(self, function: Any, *dependencies: Any, **options: Any) -> None:
        """Declares a clientside callback (JavaScript source or a ClientsideFunction), as Dash's own would."""
        self._declared.append((False, function, dependencies, options))

    def register(self, app: Dash) -> None:
        """Binds every declared callback to app, in the order they were declared."""
        for on_server, function, dependencies, options in self._declared:
            if on_server:
                app.callback(*dependencies, **options)(function)
            else:
                app.clientside_callback(function, *dependencies, **options)
