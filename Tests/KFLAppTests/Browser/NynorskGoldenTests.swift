import KFLApp
import KFLCore
import KFLTestSupport
import Testing

/// The main screens in nynorsk (`--sprak nn`), from the same snapshot as the
/// bokmål goldens: the snapshot's instrument is bokmål, the names are not.
@Suite struct NynorskGoldenTests {
    @Test func theCountyAt80x24() throws {
        try Language.$current.withValue(.nynorsk) {
            expectGolden(try BrowserHarness().screen, named: "nn/county-80x24")
        }
    }

    @Test func theCountyAt120x40() throws {
        try Language.$current.withValue(.nynorsk) {
            expectGolden(try BrowserHarness(width: 120, height: 40).screen, named: "nn/county-120x40")
        }
    }

    @Test func aSchoolWithItsDevelopmentAt120x40() throws {
        try Language.$current.withValue(.nynorsk) {
            let browser = try BrowserHarness(width: 120, height: 40)
            browser.search("Rognli")
            expectGolden(browser.screen, named: "nn/school-rognli-120x40")
            browser.press(.character("v"))
            expectGolden(browser.screen, named: "nn/development-rognli-120x40")
        }
    }

    @Test func theFactorDetailAndTheHelpAt80x24() throws {
        try Language.$current.withValue(.nynorsk) {
            let browser = try BrowserHarness()
            browser.search("Rognli")
            browser.press(.tab, .enter)
            expectGolden(browser.screen, named: "nn/detail-rognli-80x24")
            browser.press(.escape, .character("?"))
            expectGolden(browser.screen, named: "nn/help-80x24")
        }
    }
}
