ages = {'alice': 30}
ages['bob'] = 25
ages[3] = 40
