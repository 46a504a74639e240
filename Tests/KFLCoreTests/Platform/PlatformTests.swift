import Testing

@testable import KFLCore

/// What differs between Linux and macOS, checked for both on either.
@Suite struct PlatformTests {
    @Test func peakMemoryIsKibibytesOnLinuxAndBytesOnMacOS() {
        #expect(Platform.linux.bytes(maxResidentSetSize: 2048) == 2_097_152)
        #expect(Platform.macOS.bytes(maxResidentSetSize: 2_097_152) == 2_097_152)
    }

    @Test func theDataFolderFollowsEachPlatformsConvention() {
        #expect(Platform.linux.dataFolder == ".local/share")
        #expect(Platform.macOS.dataFolder == "Library/Application Support")
    }

    @Test func thisBuildKnowsWhichPlatformItIsFor() {
        #if os(macOS)
        #expect(Platform.current == .macOS)
        #else
        #expect(Platform.current == .linux)
        #endif
    }
}
