import KFLCore

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

/// The most memory this process has held, for the benchmarks.
enum PeakMemory {
    static func bytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        // Glibc imports RUSAGE_SELF as a case of the enum __rusage_who.
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Platform.current.bytes(maxResidentSetSize: Int(usage.ru_maxrss))
    }
}
