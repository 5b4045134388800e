# ZeroDivisionError from true division by an int zero ("division by zero") after a few
# successful divisions.


def rates(distances, times):
    for i in range(len(distances)):
        speed = distances[i] / times[i]
        print(distances[i], times[i], speed)


def total_time(times):
    t = 0
    for x in times:
        t += x
    return t


rates([100, 42, 7], [9, 6, 2])
print("total", total_time([9, 6, 2]))
rates([10, 20, 30], [2, 0, 5])
print("not reached")
