"""Synthetic customers for bench.lookup: realistic names, phones, emails, and typos.

Names follow a Zipf-like distribution (a few common first names and surnames, a long
tail of rare ones); surnames are a list of real ones widened with names built from
syllables. Everything is drawn from a seeded random generator, so a rebuild gives
the same database.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import time
from collections.abc import Callable, Iterator

from nicknames import NickNamer

from regulars.customers.names import keys_for_customer

DATA_VERSION = 2  # bump when the generated data changes, so old bench DBs are rebuilt

FIRST_NAMES = """
James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy
Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily
Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa
Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia
Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry
Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory
Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Catherine
Dennis Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce
Henry Virginia Douglas Victoria Zachary Kelly Peter Lauren Kyle Christina Ethan Joan
Walter Evelyn Noah Judith Jeremy Megan Christian Andrea Keith Cheryl Roger Hannah
Terry Jacqueline Gerald Martha Harold Gloria Sean Teresa Austin Ann Carl Sara Arthur
Madison Lawrence Frances Dylan Kathryn Jesse Janice Jordan Jean Bryan Abigail Billy
Alice Joe Julia Bruce Judy Gabriel Sophia Logan Grace Albert Denise Willie Amber Alan
Doris Juan Marilyn Wayne Danielle Elijah Beverly Randy Isabella Roy Theresa Vincent
Diana Ralph Natalie Eugene Brittany Russell Charlotte Bobby Marie Mason Kayla Philip
Alexis Louis Lori Dana Siobhan Aoife Niamh Priya Anjali Rahul Arjun Wei Mei Hiroshi
Yuki Chidi Ngozi Oluwaseun Kwame Amara Fatima Omar Yusuf Aisha Leila Mateo Santiago
Valentina Camila Lucia Diego Alejandro Sofia Ximena Bjorn Astrid Ingrid Lars Freya
Sven Dmitri Natasha Ivan Olga Katarzyna Piotr Zofia Giulia Marco Francesca Luca
Chiara Matteo Elodie Etienne Amelie Mathieu Renee Zoe Isla Finn Rory Saoirse Declan
""".split()

REAL_SURNAMES = """
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson
White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott
Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart
Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed
Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray
Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez
Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales
Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds
Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar
Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington
Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson
Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes
Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice
Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant
Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley
Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado
Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis
Carpenter Lawrence Sandoval Whitfield Okafor OBrien ONeill Kowalski Nowak Rossi Russo
Ferrari Esposito Bianchi Dubois Lefebvre Moreau Schneider Fischer Weber Becker Larsen
Nielsen Johansson Lindqvist Tanaka Suzuki Takahashi Watanabe Yamamoto Wang Zhang Liu
Singh Kumar Sharma Gupta Okonkwo Adeyemi Mensah Boateng Haddad Khalil Nakamura Ivanova
""".split()

_STEMS = """
Ash Black Brad Cal Dun El Fair Gar Hal Har Kel Lang Mar Mor Nor Pen Rad Ram Stan Thorn
Wal Wes Win Ald Bar Bur Cart Cros Dal Dray Fen Fil Gil Hag Hol Kin Lock Mal Mid New Oak
Pem Red Rid Sal Shel Stock Ted Wen Whit Wick Bel Car Fer Gal Mon Ros San Val Ver Lor
""".split()
_ENDS = """
ford ley ton wood well man son by more field ridge worth ham dale stead er ing croft
brook hurst ington wick cott ridge lin ett ock ard etti ini ano ez ero ado ella one
""".split()

QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_POS = {ch: (r, c) for r, row in enumerate(QWERTY) for c, ch in enumerate(row)}
AREA_CODES = [212, 213, 303, 305, 312, 404, 415, 503, 512, 602, 612, 617, 646, 702, 713,
              718, 801, 818, 206, 202, 214, 310, 408, 510, 619, 704, 720, 773, 858, 919]
DOMAINS = ["gmail.com"] * 6 + ["yahoo.com"] * 2 + ["outlook.com", "icloud.com",
                                                   "hotmail.com", "example.org", "fastmail.com"]


def surnames(rng: random.Random, count: int) -> list[str]:
    made = [s + e for s, e in itertools.product(_STEMS, _ENDS)]
    made += ["Mc" + s for s in _STEMS] + ["O" + s.lower() for s in _STEMS[:20]]
    rng.shuffle(made)
    out = list(dict.fromkeys(REAL_SURNAMES + made))
    return out[:count]


def zipf_weights(n: int, s: float) -> list[float]:
    return list(itertools.accumulate(1 / (k + 1) ** s for k in range(n)))


def phone_number(rng: random.Random) -> str:
    area = rng.choice(AREA_CODES)
    exchange = rng.randint(200, 999)
    while exchange == 555 or exchange % 100 == 11:
        exchange = rng.randint(200, 999)
    return f"+1{area}{exchange}{rng.randint(0, 9999):04d}"


def email_for(rng: random.Random, first: str, last: str, serial: int) -> str:
    f, la = first.lower(), last.lower()
    local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}", f"{la}.{f}", f"{f}_{la[0]}"])
    return f"{local}{serial}@{rng.choice(DOMAINS)}"


def generate(rng: random.Random, n: int, business_of: list[int]) -> Iterator[tuple]:
    """Yield (id, business_id, first, last, preferred, phones, emails) for n customers."""
    nn = NickNamer()
    lasts = surnames(rng, 4000)
    first_cw, last_cw = zipf_weights(len(FIRST_NAMES), 0.7), zipf_weights(len(lasts), 0.8)
    chunk = 50_000
    for start in range(0, n, chunk):
        size = min(chunk, n - start)
        firsts = rng.choices(FIRST_NAMES, cum_weights=first_cw, k=size)
        lastn = rng.choices(lasts, cum_weights=last_cw, k=size)
        for i in range(size):
            cid = start + i + 1
            first, last = firsts[i], lastn[i]
            preferred = ""
            if rng.random() < 0.08:
                nicks = sorted(x for x in nn.nicknames_of(first.lower()) if len(x) > 2)
                preferred = rng.choice(nicks).capitalize() if nicks else ""
            phones = [phone_number(rng)] if rng.random() < 0.9 else []
            if rng.random() < 0.1:
                phones.append(phone_number(rng))
            emails = [email_for(rng, first, last, cid)] if rng.random() < 0.75 else []
            yield cid, business_of[start + i], first, last, preferred, phones, emails


def load(path: str, n: int, businesses: int, big: int, seed: int,
         log: Callable[[str], None]) -> None:
    """Bulk-load customers, contact points and name keys into a migrated database."""
    rng = random.Random(seed)
    business_of = [1] * big + [2 + i % (businesses - 1) for i in range(n - big)]
    rng.shuffle(business_of)  # businesses' customers interleave in the table, as in life
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                     "PRAGMA cache_size=-400000; PRAGMA foreign_keys=OFF;")
    tables = ("customers_customer", "customers_contactpoint", "customers_namekey")
    indexes = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
        f"AND tbl_name IN {tables}").fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')
    now = "2025-01-01 00:00:00"
    keys_cache: dict[tuple[str, str, str], list[str]] = {}
    customers, contacts, keys = [], [], []

    def flush() -> None:
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO customers_customer (id, business_id, first_name, last_name, "
            "preferred_name, pronunciation, preferred_channel, best_times, customer_since, "
            "tags, created_at, updated_at, owner_id) "
            "VALUES (?, ?, ?, ?, ?, '', '', '', NULL, '[]', ?, ?, NULL)", customers)
        db.executemany(
            "INSERT INTO customers_contactpoint (business_id, customer_id, kind, value, tail, "
            "label) VALUES (?, ?, ?, ?, ?, '')", contacts)
        db.executemany(
            "INSERT INTO customers_namekey (business_id, customer_id, key) VALUES (?, ?, ?)",
            keys)
        db.execute("COMMIT")
        customers.clear(), contacts.clear(), keys.clear()

    started = time.perf_counter()
    for cid, bid, first, last, preferred, phones, emails in generate(rng, n, business_of):
        customers.append((cid, bid, first, last, preferred, now, now))
        for p in phones:
            contacts.append((bid, cid, "phone", p, p[-7:]))
        for e in emails:
            contacts.append((bid, cid, "email", e, ""))
        name = (first, last, preferred)
        if name not in keys_cache:
            keys_cache[name] = sorted(keys_for_customer(*name))
        keys.extend((bid, cid, k) for k in keys_cache[name])
        if len(customers) >= 100_000:
            flush()
            log(f"  loaded {cid:,} customers ({time.perf_counter() - started:.0f}s)")
    flush()
    log("  creating indexes")
    for _, sql in indexes:
        db.execute(sql)
    db.execute("PRAGMA journal_mode=WAL")
    db.close()


def human_phone(rng: random.Random, e164: str) -> str:
    """Write an E.164 US number the way people type it."""
    a, e, line = e164[2:5], e164[5:8], e164[8:]
    return rng.choice([
        f"({a}) {e}-{line}", f"{a}.{e}.{line}", f"+1 {a} {e} {line}", f"{a}-{e}-{line}",
        f"{a}{e}{line}", f"1-{a}-{e}-{line}", f"{e}-{line}", f"{e}{line}",
    ])


def mixed_case(rng: random.Random, text: str) -> str:
    return rng.choice([text, text.upper(), text.title(), text.capitalize(),
                       "".join(c.upper() if rng.random() < 0.3 else c for c in text)])


def _neighbour(rng: random.Random, ch: str) -> str:
    if ch not in _POS:
        return ch
    r, c = _POS[ch]
    near = [QWERTY[rr][cc] for rr in (r - 1, r, r + 1) for cc in (c - 1, c, c + 1)
            if 0 <= rr < 3 and 0 <= cc < len(QWERTY[rr]) and (rr, cc) != (r, c)]
    return rng.choice(near)


def typo(rng: random.Random, word: str) -> str:
    """One realistic slip: transposition, dropped, doubled or neighbouring-key letter."""
    if len(word) < 3:
        return word
    for _ in range(10):
        i = rng.randrange(1, len(word) - 1) if rng.random() < 0.8 else rng.randrange(len(word))
        kind = rng.choice(["swap", "drop", "double", "near"])
        if kind == "swap" and i + 1 < len(word):
            out = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif kind == "drop" and len(word) > 3:
            out = word[:i] + word[i + 1:]
        elif kind == "double":
            out = word[:i] + word[i] + word[i:]
        else:
            out = word[:i] + _neighbour(rng, word[i]) + word[i + 1:]
        if out != word:
            return out
    return word


def misspell(rng: random.Random, nn: NickNamer, first: str, last: str) -> str:
    """A real customer's name with one or two slips, or a nickname and a slip."""
    words = [first.lower(), last.lower()]
    slips = 1 if rng.random() < 0.65 else 2
    nicks = sorted(x for x in nn.nicknames_of(words[0]) if x.isalpha() and len(x) > 2)
    if nicks and rng.random() < 0.25:
        words[0] = rng.choice(nicks)
        slips -= 1
    for _ in range(slips):
        i = rng.randrange(2)
        words[i] = typo(rng, words[i])
    return mixed_case(rng, " ".join(words))
