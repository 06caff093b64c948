"""Allow ``python -m checker`` to work like the ``trainlint`` command."""

from __future__ import annotations

import sys

from checker.launch import main

if __name__ == "__main__":
    sys.exit(main())
