# remove() of a missing element raises KeyError with its repr.
s = {'a', 'b'}
try:
    s.remove('zz')
except KeyError as e:
    print('caught', e)
nums = {1, 2}
nums.remove(1)
print(nums)
nums.remove(7)
