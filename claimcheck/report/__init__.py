"""The editor's Markdown report (`reports/audit.md`): `claimcheck.report.markdown.render_markdown_report`."""
