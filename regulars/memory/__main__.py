"""Allow `python -m regulars.memory extract`."""

import sys

from .cli import main

sys.exit(main())
