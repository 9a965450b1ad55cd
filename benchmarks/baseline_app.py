"""The baseline the benchmarks compare against: the smallest Dash app with a graph, one marker and a callback.

A click on the marker makes one round trip to the server, which writes a line of text. It is served compressed,
like the app, so the two differ only in what they do.

Usage: python benchmarks/baseline_app.py [--port 8060]
"""

from __future__ import annotations

import argparse
import time

from dash import Dash, Input, Output, dcc, html

FIGURE = {
    "data": [{"x": [1], "y": [1], "mode": "markers", "marker": {"size": 16}}],
    "layout": {"margin": {"l": 20, "r": 20, "t": 20, "b": 20}, "height": 400},
}


def create_baseline_app() -> Dash:
    """The baseline app: a graph with one marker; a click writes which marker was clicked, and when."""
    app = Dash(__name__, compress=True)
    app.layout = html.Div([dcc.Graph(id="graph", figure=FIGURE), html.P(id="line", children="Nothing clicked yet")])

    @app.callback(Output("line", "children"), Input("graph", "clickData"), prevent_initial_call=True)
    def write_line(click):
        # The time makes every answer differ, so each click changes the page the benchmark watches.
        return f"Clicked {click['points'][0]['x']} at {time.time():.6f}"

    return app


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Run the baseline app.")
    parser.add_argument("--port", type=int, default=8060)
    create_baseline_app().run(host="127.0.0.1", port=parser.parse_args().port)
