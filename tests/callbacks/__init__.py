"""Middle tier: apps, layouts, callbacks and servers, without a browser."""
