"""Reading text files strictly and writing them atomically under an exclusive lock."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from yongeo.errors import (
    ConfigError,
    EditError,
    InputError,
    UsageError,
    WriteError,
    YongeoError,
)
from yongeo.i18n import _, ngettext
from yongeo.shown import show_path

ENV_NO_CACHE = "YONGEO_NO_CACHE"


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where yongeo keeps what it computes once (compiled glossaries, word tables):
    $XDG_CACHE_HOME/yongeo, else ~/.cache/yongeo."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "yongeo"


def enabled(environ: Mapping[str, str] | None = None) -> bool:
    """Whether that cache is used (YONGEO_NO_CACHE=1 turns it off)."""
    env = os.environ if environ is None else environ
    return env.get(ENV_NO_CACHE, "").strip().lower() in ("", "0", "no", "false")

# Byte order marks that name a UTF-16 or UTF-32 text (Windows Notepad's "Unicode"); the
# longer ones first, since the UTF-32 LE mark starts with the UTF-16 LE one.
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
              (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_GUESS_SAMPLE = 20000  # non-ASCII characters guess_encoding looks at
# What tempfile.mkstemp names our temporary files: .NAME.<8 random characters>.tmp
_TEMP_SUFFIX = r"\.[a-z0-9_]{8}\.tmp"


# Files whose content a caller already holds, by path as given: read_bytes gives these bytes
# (or raises the error reading them gave) instead of opening the path. A Dask worker on
# another machine checks the bytes the client read, under the names the user gave.
_GIVEN: ContextVar[Mapping[str, bytes | YongeoError]] = ContextVar(
    "yongeo_given_files", default=MappingProxyType({}))


@contextlib.contextmanager
def files_given(contents: Mapping[str, bytes | YongeoError]) -> Iterator[None]:
    """Within this block (in this thread or task), read_bytes of a path in `contents` gives
    its bytes, or raises its error, without touching the file system."""
    token = _GIVEN.set({**_GIVEN.get(), **contents})
    try:
        yield
    finally:
        _GIVEN.reset(token)


def is_given(path: str | os.PathLike) -> bool:
    """True when read_bytes gives held content for this path (standard input, a worker's
    copy) rather than opening it."""
    return os.fspath(path) in _GIVEN.get()


def read_stdin(name: str = "<stdin>") -> bytes:
    """Standard input's bytes, at most the input size limit (the same as a file's)."""
    limit = max_input_bytes()
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise _too_large(name, limit)
    return data


def read_given(path: str | os.PathLike) -> bytes | YongeoError:
    """What files_given needs for a path: its bytes, or the error that reading them gives."""
    try:
        return read_bytes(path)
    except YongeoError as error:
        return error


ENV_MAX_INPUT = "YONGEO_MAX_INPUT_BYTES"
DEFAULT_MAX_INPUT = 256 * 1024 * 1024  # far above any real glossary, draft or TBX
_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


def max_input_bytes(environ: dict[str, str] | None = None) -> int:
    """The largest file yongeo reads: $YONGEO_MAX_INPUT_BYTES (bytes, or with a K, M or G
    suffix), else 256 MB."""
    env = os.environ if environ is None else environ
    value = env.get(ENV_MAX_INPUT, "").strip()
    if not value:
        return DEFAULT_MAX_INPUT
    found = re.fullmatch(r"(\d+)\s*([kKmMgG]?)[bB]?", value)
    if not found or int(found.group(1)) <= 0:
        raise ConfigError(_("{name} must be a number of bytes such as 300000000 or 300M, not "
                            "'{value}'").format(name=ENV_MAX_INPUT, value=value))
    return int(found.group(1)) * _SIZE_UNITS[found.group(2).lower()]


def file_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _("is a directory, not a file")
    if stat.S_ISFIFO(mode):
        return _("is a named pipe (FIFO), not a regular file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("is a device, not a regular file")
    if stat.S_ISSOCK(mode):
        return _("is a socket, not a regular file")
    return _("is not a regular file")


def read_bytes(path: str | os.PathLike) -> bytes:
    """A file's bytes, with one clear InputError for a missing path, a directory, a FIFO,
    device or socket, a file over the size limit, or a file that cannot be read (every
    reader of user files goes through here).

    The path is looked at before it is opened, and opened without blocking: a FIFO with no
    writer or a device that never ends (/dev/zero) would otherwise hang the command.
    """
    given = _GIVEN.get().get(os.fspath(path))
    if isinstance(given, YongeoError):
        raise given
    if given is not None:
        return given
    name = str(path)
    try:
        kind = file_kind(os.stat(path).st_mode)
        if kind is not None:
            raise InputError(kind, name)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(_("no such file"), name) from None
    except PermissionError:
        raise InputError(_("permission denied"), name) from None
    except OSError as exc:
        raise InputError(_("cannot read: {reason}").format(reason=exc.strerror or exc),
                         name) from None
    limit = max_input_bytes()
    try:
        info = os.fstat(fd)
        kind = file_kind(info.st_mode)  # replaced between the look and the open
        if kind is not None:
            raise InputError(kind, name)
        if info.st_size > limit:
            raise _too_large(name, limit)
        with open(fd, "rb", closefd=False) as handle:  # our descriptor, not a path
            data = handle.read(limit + 1)  # /proc files say size 0 and may grow
    except IsADirectoryError:
        raise InputError(_("is a directory, not a file"), name) from None
    except OSError as exc:
        raise InputError(_("cannot read: {reason}").format(reason=exc.strerror or exc),
                         name) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _too_large(name, limit)
    return data


def _too_large(name: str, limit: int) -> InputError:
    return InputError(_("is larger than {limit}, the most yongeo reads; set {name} to read "
                        "larger files").format(limit=_size(limit), name=ENV_MAX_INPUT), name)


def _size(size: int) -> str:
    megabyte = 1024 * 1024
    if size % megabyte == 0:
        return _("{n} MB").format(n=size // megabyte)
    return ngettext("{n} byte", "{n} bytes", size).format(n=size)


def read_text(path: str | os.PathLike, encoding: str | None = None,
              option: str | None = None) -> str:
    """Read a text file as str, with a clear InputError for anything that is not text.

    A UTF-8 BOM is dropped and CRLF / CR line ends become LF, so offsets are the same
    whatever system wrote the file. `option` is the command-line option that sets
    `encoding`, named in the hint when the file is not UTF-8.
    """
    data = read_bytes(path)
    return decode_text(data, str(path), encoding, option)


def decode_text(data: bytes, path: str, encoding: str | None = None,
                option: str | None = None) -> str:
    """The text of a file's bytes: UTF-8 (or UTF-16/32 after their BOM) unless `encoding`
    is given; BOM dropped, line ends made LF. A NUL anywhere means it is not text."""
    wide = None
    if encoding is None:
        wide = next((name for bom, name in _WIDE_BOMS if data.startswith(bom)), None)
        if wide is None and b"\x00" in data[:8192]:
            raise InputError(_("is a binary file, not text"), path)
    if encoding is None and wide is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(_not_utf8(data, option), path,
                             _line_at(data, exc.start, "utf-8")) from None
    else:
        name = encoding or wide
        try:
            text = data.decode(name)
        except LookupError:
            raise InputError(_("unknown encoding '{encoding}'").format(encoding=name),
                             path) from None
        except UnicodeDecodeError as exc:
            raise InputError(_("is not valid {encoding}").format(encoding=name), path,
                             _line_at(data, exc.start, name)) from None
        text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(_("holds a NUL character, so it is a binary file, not text"), path,
                         text.count("\n", 0, nul) + 1)
    return text


def _line_at(data: bytes, offset: int, encoding: str) -> int:
    before = data[:offset].decode(encoding, "replace")
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1


def _not_utf8(data: bytes, option: str | None) -> str:
    guess = guess_encoding(data)
    if option:
        return _("is not valid UTF-8; it looks like {encoding}, try {option} {encoding}").format(
            encoding=guess, option=option)
    return _("is not valid UTF-8; it looks like {encoding}: convert it with "
             "'iconv -f {encoding} -t UTF-8'").format(encoding=guess)


def guess_encoding(data: bytes) -> str:
    """Name the legacy encoding a file that is not UTF-8 most likely uses: cp949 (which
    holds EUC-KR) for Korean, shift_jis for Japanese, else latin-1.

    An encoding counts when it decodes the whole file and most of the non-ASCII characters
    it gives are ones that language writes; Shift_JIS bytes read as cp949 give rare
    syllables outside KS X 1001, Korean read as Shift_JIS gives half-width katakana.
    """
    best, best_share = "latin-1", 0.5
    for name, plausible in (("cp949", _korean_char), ("shift_jis", _japanese_char)):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        wide = list(itertools.islice((c for c in text if c > "\x7f"), _GUESS_SAMPLE))
        if not wide:
            continue
        share = sum(map(plausible, wide)) / len(wide)
        if share > best_share:
            best, best_share = name, share
    return best


@lru_cache(maxsize=4096)
def _korean_char(char: str) -> bool:
    """In KS X 1001 (EUC-KR): the syllables, symbols and hanja Korean texts are written in."""
    try:
        # Two bytes: Python's codec writes syllables outside KS X 1001 as 8-byte sequences.
        return len(char.encode("euc-kr")) == 2
    except UnicodeEncodeError:
        return False


def _japanese_char(char: str) -> bool:
    code = ord(char)
    return (0x3000 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF
            or 0xFF01 <= code <= 0xFF60)  # kana, CJK punctuation, kanji, full-width forms


# --- writing ----------------------------------------------------------------------------


def atomic_write(path: str | os.PathLike, data: str | bytes, *, lock: bool = True) -> None:
    """Write data (str is written as UTF-8) to path so that readers see either the old file
    or the new one, never half.

    Under the exclusive lock of `path` (an edit that holds it already writes under it): a
    temporary file in the same directory (so the rename is atomic) is written, fsynced and
    renamed over the target, which keeps its permissions; a symbolic link is written
    through. A failure raises EditError and leaves the old file as it was.
    """
    target = _real_path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if not lock:
        _replace(target, payload)
        return
    with exclusive_lock(target):
        _remove_stale_temporaries(target)
        _replace(target, payload)


def _replace(target: Path, data: bytes) -> None:
    check_writable(target)
    directory = target.parent
    mode = _mode_for(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=directory)
    except OSError as exc:
        raise _write_error(exc, target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise _write_error(exc, target) from None
        raise
    _fsync_directory(directory)


# Paths that name a descriptor already open, not a place in a directory: bash's >(cmd)
# gives /dev/fd/63, and /dev/stdout is the descriptor the output is redirected to.
_DESCRIPTOR_PATH = re.compile(
    r"/dev/(?:(?P<std>stdout|stderr)|fd/(?P<fd>\d+))|/proc/(?P<pid>self|\d+)/fd/(?P<pfd>\d+)")


def write_output(path: str | os.PathLike, data: str | bytes) -> None:
    """Write a command's output (`-o`) where the user asked: a regular file atomically, as
    atomic_write does; a FIFO, a terminal or another character device, or a descriptor
    path (/dev/stdout, /dev/fd/N of `-o >(cmd)`) written to directly, since there is
    nothing to replace there and renaming a file over it would destroy it."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    name = str(path)
    own = _own_descriptor(name)
    if own is not None:
        # Our own descriptor: written through, so a redirection's offset and append mode
        # (yongeo lint -o /dev/stdout >> log) are kept.
        _write_all(own, payload, name)
        return
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    direct = _DESCRIPTOR_PATH.fullmatch(os.path.normpath(name)) is not None or (
        mode is not None and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)))
    if not direct:
        atomic_write(path, payload)
        return
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _write_error(exc, Path(name)) from None
    try:
        _write_all(fd, payload, name)
    finally:
        os.close(fd)


