"""The official-domain registry and look-alike detection.

Official domains are facts, curated in ``resources/official_domains.json``
(versioned). A domain imitates a brand when it is not one of the brand's
domains but carries the brand's name in a label (``vietcombank-xacthuc.top``,
``i-vcb.cc``, ``shopee.vn-hotro.xyz``), sits one or two edits away from it
(``vietcombamk.com``), spells it with digits (``sh0pee.vn``), or hides it in
punycode (``xn--...``).

Example:
    >>> info = domain_info("vietcombank-xacthuc.top")
    >>> info.registered_domain, info.lookalike_of, info.official
    ('vietcombank-xacthuc.top', 'vietcombank.com.vn', False)
    >>> domain_info("ebank.vietcombank.com.vn").official
    True
    >>> domain_info("sh0pee-vn.com").lookalike_of
    'shopee.vn'
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .._cache import bounded_cache

__all__ = ["DomainInfo", "domain_info", "registry", "registered_domain", "url_host"]

# second-level suffixes under which names are registered (enough for the domains we meet)
_MULTI_SUFFIXES = {
    "com.vn", "net.vn", "org.vn", "edu.vn", "gov.vn", "info.vn", "biz.vn", "name.vn", "pro.vn", "health.vn",
    "ac.vn", "int.vn", "co.uk", "com.au", "co.jp", "com.cn", "com.sg", "co.kr", "com.my", "co.th", "com.ph",
}
_DIGIT_LETTERS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"})


@dataclass(frozen=True)
class DomainInfo:
    domain: str
    registered_domain: str
    official: bool
    brand: str | None
    lookalike_of: str | None
    shortener: bool
    free_hosting: bool
    cheap_tld: bool


@lru_cache(maxsize=1)
def registry() -> dict:
    """The registry as loaded from package data."""
    text = resources.files("scamdetect").joinpath("resources/official_domains.json").read_text(encoding="utf-8")
    data = json.loads(text)
    official: dict[str, str] = {}
    tokens: dict[str, tuple[str, str]] = {}
    for brand, entry in data["brands"].items():
        for domain in entry["domains"]:
            official[domain] = brand
        primary = entry["domains"][0]
        name = entry["domains"][0].split(".")[0]
        # a one-letter name (t.me, m.me) would match any "t" label, such as the shortener t.ly
        for token in entry["tokens"] + ([name] if len(name) >= 2 else []):
            tokens.setdefault(token, (brand, primary))
    data["_official"] = official
    data["_tokens"] = tokens
    # indexes that spare _imitated a pass over every token for each piece of a domain
    glued: dict[str, list[tuple[int, str, tuple[str, str]]]] = {}
    for order, (token, hit) in enumerate(tokens.items()):
        if len(token) >= 5:
            glued.setdefault(token[:2], []).append((order, token, hit))
    near: list[tuple[str, tuple[str, str], int]] = []  # by length, then registry order: the order tried
    postings: dict[tuple[str, int], list[int]] = {}
    for token, hit in sorted(tokens.items(), key=lambda item: len(item[0])):
        for gram in _bigrams(token):
            postings.setdefault(gram, []).append(len(near))
        near.append((token, hit, 1 if len(token) < 10 else 2))
    # sizes[n]: the first entry of near at least n letters long
    sizes = [sum(len(token) < n for token, _, _ in near) for n in range(max(map(len, tokens), default=0) + 2)]
    data["_glued"], data["_near"], data["_postings"], data["_sizes"] = glued, near, postings, sizes
    data["_shorteners"] = set(data["shorteners"])
    data["_free"] = set(data["free_hosting"])
    data["_free_suffixes"] = tuple("." + host for host in data["free_hosting"])  # one C-level endswith
    data["_cheap"] = set(data["cheap_tlds"])
    return data


_SCHEME_WWW = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


# A redirect wrapper hides its target in a query parameter: google.com/url?q=..., l.facebook.com/l.php?u=...
_REDIRECT_TARGET = re.compile(r"[?&](?:q|u|url|link|target|dest|redirect|to)=((?:https?(?::|%3a)(?:/|%2f){2})?"
                              r"(?:www\.)?[a-z0-9-]+(?:\.|%2e)[^&#\s]*)", re.IGNORECASE)


def redirect_target(url: str) -> str | None:
    """The link a redirect wrapper leads to, percent-decoded, or None.

    >>> redirect_target("https://www.google.com/url?sa=t&q=https%3A%2F%2Fvcb-xacthuc.top%2Flogin")
    'https://vcb-xacthuc.top/login'
    """
    m = _REDIRECT_TARGET.search(url[:2048])
    if m is None:
        return None
    from urllib.parse import unquote

    return unquote(m.group(1))


def url_host(url: str) -> str:
    """The lower-case host a link leads to, written with or without scheme, ``www.``, path, query or port.

    A redirect wrapper's target is followed (one level): the wrapper is there to hide it.

    >>> url_host("HTTPS://www.Vcb-XacThuc.top:443/login?x=1")
    'vcb-xacthuc.top'
    >>> url_host("google.com/url?q=https://shopee.vn-qua.cc/a")
    'shopee.vn-qua.cc'
    """
    target = redirect_target(url) if "=" in url else None
    rest = _SCHEME_WWW.sub("", (target or url).strip().lower())
    return re.split(r"[/?#]", rest, maxsplit=1)[0].split(":")[0].strip(".")


def registered_domain(domain: str) -> str:
    labels = domain.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _MULTI_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _bigrams(text: str) -> frozenset[tuple[str, int]]:
    """Bigrams of ``text`` as a set, a repeated bigram numbered, so that set overlap counts like multisets."""
    seen: dict[str, int] = {}
    out = []
    for k in range(len(text) - 1):
        gram = text[k:k + 2]
        seen[gram] = seen.get(gram, 0) + 1
        out.append((gram, seen[gram]))
    return frozenset(out)


def _edit_distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _decode_punycode(domain: str) -> str:
    labels = []
    for label in domain.split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except (UnicodeError, ValueError):
                pass
        labels.append(label)
    decoded = ".".join(labels)
    if decoded != domain:
        from ..text import normalize, strip_diacritics

        decoded = strip_diacritics(normalize(decoded).text).lower()
    return decoded


def _official_brand(domain: str) -> str | None:
    official = registry()["_official"]
    parts = domain.split(".")
    for k in range(len(parts) - 1):
        brand = official.get(".".join(parts[k:]))
        if brand:
            return brand
    return None


def _glued_brand(flat: str, glued: dict[str, list[tuple[int, str, tuple[str, str]]]]) -> tuple[str, str] | None:
    """The hit of the first token in registry order, of five letters or more, inside ``flat``.

    Looks up the tokens starting with each pair of letters of ``flat``, not every token.
    """
    best: tuple[int, tuple[str, str]] | None = None
    for k in range(len(flat) - 4):
        for order, token, hit in glued.get(flat[k:k + 2], ()):
            if (best is None or order < best[0]) and flat.startswith(token, k):
                best = (order, hit)
    return best[1] if best else None


def _near_brand(flat: str, near: list[tuple[str, tuple[str, str], int]], postings: dict[tuple[str, int], list[int]],
                sizes: list[int]) -> tuple[str, str] | None:
    """The hit of the first token (by length, then registry order) of six letters or more, from two less
    to two more than ``flat``, one edit away from it (two from a token of ten letters or more).

    Each edit spoils at most two bigrams, so a token needs ``max(lengths) - 1 - 2 * edits`` bigrams in
    common with ``flat`` (at least three, at these lengths): an exact filter before the quadratic
    distance. The shared bigrams are counted from an index of the tokens' bigrams, so a token with none
    costs nothing.
    """
    low, high = max(6, len(flat) - 2), len(flat) + 2
    if high < low:
        return None
    first, stop = sizes[min(low, len(sizes) - 1)], sizes[min(high + 1, len(sizes) - 1)]  # the entries of these lengths
    grams = _bigrams(flat)
    shared = Counter(itertools.chain.from_iterable([postings[gram] for gram in grams if gram in postings]))
    for entry in sorted(entry for entry, count in shared.items() if first <= entry < stop and count >= 3):
        token, hit, limit = near[entry]
        if shared[entry] >= max(len(flat), len(token)) - 1 - 2 * limit and _edit_distance(flat, token, 2) <= limit:
            return hit
    return None


def _imitated(domain: str) -> tuple[str, str] | None:
    """(brand, primary official domain) a non-official domain imitates, or None."""
    tokens = registry()["_tokens"]
    reg = registered_domain(domain)
    host_labels = domain.split(".")
    # the registrable name plus any subdomains; the public suffix itself says nothing
    suffix_len = len(reg.split(".")) - 1
    name_labels = host_labels[: len(host_labels) - suffix_len]
    pieces: list[str] = []
    for label in name_labels:
        pieces.append(label)
        pieces.extend(p for p in label.split("-") if p)
    for piece in pieces:
        for candidate in (piece, piece.translate(_DIGIT_LETTERS)):
            if candidate in tokens:
                return tokens[candidate]
    # brand name glued to another word: "vietcombankvn", "xacthucvietcombank", "shopee88"
    for piece in pieces:
        hit = _glued_brand(piece.translate(_DIGIT_LETTERS), registry()["_glued"])
        if hit:
            return hit
    # one or two edits away from a long brand name: "vietcombamk", "shoppe"
    near = registry()["_near"], registry()["_postings"], registry()["_sizes"]
    for piece in pieces:
        hit = _near_brand(piece.translate(_DIGIT_LETTERS), *near)
        if hit:
            return hit
    return None


@bounded_cache(maxsize=65536, max_len=253)  # the longest valid host name
def domain_info(domain: str) -> DomainInfo:
    """Facts about one host name (lower-case, no scheme, no port)."""
    domain = domain.lower().strip(".")
    if domain.startswith("www."):
        domain = domain[4:]
    decoded = _decode_punycode(domain)
    reg = registered_domain(decoded)
    data = registry()
    brand = _official_brand(decoded) if decoded == domain else None
    lookalike = None
    shortener = reg in data["_shorteners"] or decoded in data["_shorteners"]
    if brand is None and not shortener:
        hit = _imitated(decoded)
        if hit:
            brand, lookalike = hit
    tld = decoded.rsplit(".", 1)[-1]
    return DomainInfo(
        domain=decoded, registered_domain=reg, official=lookalike is None and brand is not None, brand=brand,
        lookalike_of=lookalike, shortener=shortener,
        free_hosting=reg in data["_free"] or decoded.endswith(data["_free_suffixes"]),
        cheap_tld=tld in data["_cheap"])
