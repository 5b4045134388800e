clef = '\ud834\udd1e'
print(len(clef))
