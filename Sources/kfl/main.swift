import Foundation
import KFLCLI

exit(KFLCLI.main(Array(CommandLine.arguments.dropFirst())))
