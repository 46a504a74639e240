import Testing

@testable import KFLCore

@Suite struct StudentTTests {
    @Test(
        "the 97.5 % quantile for non-integer degrees of freedom matches reference values",
        arguments: [
            (1.0, 12.706204736174694), (1.5, 6.016663104427929), (2.0, 4.302652729749462), (2.5, 3.5746548420036817),
            (3.7, 2.8675207071911895), (7.0, 2.364624251592784), (13.4, 2.1538314641328244), (30.0, 2.0422724563012378),
            (57.9, 2.001791094980003), (118.0, 1.980272249272974), (1000.0, 1.9623390808264083),
        ])
    func quantiles(df: Double, expected: Double) {
        // Reference values: scipy.stats.t.ppf(0.975, df).
        #expect(abs(StudentT.quantile975(degreesOfFreedom: df) - expected) < 1e-9, "df \(df)")
    }

    @Test("the distribution function at the quantile is 0.975, and symmetric")
    func distributionFunction() {
        for df in [1.0, 1.3, 4.0, 9.9, 25.5, 300.0] {
            let q = StudentT.quantile975(degreesOfFreedom: df)
            #expect(abs(StudentT.cdf(q, degreesOfFreedom: df) - 0.975) < 1e-12)
            #expect(abs(StudentT.cdf(-q, degreesOfFreedom: df) - 0.025) < 1e-12)
            #expect(StudentT.cdf(0, degreesOfFreedom: df) == 0.5)
        }
    }

    @Test("the quantile falls smoothly between whole degrees of freedom")
    func monotoneBetweenIntegers() {
        var previous = Double.infinity
        for step in 10...400 {
            let q = StudentT.quantile975(degreesOfFreedom: Double(step) / 10)
            #expect(q < previous, "df \(Double(step) / 10)")
            previous = q
        }
    }
}
