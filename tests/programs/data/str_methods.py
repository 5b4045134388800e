# str methods: strip, split, find, count, case mapping (including German sharp s and the Greek final sigma), join, replace, character classes, padding, splitlines, title, partition, repetition, index errors.
s = "  Hello, World! Hello again.  "
print(s.strip(), "|", s.lstrip(), "|", s.rstrip(), "|")
print(s.split(), s.split(","), s.split(" ", 2), s.rsplit(None, 1))
print(s.find("Hello"), s.rfind("Hello"), s.find("zzz"), s.count("l"), s.count(""))
print(s.upper(), s.lower(), "ß straße".upper(), "ΟΔΟΣ ΟΔΟΣ".lower())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(s.split()))
print(s.replace("Hello", "Bye"), "abc".replace("", "-"), "aaa".replace("a", "b", 2))
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "ABC".isupper(), "abc".islower(), "Title Case".istitle())
print("x".center(5, "*"), "x".ljust(4) + "|", "x".rjust(4, "-"), "-42".zfill(6), "42".zfill(5))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("hello world".title(), "hello".capitalize(), "AbC".swapcase())
print("a,b,c".partition(","), "a,b,c".rpartition(","), "abc".startswith("ab"), "abc".endswith("bc"))
print("ab" * 3, 3 * "-", "a\tb".expandtabs(4))
try:
    "abc".index("z")
except ValueError as e:
    print("error:", e)
