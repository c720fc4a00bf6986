"""Validate the chrome library and print count tables (markdown).

Usage: python datasets/chrome/check.py
Exits non-zero if any check fails.
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = ["paywall", "pricing", "login", "consent", "newsletter", "promo", "share",
         "related", "navigation", "legal", "ad", "comments", "disclaimer", "other"]
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ja", "zh"]
SPLITS = ["train", "heldout"]


def load():
    data = {}
    for kind in KINDS:
        path = HERE / f"{kind}.json"
        with open(path, encoding="utf-8") as f:
            data[kind] = json.load(f)
    return data


def validate(data):
    errors = []
    extra = sorted(p.stem for p in HERE.glob("*.json") if p.stem not in KINDS)
    if extra:
        errors.append(f"unexpected kind files: {extra}")
    ids = set()
    for kind, doc in data.items():
        if doc.get("kind") != kind:
            errors.append(f"{kind}: 'kind' field is {doc.get('kind')!r}")
        if not isinstance(doc.get("description"), str) or not doc["description"].strip():
            errors.append(f"{kind}: missing description")
        langs_seen, held_langs = set(), set()
        held = 0
        for b in doc.get("blocks", []):
            bid = b.get("id")
            if bid in ids:
                errors.append(f"duplicate id {bid}")
            ids.add(bid)
            if b.get("lang") not in LANGS:
                errors.append(f"{bid}: bad lang {b.get('lang')!r}")
            if b.get("split") not in SPLITS:
                errors.append(f"{bid}: bad split {b.get('split')!r}")
            if not bid or not bid.startswith(f"{kind}-{b.get('lang')}-"):
                errors.append(f"{bid}: id does not match <kind>-<lang>-<nn>")
            lines = b.get("lines")
            if not isinstance(lines, list) or not lines:
                errors.append(f"{bid}: no lines")
                continue
            for ln in lines:
                if not isinstance(ln, str) or not ln.strip() or ln != ln.strip() or "\n" in ln:
                    errors.append(f"{bid}: empty or untrimmed line {ln!r}")
            langs_seen.add(b.get("lang"))
            if b.get("split") == "heldout":
                held += 1
                held_langs.add(b.get("lang"))
        n = len(doc.get("blocks", []))
        if len(langs_seen) < 8:
            errors.append(f"{kind}: only {len(langs_seen)} languages")
        if n and not (0.18 <= held / n <= 0.30):
            errors.append(f"{kind}: heldout share {held}/{n} outside 18-30%")
        if len(held_langs) < 3:
            errors.append(f"{kind}: heldout in only {len(held_langs)} languages")
    # heldout lines must not appear verbatim in train (same kind, same lang)
    for kind, doc in data.items():
        train = {(b["lang"], l.casefold()) for b in doc["blocks"] if b["split"] == "train" for l in b["lines"]}
        for b in doc["blocks"]:
            if b["split"] == "heldout":
                for l in b["lines"]:
                    if (b["lang"], l.casefold()) in train:
                        errors.append(f"{b['id']}: heldout line also in train: {l!r}")
    total_blocks = sum(len(d["blocks"]) for d in data.values())
    total_lines = sum(len(b["lines"]) for d in data.values() for b in d["blocks"])
    langs = {b["lang"] for d in data.values() for b in d["blocks"]}
    if total_blocks < 200:
        errors.append(f"only {total_blocks} blocks (< 200)")
    if total_lines < 600:
        errors.append(f"only {total_lines} lines (< 600)")
    if len(langs) < 8:
        errors.append(f"only {len(langs)} languages overall")
    return errors


def table(rows, cols, cell, first="", total=True):
    out = ["| " + " | ".join([first] + cols + (["total"] if total else [])) + " |",
           "|" + "---|" * (len(cols) + 1 + (1 if total else 0))]
    for r in rows:
        vals = [cell(r, c) for c in cols]
        t = [f"{sum(v[0] for v in vals)}/{sum(v[1] for v in vals)}"] if total else []
        out.append("| " + " | ".join([r] + [f"{b}/{l}" for b, l in vals] + t) + " |")
    return "\n".join(out)


def stats(data):
    c = collections.Counter()
    for kind, doc in data.items():
        for b in doc["blocks"]:
            n = len(b["lines"])
            for key in [(kind, b["lang"]), (kind, b["split"]), (b["lang"], b["split"])]:
                c[key + ("b",)] += 1
                c[key + ("l",)] += n
    get = lambda r, col: (c[(r, col, "b")], c[(r, col, "l")])
    print("Cells are blocks/lines.\n")
    print("### Per kind and language\n")
    print(table(KINDS, LANGS, get, "kind"))
    tb = [sum(c[(k, lg, "b")] for k in KINDS) for lg in LANGS]
    tl = [sum(c[(k, lg, "l")] for k in KINDS) for lg in LANGS]
    print("| total | " + " | ".join(f"{b}/{l}" for b, l in zip(tb, tl)) + f" | {sum(tb)}/{sum(tl)} |")
    print("\n### Per kind and split\n")
    print(table(KINDS, SPLITS, get, "kind"))
    print("\n### Per language and split\n")
    print(table(LANGS, SPLITS, get, "lang"))
    print()
    print("### Language share\n")
    print("| lang | % of blocks | % of lines |\n|---|---|---|")
    for lg, b, l in zip(LANGS, tb, tl):
        print(f"| {lg} | {100*b/sum(tb):.1f} | {100*l/sum(tl):.1f} |")


if __name__ == "__main__":
    data = load()
    errs = validate(data)
    stats(data)
    tb = sum(len(d["blocks"]) for d in data.values())
    tl = sum(len(b["lines"]) for d in data.values() for b in d["blocks"])
    print(f"\nTOTAL: {len(data)} kinds, {tb} blocks, {tl} lines, "
          f"{len({b['lang'] for d in data.values() for b in d['blocks']})} languages")
    if errs:
        print("\nVALIDATION FAILED:")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    print("VALIDATION OK")