def _own_descriptor(name: str) -> int | None:
    """The descriptor of this process a path names (/dev/stdout is 1), if it is open."""
    found = _DESCRIPTOR_PATH.fullmatch(os.path.normpath(name))
    if found is None:
        return None
    if found.group("std"):
        fd = 1 if found.group("std") == "stdout" else 2
    elif found.group("fd"):
        fd = int(found.group("fd"))
    elif found.group("pid") in ("self", str(os.getpid())):
        fd = int(found.group("pfd"))
    else:
        return None
    try:
        os.fstat(fd)
    except OSError:
        return None
    if fd == 1:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
    return fd


def _write_all(fd: int, payload: bytes, name: str) -> None:
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        raise _write_error(exc, Path(name)) from None


def refuse_overwriting(output: str | os.PathLike, inputs) -> None:
    """Raise UsageError when `output` is one of the files a command reads (export -o
    ko.po meant for ko.json would replace the glossary with its export)."""
    for source in inputs:
        with contextlib.suppress(OSError):
            if os.path.samefile(output, source):
                raise UsageError(_("{output} is a file this command reads; write the output "
                                   "elsewhere").format(output=show_path(output)))


def check_writable(path: str | os.PathLike) -> None:
    """Raise WriteError unless `path` can be written: a regular file or none (not a
    directory, device, FIFO or socket), not read-only, in a directory that exists and may
    be written."""
    target = _real_path(path)
    directory = target.parent
    try:
        kind = file_kind(os.stat(target).st_mode)
    except OSError:
        kind = None
    if kind is not None:
        # A device or FIFO is never replaced by a file (a save renames over its target).
        raise WriteError(kind, str(path))
    if not directory.is_dir():
        raise WriteError(_("no such directory: {directory}").format(
            directory=show_path(directory)), str(path))
    if target.exists() and not _may(target, os.W_OK):
        raise WriteError(_("is read-only"), str(path))
    if not _may(directory, os.W_OK | os.X_OK):
        raise WriteError(_("cannot be written: its directory {directory} is read-only").format(
            directory=show_path(directory)), str(path))


