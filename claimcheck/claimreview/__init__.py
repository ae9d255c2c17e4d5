"""Exchange with the fact-checking ecosystem: schema.org ClaimReview JSON-LD, exported and imported."""
