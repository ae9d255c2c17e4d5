"""Renderers: each turns a result into text (`render_…(…) -> str`), nothing else."""
