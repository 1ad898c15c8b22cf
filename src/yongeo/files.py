"""Reading text files strictly and writing them atomically under an exclusive lock."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from yongeo.errors import InputError

# Encodings we can name when a file is not UTF-8; tried in this order.
_LEGACY_ENCODINGS = ("cp949", "euc-kr", "shift_jis", "latin-1")


def read_text(path: str | os.PathLike, encoding: str | None = None) -> str:
    """Read a text file as str, with a clear InputError for anything that is not text.

    A UTF-8 BOM is dropped and CRLF / CR line ends become LF, so offsets are the same
    whatever system wrote the file.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", str(path)) from None
    except PermissionError:
        raise InputError("permission denied", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    return decode_text(data, str(path), encoding)


def decode_text(data: bytes, path: str, encoding: str | None = None) -> str:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("is a binary file, not text", path)
    if encoding is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            guess = guess_encoding(data)
            hint = f"; it looks like {guess}, try --encoding {guess}" if guess else ""
            raise InputError(f"is not valid UTF-8{hint}", path, line) from None
    else:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding '{encoding}'", path) from None
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(f"is not valid {encoding}", path, line) from None
        text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def guess_encoding(data: bytes) -> str | None:
    """Name the legacy encoding a non-UTF-8 file most likely uses, or None."""
    for name in _LEGACY_ENCODINGS[:-1]:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        # A decode that yields mostly Hangul syllables is a Korean legacy file.
        letters = [c for c in text if c.isalpha()]
        hangul = sum(1 for c in letters if "\uac00" <= c <= "\ud7a3")
        if name in ("cp949", "euc-kr") and letters and hangul / len(letters) > 0.3:
            return name
        if name == "shift_jis" and letters:
            return name
    return "latin-1"


def atomic_write(path: str | os.PathLike, data: str | bytes) -> None:
    """Write data (str is written as UTF-8) to path so that readers see either the old file or the new one, never half.

    The temporary file lives in the same directory (so the rename is atomic), is flushed and
    fsynced before the rename, and keeps the old file's permissions.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp_name, target.stat().st_mode & 0o7777)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def exclusive_lock(path: str | os.PathLike) -> Iterator[None]:
    """Hold an exclusive lock for editing `path` (blocks until other editors finish).

    The lock is a sidecar file beside the target, because the target itself is replaced by
    rename on every save and a lock on the old inode would protect nothing.
    """
    target = Path(path)
    lock_path = target.with_name(f".{target.name}.lock")
    try:
        handle = open(lock_path, "a+b")  # noqa: SIM115 - held for the whole block
    except OSError as exc:
        raise InputError(f"cannot lock for editing: {exc.strerror}", str(path)) from None
    try:
        _lock(handle)
        yield
    finally:
        _unlock(handle)
        handle.close()


try:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
