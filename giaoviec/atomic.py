"""One way to write an output file: a temporary file in the same folder, fsync, then
``os.replace``. A reader, or a run killed at any instant, sees the old file or the new one,
never half of one. Used by ``extract -o``, the review pages and every file of a batch."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_UMASK = os.umask(0o022)  # read the umask (the only way is to set it), then put it back
os.umask(_UMASK)


def write_atomic(path: Path, content: str | bytes, *, temp_prefix: str = ".",
                 temp_suffix: str = "") -> None:
    """Write ``content`` (text as UTF-8) to ``path`` atomically, creating its folder.

    ``temp_prefix`` / ``temp_suffix`` name the temporary file, so a caller can recognise and
    remove those a killed run left behind."""
    # "replace": a lone surrogate from a broken source must not stop the file being written
    data = content.encode("utf-8", "replace") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{temp_prefix}{path.name}.", suffix=temp_suffix,
                               dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
