# f-string format specs on strs: fill and alignment, width, precision (truncation), non-ASCII text and fill characters, empty strings, and !r / !s conversions with specs.
def show(s: str) -> None:
    print(f"[{s}] [{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:*^11}] [{s:.3}] [{s:>8.2}] [{s:_<6.4}] [{s:s}]")
    print(f"[{s!r}] [{s!r:>12}] [{s!s:^9}] [{s!r:.4}] [{s:é^9}] [{s:😀>7}] [{s:0<6}] [{s:=<5}]")


for s in ["", "a", "abc", "hello world", "naïve", "日本語", "😀x", "it's", 'say "hi"', "tab\there", "a\\b"]:
    show(s)
