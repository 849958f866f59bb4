print("bench-capture: see README, Benchmarks")
