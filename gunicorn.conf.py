"""gunicorn's settings for serving the app (`gunicorn wsgi:server ...` reads this file from the working directory).

Threaded workers: a slow client (say one sending its request a byte at a time) holds one of a worker's threads, not
the whole worker, so 4 workers of 8 threads answer 32 requests at once and other users keep being served. Beyond a
few dozen slow or hostile clients, or on the open internet, put a reverse proxy such as nginx in front: it buffers
whole requests before passing them on (see README, "Serving it for a clinic or a class").
"""

workers = 4
worker_class = "server.gunicorn_worker.SecureThreadWorker"  # gunicorn's gthread worker, with secure error pages
threads = 8
timeout = 30  # seconds a worker's main loop may stay silent (it hangs) before the arbiter restarts the worker
graceful_timeout = 20  # seconds a stopping worker has to finish the requests it is answering
keepalive = 5  # seconds an idle kept-alive connection stays open (it waits in the poller, not in a thread)
limit_request_line = 4094  # bytes in the request line: longer gets a 414 (links stay far shorter)
limit_request_fields = 100
limit_request_field_size = 8190