def _may(path: Path, mode: int) -> bool:
    return os.access(path, mode, effective_ids=os.access in os.supports_effective_ids)


def _real_path(path: str | os.PathLike) -> Path:
    """The file a path names: a symbolic link is followed, so a save replaces the file it
    points to rather than the link."""
    target = Path(path)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _mode_for(target: Path) -> int:
    """The old file's permissions, or for a new file what open() would give (0666 less the
    umask), not mkstemp's 0600."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _write_error(exc: OSError, target: Path) -> WriteError:
    return WriteError(_("cannot write: {reason}").format(reason=exc.strerror or exc),
                     str(target))


def _remove_stale_temporaries(target: Path) -> None:
    """Temporary files of a writer that was killed before its rename; under the lock no
    other writer of this file is running, so any that exist are left over."""
    pattern = re.compile(re.escape(f".{target.name}") + _TEMP_SUFFIX)
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- locking ----------------------------------------------------------------------------

_held = threading.local()


@contextlib.contextmanager
def exclusive_lock(path: str | os.PathLike) -> Iterator[None]:
    """Hold an exclusive lock for editing `path`: wait while another editor holds it
    (saying so after a second through report_waits), give up with EditError after
    $YONGEO_LOCK_TIMEOUT seconds (60 by default).

    The lock is a sidecar file beside the target, because the target itself is replaced by
    rename on every save and a lock on the old inode would protect nothing; it is removed
    on release; it holds the process id of its holder, named to those who wait. A thread
    that holds the lock may take it again (an edit that saves).
    """
    target = _real_path(path)
    lock_path = target.with_name(f".{target.name}.lock")
    held: set[str] = _held.__dict__.setdefault("paths", set())
    key = os.path.abspath(lock_path)
    if key in held:
        yield
        return
    check_writable(path)
    handle = _acquire(lock_path, path)
    held.add(key)
    try:
        yield
    finally:
        held.discard(key)
        _release(handle, lock_path)


ENV_LOCK_TIMEOUT = "YONGEO_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 60.0  # seconds an edit waits for another one before giving up
_WAIT_NOTICE_AFTER = 1.0
_POLL = 0.05

# Told (once per wait) when an edit has waited a second for another yongeo; the CLI prints it.
_wait_reporter: Callable[[str], None] | None = None


def report_waits(reporter: Callable[[str], None] | None) -> None:
    """Have `reporter` told, in a sentence, when an edit waits for another one's lock."""
    global _wait_reporter
    _wait_reporter = reporter


