"""Sub-commands of the command line that live apart from `claimcheck.cli`."""
