"""claimcheck: audit structured fact-checking claims against their sources."""

__version__ = "0.1.0"