def lock_timeout(environ: dict[str, str] | None = None) -> float:
    """How long an edit waits for another: $YONGEO_LOCK_TIMEOUT seconds, else 60."""
    env = os.environ if environ is None else environ
    value = env.get(ENV_LOCK_TIMEOUT, "").strip()
    if not value:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise ConfigError(_("{name} must be a number of seconds, not '{value}'").format(
            name=ENV_LOCK_TIMEOUT, value=value))
    return seconds


def _acquire(lock_path: Path, path: str | os.PathLike):
    timeout = lock_timeout()
    started = time.monotonic()
    told = False
    while True:
        try:
            handle = open(lock_path, "a+b")  # noqa: SIM115 - held until _release
        except OSError as exc:
            raise EditError(_("cannot lock for editing: {reason}").format(
                reason=exc.strerror or exc), str(path)) from None
        try:
            while not _try_lock(handle):
                waited = time.monotonic() - started
                if not told and _wait_reporter is not None and (
                        waited >= _WAIT_NOTICE_AFTER or waited >= timeout):
                    told = True
                    _wait_reporter(_("waiting for another yongeo editing {path} (pid {pid})"
                                     "…").format(path=show_path(path), pid=_holder(lock_path)))
                if waited >= timeout:
                    raise EditError(_("another yongeo (pid {pid}) is editing it; gave up "
                                      "after waiting {seconds:g} s (set {name} to wait "
                                      "longer)").format(pid=_holder(lock_path),
                                                        seconds=timeout,
                                                        name=ENV_LOCK_TIMEOUT), str(path))
                time.sleep(min(_POLL, max(0.0, timeout - waited)))
        except BaseException:
            handle.close()
            raise
        if _still_there(handle, lock_path):
            _record_holder(handle)
            return handle
        # The editor before us removed the lock file on release: lock the current one.
        _unlock(handle)
        handle.close()


def _holder(lock_path: Path) -> str:
    """The process id the lock's holder wrote into the lock file, or ? if none is there."""
    try:
        with open(lock_path, "rb") as handle:
            text = handle.read(32).decode("ascii", "replace").strip()
    except OSError:
        return "?"
    return text if text.isdigit() else "?"


def _record_holder(handle) -> None:
    with contextlib.suppress(OSError):
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()


try:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _still_there(handle, lock_path: Path) -> bool:
        try:
            current = os.stat(lock_path)
        except FileNotFoundError:
            return False
        mine = os.fstat(handle.fileno())
        return (mine.st_ino, mine.st_dev) == (current.st_ino, current.st_dev)

    def _release(handle, lock_path: Path) -> None:
        # Removed while still locked, so a waiter that then gets the old file sees that it
        # is gone and locks the new one (see _acquire).
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        _unlock(handle)
        handle.close()

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(handle) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

    def _still_there(handle, lock_path: Path) -> bool:
        return True

    def _release(handle, lock_path: Path) -> None:
        # An open file cannot be removed on Windows; the lock file stays.
        _unlock(handle)
        handle.close()
