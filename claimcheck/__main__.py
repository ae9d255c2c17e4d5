"""`python -m claimcheck` runs the command line."""

from claimcheck.cli import main

# Guarded: worker processes started with "spawn" (macOS, Windows) import this module again.
if __name__ == "__main__":
    main()
