# Non-ASCII identifiers, NFKC-normalized as CPython does.
café = 1
naïve = 2
π = 3.14159
变量 = 'chinese'
переменная = 'russian'
ﬁle = 'ligature fi normalizes to fi'
ℌ = 'script H normalizes to H'
Ω = 'ohm sign normalizes to omega'
def функция(параметр): return параметр
class Ñandú: pass
print(café, naïve, π, 变量, file, H)
_私 = 1
