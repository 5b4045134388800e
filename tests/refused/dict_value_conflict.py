def make():
    return {'a': 1}


table = make()
table['b'] = 'two'
