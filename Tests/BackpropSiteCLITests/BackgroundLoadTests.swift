@testable import BackpropSiteCLI
import Testing

/// Work started on a thread of its own gives its value, or its error, to every caller that waits.
@Suite struct BackgroundLoadTests {
    struct Failure: Error, Equatable {}

    @Test func theValueReachesEveryCaller() throws {
        let load = BackgroundLoad { (1...1000).reduce(0, +) }
        #expect(try load.value() == 500_500)
        #expect(try load.value() == 500_500)
    }

    @Test func theErrorIsThrownWhereTheValueIsTaken() {
        let load = BackgroundLoad { () throws -> Int in throw Failure() }
        #expect(throws: Failure()) { try load.value() }
    }
}
