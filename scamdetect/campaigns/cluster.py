"""Streaming grouping of scam messages into campaigns, with stable campaign ids.

:class:`Clusterer` takes scam messages one at a time, in input order, each with its masked
text (:mod:`.mask`), MinHash signature and LSH band keys (:mod:`.minhash`), and puts it in a
campaign:

1. a masked text seen before joins the campaign of its first sighting (a dictionary look-up:
   the common case, since copies of a template usually mask to the same text);
2. otherwise the campaigns sharing an LSH band key with it are candidates, and it joins the
   candidate whose *representative* (the campaign's first message) it resembles most, if the
   estimated Jaccard similarity of their shingles reaches ``threshold`` (default 0.5);
3. otherwise it starts a new campaign and becomes its representative.

Comparing with the representative only (not with any member) keeps campaigns from drifting
into each other through chains of near neighbours: two templates merge only if one's copies
resemble the other's first message. The first few distinct members of a campaign are also
indexed, so a copy that shares no band with the representative is still found.

A campaign's id is ``C`` + 12 hex digits of the BLAKE2b hash of its representative's masked
text: the same input gives the same ids, and a campaign keeps its id when more messages are
added after its first one.

Memory stays bounded: a message that still has no company (a campaign of one) after
``max_open`` newer ones have opened campaigns is retired (forgotten; it is never reported
as a campaign and later copies of it start a new one). Campaigns of two or more are kept.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from .minhash import BANDS, NUM_PERM, ROWS, band_keys

__all__ = ["Campaign", "Clusterer", "campaign_id", "INDICATOR_GROUPS"]

log = logging.getLogger("scamdetect.campaigns")

#: campaign summary columns -> indicator kinds counted in them
INDICATOR_GROUPS = {"accounts": ("bank_account", "ewallet"), "phones": ("phone",), "domains": ("domain",),
                    "handles": ("handle",)}
#: distinct values counted per indicator kind and campaign (a campaign rotating thousands of accounts keeps
#: counting the first ones)
MAX_VALUES = 200
#: representative text kept per campaign (characters)
MAX_TEXT = 1000


def campaign_id(masked: str) -> str:
    """The stable id of a campaign whose first message masks to ``masked``.

    >>> campaign_id("chi <name> oi chuyen gap <amt> vao stk <num>")
    'C8ea997331f38'
    """
    return "C" + hashlib.blake2b(masked.encode("utf-8"), digest_size=6).hexdigest()


class Campaign:
    """One campaign: its representative, size, schemes, dates and indicators."""

    __slots__ = ("index", "id", "masked", "text", "first_row", "size", "labels", "first_seen", "last_seen",
                 "days", "undated", "indicators", "slot", "indexed")

    def __init__(self, index: int, cid: str, masked: str, text: str, first_row: str, slot: int) -> None:
        self.index = index
        self.id = cid
        self.masked = masked
        self.text = text[:MAX_TEXT]
        self.first_row = first_row
        self.slot = slot
        self.size = 0
        self.labels: Counter = Counter()
        self.first_seen: str | None = None
        self.last_seen: str | None = None
        self.days: Counter = Counter()  # "YYYY-MM-DD" -> messages
        self.undated = 0
        self.indicators: dict[str, Counter] = {}
        self.indexed = 1  # members whose band keys are in the index

    @property
    def scheme(self) -> str:
        """The commonest scheme among the members (ties: the first in name order)."""
        best = max(self.labels.values())
        return min(label for label, n in self.labels.items() if n == best)

    def add(self, label: str, seen: str | None, indicators: Sequence[dict[str, Any]]) -> None:
        self.size += 1
        self.labels[label] += 1
        if seen is None:
            self.undated += 1
        else:
            if self.first_seen is None or seen < self.first_seen:
                self.first_seen = seen
            if self.last_seen is None or seen > self.last_seen:
                self.last_seen = seen
            self.days[seen[:10]] += 1
        for item in indicators:
            kind, value = item.get("kind"), item.get("value")
            if not kind or not value or item.get("official"):
                continue
            if kind == "url":
                kind, value = "domain", item.get("host") if item.get("free_hosting") else item.get("domain")
                if not value or item.get("shortener"):
                    continue
            counts = self.indicators.get(kind)
            if counts is None:
                counts = self.indicators[kind] = Counter()
            if value in counts or len(counts) < MAX_VALUES:
                counts[str(value)] += 1

    def top(self, group: str, n: int = 5) -> list[tuple[str, int]]:
        """The ``n`` commonest values of an :data:`INDICATOR_GROUPS` group."""
        merged: Counter = Counter()
        for kind in INDICATOR_GROUPS[group]:
            merged.update(self.indicators.get(kind, {}))
        return sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


class Clusterer:
    """Groups scam messages into campaigns (see the module docstring)."""

    def __init__(self, threshold: float = 0.5, num_perm: int = NUM_PERM, bands: int = BANDS, rows: int = ROWS,
                 max_open: int = 100_000, index_members: int = 4, max_exact: int = 500_000) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must lie in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm, self.bands, self.rows = num_perm, bands, rows
        self.max_open = max_open
        self.index_members = index_members
        self.max_exact = max_exact
        self.campaigns: list[Campaign | None] = []
        self.exact: dict[str, int] = {}  # masked text -> campaign index
        self.buckets: dict[int, int | list[int]] = {}  # band key -> campaign index(es)
        self.signatures = np.zeros((1024, num_perm), dtype=np.uint32)
        self.free_slots: list[int] = []
        self.next_slot = 0
        self.singles: dict[int, None] = {}  # campaigns of one, oldest first
        self.retired = 0  # campaigns of one forgotten to bound memory
        self.ids: set[str] = set()
        self.messages = 0

    # ------------------------------------------------------------------ index
    def _slot(self) -> int:
        if self.free_slots:
            return self.free_slots.pop()
        if self.next_slot >= len(self.signatures):
            grown = np.zeros((2 * len(self.signatures), self.num_perm), dtype=np.uint32)
            grown[:len(self.signatures)] = self.signatures
            self.signatures = grown
        self.next_slot += 1
        return self.next_slot - 1

    def _index(self, keys: list[int], index: int) -> None:
        buckets = self.buckets
        for key in keys:
            held = buckets.get(key)
            if held is None:
                buckets[key] = index
            elif isinstance(held, int):
                if held != index:
                    buckets[key] = [held, index]
            elif index not in held:
                held.append(index)

    def _unindex(self, keys: list[int], index: int) -> None:
        buckets = self.buckets
        for key in keys:
            held = buckets.get(key)
            if held == index:
                del buckets[key]
            elif isinstance(held, list) and index in held:
                held.remove(index)
                if len(held) == 1:
                    buckets[key] = held[0]

    def _candidates(self, keys: list[int]) -> list[int]:
        found: dict[int, None] = {}
        get = self.buckets.get
        for key in keys:
            held = get(key)
            if held is None:
                continue
            if isinstance(held, int):
                found[held] = None
            else:
                found.update(dict.fromkeys(held))
        return list(found)

    def _retire(self) -> None:
        """Forget the oldest campaigns of one (a tenth of ``max_open``) to bound memory."""
        count = max(1, self.max_open // 10)
        victims = list(self.singles)[:count]
        for index in victims:
            del self.singles[index]
            campaign = self.campaigns[index]
            if campaign is None:
                continue
            keys = band_keys(self.signatures[campaign.slot:campaign.slot + 1], self.bands, self.rows)[0].tolist()
            self._unindex(keys, index)
            if self.exact.get(campaign.masked) == index:
                del self.exact[campaign.masked]
            self.free_slots.append(campaign.slot)
            self.campaigns[index] = None
        self.retired += len(victims)
        log.debug("retired %d campaigns of one message (%d in all)", len(victims), self.retired)

    def _trim_exact(self) -> None:
        """Keep only the representatives' masked texts in the exact-match dictionary."""
        self.exact = {c.masked: c.index for c in self.campaigns if c is not None}
        log.debug("exact-match memo trimmed to %d representatives", len(self.exact))

    # ------------------------------------------------------------------ adding
    def add(self, row_id: str, text: str, masked: str, signature: np.ndarray, keys: Sequence[int], label: str,
            seen: str | None = None, indicators: Sequence[dict[str, Any]] = ()) -> int:
        """Put one scam message in a campaign; returns the campaign's index (see :meth:`campaign`)."""
        self.messages += 1
        index = self.exact.get(masked)
        if index is None:
            keys = list(keys)
            candidates = self._candidates(keys)
            if candidates:
                slots = [self.campaigns[c].slot for c in candidates]  # type: ignore[union-attr]
                agree = np.count_nonzero(self.signatures[slots] == signature, axis=1)
                best = int(np.argmax(agree))
                if agree[best] >= self.threshold * self.num_perm:
                    index = candidates[best]
            if index is None:
                index = self._new(row_id, text, masked, signature, keys)
            else:
                campaign = self.campaigns[index]
                if campaign.indexed < self.index_members:  # type: ignore[union-attr]
                    campaign.indexed += 1  # type: ignore[union-attr]
                    self._index(keys, index)
            if len(self.exact) >= self.max_exact:
                self._trim_exact()
            self.exact[masked] = index
        campaign = self.campaigns[index]
        assert campaign is not None
        if campaign.size == 1:
            self.singles.pop(index, None)
        campaign.add(label, seen, indicators)
        return index

    def _new(self, row_id: str, text: str, masked: str, signature: np.ndarray, keys: list[int]) -> int:
        if len(self.singles) >= self.max_open:
            self._retire()
        cid = campaign_id(masked)
        if cid in self.ids:  # the same template again after its first campaign of one was retired
            n = 2
            while f"{cid}-{n}" in self.ids:
                n += 1
            cid = f"{cid}-{n}"
        self.ids.add(cid)
        slot = self._slot()
        self.signatures[slot] = signature
        index = len(self.campaigns)
        self.campaigns.append(Campaign(index, cid, masked, text, row_id, slot))
        self.singles[index] = None
        self._index(keys, index)
        return index

    def campaign(self, index: int) -> Campaign | None:
        """The campaign at ``index``; None once retired."""
        return self.campaigns[index]

    def results(self, min_size: int = 2) -> list[Campaign]:
        """Campaigns of at least ``min_size`` messages, largest first (ties: earliest first)."""
        kept = [c for c in self.campaigns if c is not None and c.size >= min_size]
        kept.sort(key=lambda c: (-c.size, c.index))
        return kept
