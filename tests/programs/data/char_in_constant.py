# `ch in " \n\t"`-style tests against short constants (compared code point by code point when
# the left side has one code point) and the substring search for every other length.

def main():
    for t in ["", " ", "a", "\t", "ab", " \n", "\n\t", "é", "xé"]:
        print(repr(t), t in " \n\t\r", t in "aé", t in "", t in "xéy", " " in t)
    count = 0
    text = "hello world\tand\nmore  text\r\n"
    for i in range(len(text)):
        if text[i] in " \n\t\r":
            count += 1
    print(count)


main()
