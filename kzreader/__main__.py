"""`python -m kzreader` is the `kzreader` command."""

import sys

from kzreader.cli import main

sys.exit(main())
