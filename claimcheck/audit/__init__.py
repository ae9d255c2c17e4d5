"""Cross-referencing: propositions, independent origins, key-less matching, verdicts."""
