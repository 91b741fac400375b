"""`python -m kg` is the `charity-kg` command."""

from .cli import main

main()
