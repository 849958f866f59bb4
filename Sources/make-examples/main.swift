import CaseFixtures

print("make-examples: \(FixtureClock.incident)")
