"""Output: a draft or a parsed letter in, text out (`render`) and files on disk (`files`).

`frontmatter` reads and writes the YAML-like header of reply files.
"""
