print("Straße".casefold())
