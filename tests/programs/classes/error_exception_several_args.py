# An uncaught user exception made with several arguments: the traceback's last line shows
# str(e), the text of the tuple of its arguments; the exit status is 1.


class ConfigError(Exception):
    pass


def load(settings, name):
    if name not in settings:
        raise ConfigError("missing setting", name, len(settings))
    return settings[name]


def main():
    settings = {"width": 80, "height": 24}
    print(load(settings, "width"))
    print(load(settings, "depth"))


main()
