"""The app served as the README says, watched from outside: the README's serving command (the gunicorn line of
"Serving it for a clinic or a class", read at run time so the two never diverge) started on a free loopback port,
the memory of gunicorn's master and workers read from /proc, and the server's log read a stretch at a time.
Used by `benchmarks/attack.py`; Linux only (/proc).
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

from tests.browser.conftest import serve

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SERVING_HEADING = "Serving it for a clinic or a class"
LOG_EVENTS = {
    "worker timeouts": "WORKER TIMEOUT",
    "workers killed": "SIGKILL",
    "workers booted": "Booting worker",
    "tracebacks": "Traceback",
}


class CommandNotFound(SystemExit):
    """The README has no gunicorn command where this benchmark looks for it."""


# --- The README's serving command -----------------------------------------------------------------------------


def serving_command(readme: str) -> tuple[dict[str, str], list[str]]:
    """The environment assignments and gunicorn arguments of the README's serving section's code block."""
    section = re.search(rf"^#+ {re.escape(SERVING_HEADING)}\s*$(.*?)(?=^#|\Z)", readme, re.M | re.S)
    block = re.search(r"^```[a-z]*\n(.*?)^```", section.group(1), re.M | re.S) if section else None
    if block is None:
        raise CommandNotFound(f'README.md: no code block under "{SERVING_HEADING}" to read the serving command from')
    for line in block.group(1).replace("\\\n", " ").splitlines():
        for part in re.split(r"&&|\|\||;", line):
            words = shlex.split(part, comments=True)
            env = {}
            while words and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=.*", words[0]):
                name, value = words.pop(0).split("=", 1)
                env[name] = value
            if words[:1] == ["gunicorn"]:
                return env, words[1:]
            if words[:3] in (["python", "-m", "gunicorn"], ["python3", "-m", "gunicorn"]):
                return env, words[3:]
    raise CommandNotFound(f'README.md: the code block under "{SERVING_HEADING}" has no gunicorn command')


def with_bind(arguments: list[str], address: str) -> list[str]:
    """Gunicorn arguments with every --bind/-b replaced by one bind to address."""
    kept: list[str] = []
    skip_next = False
    for argument in arguments:
        if skip_next:
            skip_next = False
        elif argument in ("--bind", "-b"):
            skip_next = True
        elif not argument.startswith(("--bind=", "-b")):
            kept.append(argument)
    return [*kept, "--bind", address]


def start_server() -> tuple[object, str, list[str]]:
    """Starts the README's serving command on a free loopback port: (process, url, the command run)."""
    env, arguments = serving_command(README.read_text(encoding="utf-8"))
    # serve() fills in {port}; any braces in the README's own arguments are escaped so they stay as they are.
    escaped = [a.replace("{", "{{").replace("}", "}}") for a in arguments]
    process, url = serve([sys.executable, "-m", "gunicorn", *with_bind(escaped, "127.0.0.1:{port}")], env=env)
    return process, url, ["gunicorn", *with_bind(arguments, url.removeprefix("http://"))]


# --- Memory and log of the server -----------------------------------------------------------------------------


def parent_of(stat: str) -> int:
    """The parent pid in the text of /proc/<pid>/stat (the command name may hold spaces and brackets)."""
    return int(stat[stat.rindex(")") + 2 :].split()[1])


def resident_kib(status: str, field: str = "VmRSS") -> int:
    """A size in KiB from the text of /proc/<pid>/status: VmRSS (resident now) or VmHWM (peak); 0 for a zombie."""
    found = re.search(rf"^{field}:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) if found else 0


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:  # the process ended meanwhile
        return None


def process_tree(root: int) -> list[int]:
    """The pid and every descendant's, from /proc (gunicorn's master and its workers)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _read(f"/proc/{entry}/stat")):
            parents[int(entry)] = parent_of(stat)
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree.extend(frontier)
    return tree


def memory(root: int) -> dict[int, tuple[int, int]]:
    """KiB resident now and at the peak, per process of the tree, master first."""
    statuses = {pid: _read(f"/proc/{pid}/status") or "" for pid in process_tree(root)}
    return {pid: (resident_kib(status), resident_kib(status, "VmHWM")) for pid, status in statuses.items()}


def describe_memory(sizes: dict[int, tuple[int, int]]) -> str:
    """'master 26 MB, 4 workers 134+134+130+130 MB (total 554 MB; peaks 134+380+...)' for a memory() result."""
    (master, _), *workers = ((now / 1024, peak / 1024) for now, peak in sizes.values())
    now = "+".join(f"{mb:.0f}" for mb, _ in workers)
    peaks = "+".join(f"{mb:.0f}" for _, mb in workers)
    total = master + sum(mb for mb, _ in workers)
    return f"master {master:.0f} MB, {len(workers)} workers {now} MB (total {total:.0f} MB; workers' peaks {peaks} MB)"


def count_log_events(text: str) -> dict[str, int]:
    """How often each notable event appears in a stretch of the server's log."""
    return {name: text.count(marker) for name, marker in LOG_EVENTS.items()}


class ServerLog:
    """The server's log file (the file its stdout goes to), read a scenario at a time."""

    def __init__(self, pid: int):
        self.path = os.readlink(f"/proc/{pid}/fd/1")
        self.offset = os.path.getsize(self.path)

    def since_last(self) -> str:
        """What the server logged since the last call."""
        with open(self.path, encoding="utf-8", errors="replace") as handle:
            handle.seek(self.offset)
            text = handle.read()
        self.offset += len(text.encode("utf-8", errors="replace"))
        return text
