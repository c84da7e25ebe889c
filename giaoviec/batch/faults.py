"""Test-only fault injection: make a worker crash, hang or slow down on chosen files.

The crash-safety of a batch can only be tested by crashing a worker for real. The variable
``GIAOVIEC_TEST_FAULTS`` holds ``kind:argument`` entries separated by ``;``::

    crash:<file name>    os._exit(139), as a native crash would end the process
    segv:<file name>     the process kills itself with SIGSEGV (exit code -11)
    hang:<file name>     sleep forever
    raise:<file name>    raise TypeError (an unexpected bug in the pipeline)
    memory:<file name>   raise MemoryError
    slow:<seconds>       sleep that long before every document

File names are compared with the input's base name. Nothing happens unless the variable is
set, and it is read only inside worker processes.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

ENV_VAR = "GIAOVIEC_TEST_FAULTS"


class Faults:
    def __init__(self, spec: str | None) -> None:
        self.by_name: dict[str, str] = {}
        self.slow = 0.0
        for entry in (spec or "").split(";"):
            kind, _, arg = entry.strip().partition(":")
            if kind == "slow":
                self.slow = float(arg or 0)
            elif kind and arg:
                self.by_name[arg] = kind

    @classmethod
    def from_environment(cls) -> Faults:
        return cls(os.environ.get(ENV_VAR))

    def apply(self, path: str) -> None:
        """Called by the worker before it extracts ``path``."""
        if self.slow:
            time.sleep(self.slow)
        kind = self.by_name.get(Path(path).name)
        if kind == "crash":
            os._exit(139)
        if kind == "segv":
            os.kill(os.getpid(), signal.SIGSEGV)
        if kind == "hang":
            while True:
                time.sleep(3600)
        if kind == "raise":
            raise TypeError("injected fault")
        if kind == "memory":
            raise MemoryError
