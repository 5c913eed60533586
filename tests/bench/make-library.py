#!/usr/bin/env python3
"""Writes a library COPIES times the shipped one, for the scale benchmarks.

Usage: tests/bench/make-library.py OUT COPIES

Copy k of every shipped module (and of its az and ru translations) goes to OUT (or OUT/<lang>)
with every id and every reference to one suffixed "-k<k>", its order moved past the other
copies, and " (k)" after its title, so that the loader takes the copies as distinct modules.
Citations keep pointing at the shipped bibliography (lessons/sources.xml). Load the result
with `--lessons OUT`: the shipped modules count as copy 0.
"""
import pathlib
import re
import sys

ID_ATTRIBUTES = ("id", "ref", "fact", "person")


def copy_of(text: str, k: int, modules: int, sources: set) -> str:
    def rename(match: re.Match) -> str:
        tag, attrs = match.group(1), match.group(2)

        def attr(m: re.Match) -> str:
            name, value = m.group(1), m.group(2)
            if name in ID_ATTRIBUTES and value and value not in sources:
                return f'{name}="{value}-k{k}"'
            if name == "order" and tag == "module":
                return f'order="{int(value) + k * modules}"'
            return m.group(0)

        return "<" + tag + re.sub(r'\b([a-z-]+)="([^"]*)"', attr, attrs)

    text = re.sub(r"<([a-z-]+)(\s[^>]*)", rename, text)
    return re.sub(r"(<title>)(.*?)(</title>)", lambda m: f"{m.group(1)}{m.group(2)} ({k}){m.group(3)}",
                  text, count=1)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out, copies = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    lessons = pathlib.Path(__file__).resolve().parent.parent.parent / "lessons"
    sources = set(re.findall(r'<source[^>]*\sid="([^"]*)"', (lessons / "sources.xml").read_text()))
    for sub in ("", "az", "ru"):
        files = sorted((lessons / sub).glob("[0-9]*.xml"))
        (out / sub).mkdir(parents=True, exist_ok=True)
        for k in range(1, copies):
            for f in files:
                text = copy_of(f.read_text(encoding="utf-8"), k, len(files), sources)
                (out / sub / f"{f.stem}-k{k}.xml").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
