"""Sources from the web: fetch a page safely, extract its article, write and recheck `sources/<id>.md`."""
