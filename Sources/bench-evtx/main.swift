print("bench-evtx: see README, Benchmarks")
