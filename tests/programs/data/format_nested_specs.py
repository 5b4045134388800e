# Format specs computed at run time: nested fields in f-strings ({x:{width}}, {x:{fill}{align}{width}.{precision}f}) and in str.format templates, with the errors of bad specs caught.
def table(width: int, precision: int, fill: str, align: str) -> None:
    x = 3.14159265
    n = 1234567
    s = "wyrm"
    print(f"[{x:{width}}] [{x:{width}.{precision}f}] [{x:{fill}{align}{width}.{precision}e}] [{n:{fill}{align}{width},}] [{s:{fill}{align}{width}}]")
    print("[{0:{1}}] [{2:{w}.{p}f}] [{0:{f}{a}{w}}]".format(s, width, x, w=width, p=precision, f=fill, a=align))


table(10, 2, "*", "^")
table(3, 0, "0", ">")
table(12, 5, "é", "<")

specs = [">8", "x", ".3", "q", ",d", "=+9", "z.2f", "c"]
for spec in specs:
    for value in [255, -7]:
        try:
            print(spec, "->", f"[{value:{spec}}]")
        except ValueError as e:
            print(spec, "-> ValueError:", e)
        except OverflowError as e:
            print(spec, "-> OverflowError:", e)
    try:
        print(spec, "->", f"[{2.5:{spec}}]", f"[{'text':{spec}}]")
    except ValueError as e:
        print(spec, "-> ValueError:", e)
