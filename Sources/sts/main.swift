print("sts")
