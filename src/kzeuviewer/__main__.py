import sys

from kzeuviewer.cli import main

sys.exit(main())
