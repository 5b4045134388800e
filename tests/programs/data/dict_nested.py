# Nested dicts: printing, updating inner dicts, equality.
config = {'db': {'host': 'localhost', 'port': '5432'}, 'cache': {'size': '10'}}
print(config)
config['db']['port'] = '6543'
config['log'] = {}
config['log']['level'] = 'debug'
print(config)
print(config['db']['host'], len(config), len(config['log']))
a = {'x': {'y': [1, 2]}}
b = {'x': {'y': [1, 2]}}
print(a == b, a != b)
b['x']['y'].append(3)
print(a == b, a != b)
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} == {1: 'b'}, {} == {})
matrix = {}
for i in range(3):
    matrix[i] = {}
    for j in range(3):
        matrix[i][j] = i * j
print(matrix)
print(str(matrix[2]), repr({'k': {'q': "v"}}))
