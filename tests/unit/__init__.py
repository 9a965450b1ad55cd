"""Fast tier: pure functions and data, no app, no server, no browser."""
