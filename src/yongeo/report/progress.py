"""Progress of a long run on a terminal: files and megabytes done, rate, time left."""

from __future__ import annotations

import time
from typing import TextIO

from yongeo.extract.pipeline import Progress
from yongeo.i18n import _

_MB = 1024 * 1024


class ProgressLine:
    """Rewrites one status line on a terminal; says nothing when the stream is not one."""

    def __init__(self, stream: TextIO, enabled: bool = True, interval: float = 0.2,
                 clock=time.monotonic):
        self.stream = stream
        self.enabled = enabled and _is_terminal(stream)
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self._last = -interval
        self._width = 0

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        now = self.clock()
        finished = progress.files_done == progress.files_total
        if not finished and now - self._last < self.interval:
            return
        self._last = now
        text = format_progress(progress, now - self.started)
        self.stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        if finished:
            self.stream.write("\n")
        self.stream.flush()


def format_progress(progress: Progress, elapsed: float) -> str:
    """'12/40 files, 3.1/10.0 MB, 1.2 MB/s, 6s left'."""
    done_mb, total_mb = progress.bytes_done / _MB, progress.bytes_total / _MB
    rate = done_mb / elapsed if elapsed > 0 else 0.0
    if rate > 0 and progress.bytes_done < progress.bytes_total:
        left = _("{seconds}s left").format(seconds=round((total_mb - done_mb) / rate))
    elif progress.files_done == progress.files_total:
        left = _("done in {seconds:.1f}s").format(seconds=elapsed)
    else:
        left = "…"
    return _("{done}/{total} files, {mb_done:.1f}/{mb_total:.1f} MB, {rate:.1f} MB/s, {left}"
             ).format(done=progress.files_done, total=progress.files_total, mb_done=done_mb,
                      mb_total=total_mb, rate=rate, left=left)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class CountLine:
    """'1200/5000 entries, 3s left' on one rewritten terminal line, for a long run over
    many items (an import); nothing when the stream is not a terminal or the run is short."""

    MIN_ITEMS = 1000  # fewer are done before a line would be worth reading

    def __init__(self, stream: TextIO, total: int, interval: float = 0.2,
                 clock=time.monotonic):
        self.stream = stream
        self.enabled = total >= self.MIN_ITEMS and _is_terminal(stream)
        self.interval = interval
        self.clock = clock
        self.started = clock()
        self._last = self.started  # the first line after `interval`, not at once
        self._width = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = self.clock()
        finished = done == total
        if not finished and now - self._last < self.interval:
            return
        self._last = now
        elapsed = now - self.started
        if finished:
            left = _("done in {seconds:.1f}s").format(seconds=elapsed)
        elif done and elapsed > 0:
            left = _("{seconds}s left").format(seconds=round(elapsed * (total - done) / done))
        else:
            left = "…"
        text = _("{done}/{total} entries, {left}").format(done=done, total=total, left=left)
        self.stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        if finished:
            self.stream.write("\n")
        self.stream.flush()
