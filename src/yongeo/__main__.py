"""Run the command line as `python -m yongeo`."""

from yongeo.cli import main

main()
