import Testing

@Suite struct PackageSkeletonTests {
    @Test("the test target builds") func builds() { #expect(1 + 1 == 2) }
}
