import KFLCLI

#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif

exit(KFLCLI.main(Array(CommandLine.arguments.dropFirst())))
