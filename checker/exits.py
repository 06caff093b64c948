"""trainlint's exit codes, one definition for every command.

0: no finding reaches the failing severity; 1: one does (or, for ``summary`` and
``exercises``, something was not found); 2: usage error, unreadable path, bad
configuration, broken plugin or internal error; 130: interrupted (Ctrl-C).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
