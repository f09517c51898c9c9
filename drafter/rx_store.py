"""The compiled-pattern cache file's format: an index of checksums, then the marshalled entries.

Takes and gives plain data (`Key` -> `Entry`); nothing here touches `re`'s internals or the disk
(`drafter.rx` does both).
"""

from __future__ import annotations

import marshal
import zlib
from typing import Any, cast

__all__ = ["FORMAT", "Entry", "Key", "Stored", "decode", "encode"]

# (pattern, flags) -> (flags, program as bytes, groups, groupindex, indexgroup, pre-check or "")
Key = tuple[str | bytes, int]
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...], str]

# The file is this tag, the CRC-32 and length of an index, the index (a checksum of each key ->
# where its entry is, with the entry's own CRC-32), then the marshalled (key, entry) pairs. The
# index holds checksums, not the patterns (which are most of a key's bytes), so reading it costs
# little; each entry carries its own key, checked on use, so two keys with one checksum only cost
# a compile. A run maps the file and unmarshals only the entries it uses (a third of them for an
# English letter): loading all of them took longer than compiling what was left to compile. A
# damaged entry (say, a changed group count, which `_sre` cannot check) is compiled afresh instead
# of breaking the run; a damaged index discards the file.
_MAGIC = b"DRX4"
FORMAT = 4  # in the file name too, so drafters of the same version with an older format
# (3: the index keyed by whole patterns; 2: entries without a pre-check; b"DRXC": one checksum over
# one marshalled dict) keep their own file instead of each rewriting the other's
_HEAD = 12  # tag, CRC-32 of the index, length of the index


def _key_id(key: Key) -> tuple[int, int, int]:
    """A key's checksums and length: what the index stores instead of the pattern itself."""
    pattern, flags = key
    data = (b"b" + pattern if isinstance(pattern, bytes) else b"s" + pattern.encode("utf-8", "surrogatepass")) + (
        b"%d" % flags
    )
    return zlib.crc32(data), zlib.adler32(data), len(data)


def encode(entries: dict[Key, Entry]) -> bytes:
    """The cache file's bytes for `entries`."""
    index: dict[tuple[int, int, int], tuple[int, int, int]] = {}
    blobs: list[bytes] = []
    offset = 0
    for key, entry in entries.items():
        blob = marshal.dumps((key, entry))
        index[_key_id(key)] = (offset, len(blob), zlib.crc32(blob))
        blobs.append(blob)
        offset += len(blob)
    head = marshal.dumps(index)
    return _MAGIC + zlib.crc32(head).to_bytes(4, "big") + len(head).to_bytes(4, "big") + head + b"".join(blobs)


def decode(blob: bytes) -> dict[Key, Entry]:
    """All entries in a cache file's bytes; empty when any is damaged or the file is of another format."""
    stored = Stored(blob)
    entries = stored.entries()
    return entries if len(entries) == len(stored) else {}


class Stored:
    """A cache file's entries, each unmarshalled (its checksum checked first) when asked for."""

    def __init__(self, blob: bytes | Any = b"") -> None:
        self._blob = blob  # bytes, or a read-only map of the file
        self._index: dict[tuple[int, int, int], Any] = {}
        self._base = 0
        if blob[:4] != _MAGIC:
            return
        size = int.from_bytes(blob[8:_HEAD], "big")
        head = blob[_HEAD : _HEAD + size]
        if len(head) != size or zlib.crc32(head).to_bytes(4, "big") != blob[4:8]:
            return
        try:
            index = marshal.loads(head)
        except (EOFError, ValueError, TypeError):
            return
        if isinstance(index, dict):
            self._index = index
            self._base = _HEAD + size

    def __len__(self) -> int:
        return len(self._index)

    def get(self, key: Key) -> Entry | None:
        """The entry for `key`; None when there is none, it is damaged or another key's."""
        found = self._load(self._index.get(_key_id(key)))
        return found[1] if found is not None and found[0] == key else None

    def _load(self, where: Any) -> tuple[Key, Entry] | None:
        try:
            offset, size, crc = where
            start = self._base + offset
            data = self._blob[start : start + size] if offset >= 0 and size >= 0 else b""
            if len(data) != size or zlib.crc32(data) != crc:
                return None
            found = marshal.loads(data)
        except (TypeError, ValueError, EOFError):  # no entry, or a malformed index or entry
            return None
        ok = isinstance(found, tuple) and len(found) == 2 and all(isinstance(part, tuple) for part in found)
        return cast("tuple[Key, Entry]", found) if ok else None

    def entries(self) -> dict[Key, Entry]:
        """Every entry that is intact."""
        return {found[0]: found[1] for where in self._index.values() if (found := self._load(where)) is not None}
