# input(): prompts, lines read until EOFError, non-ASCII text, a last input() at the end of the input.
name = input("Your name? ")
print("Hello,", name + "!")
total = 0
count = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    for word in line.split():
        total += int(word)
        count += 1
print("numbers:", count, "sum:", total)
print(repr(input("again? ")))
