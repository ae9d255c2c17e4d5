"""Quote anchoring internals: offset-mapped normalisation, hyphen-tolerant search, differences."""
