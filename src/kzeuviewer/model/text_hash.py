"""Hashes of many strings at once, computed on their UTF-8 bytes (no Python string per value)."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

# Only this many leading bytes of a value are hashed (with its full length): equal values still hash
# alike, and the rare long values that share them are told apart by the comparison after the hash.
HASHED_BYTES = 256
# The bytes hashed in one pass: the work arrays (8 bytes per byte) stay a few megabytes.
_PIECE_BYTES = 1 << 19
_PRIME = np.uint64(0x100000001B3)  # odd, so invertible modulo 2**64
_PRIME_INVERSE = np.uint64(pow(int(_PRIME), -1, 1 << 64))


def text_hashes(values) -> np.ndarray:
    """A 32-bit hash of each value's text (uint32); ``values``: Arrow text, or anything pyarrow reads as strings."""
    chunks = _arrow_chunks(values)
    parts = [_chunk_hashes(chunk) for chunk in chunks if len(chunk)]
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.uint32)


def _arrow_chunks(values) -> list[pa.Array]:
    if hasattr(values, "__arrow_array__"):
        arrow = values.__arrow_array__()
    else:
        try:
            arrow = pa.array(values, type=pa.large_string(), from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # not text (not from a CSV file): its text is hashed
            arrow = pa.array([str(value) for value in values], type=pa.large_string())
    if isinstance(arrow, pa.ChunkedArray):
        return [_as_text(chunk) for chunk in arrow.chunks]
    return [_as_text(arrow)]


def _as_text(chunk: pa.Array) -> pa.Array:
    if pa.types.is_string(chunk.type) or pa.types.is_large_string(chunk.type):
        return chunk
    return chunk.cast(pa.large_string())


def _chunk_hashes(chunk: pa.Array) -> np.ndarray:
    _validity, offsets_buffer, data_buffer = chunk.buffers()
    offset_type = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    offsets = np.frombuffer(offsets_buffer, dtype=offset_type)[chunk.offset : chunk.offset + len(chunk) + 1].astype(np.int64)
    data = np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None else np.empty(0, dtype=np.uint8)
    lengths = np.diff(offsets)
    hashed = np.minimum(lengths, HASHED_BYTES)
    # Pieces of whole values holding about _PIECE_BYTES hashed bytes each.
    ends = np.cumsum(hashed)
    cuts = np.searchsorted(ends, np.arange(_PIECE_BYTES, int(ends[-1]) if len(ends) else 0, _PIECE_BYTES), side="right")
    bounds = [0, *np.unique(cuts).tolist(), len(lengths)]
    out = np.empty(len(lengths), dtype=np.uint32)
    for first, last in zip(bounds[:-1], bounds[1:], strict=True):
        if last > first:
            out[first:last] = _piece_hashes(data, offsets[first:last + 1], hashed[first:last], lengths[first:last])
    return out


def _piece_hashes(data: np.ndarray, offsets: np.ndarray, hashed: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Polynomial hash of each value's first ``hashed`` bytes, mixed with its length."""
    starts = np.zeros(len(hashed) + 1, dtype=np.int64)
    np.cumsum(hashed, out=starts[1:])
    if np.array_equal(hashed, lengths):  # nothing clipped: the values' bytes lie back to back
        piece = data[offsets[0] : offsets[-1]]
    else:
        piece = data[np.arange(starts[-1], dtype=np.int64) + np.repeat(offsets[:-1] - starts[:-1], hashed)]
    count = len(piece)
    # prefix[k] = sum of byte[j] * P**j for j < k (modulo 2**64, as uint64 arithmetic wraps), so that a
    # value's bytes [a, b) give (prefix[b] - prefix[a]) * P**-a, the same for the same bytes anywhere.
    powers = np.full(count + 1, _PRIME, dtype=np.uint64)
    powers[0] = 1
    np.cumprod(powers, out=powers)
    prefix = np.zeros(count + 1, dtype=np.uint64)
    np.cumsum(piece.astype(np.uint64) * powers[:count], out=prefix[1:])
    inverse = np.full(count + 1, _PRIME_INVERSE, dtype=np.uint64)
    inverse[0] = 1
    np.cumprod(inverse, out=inverse)
    value = (prefix[starts[1:]] - prefix[starts[:-1]]) * inverse[starts[:-1]]
    value ^= lengths.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    # splitmix64's finaliser: every input bit reaches the 32 bits kept.
    value ^= value >> np.uint64(30)
    value *= np.uint64(0xBF58476D1CE4E5B9)
    value ^= value >> np.uint64(27)
    value *= np.uint64(0x94D049BB133111EB)
    value ^= value >> np.uint64(31)
    return (value >> np.uint64(32)).astype(np.uint32)
