"""Candidate claims proposed from a source's text: sentences, check-worthiness, attribution, YAML."""
