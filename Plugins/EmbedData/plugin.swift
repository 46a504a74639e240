import Foundation
import PackagePlugin

/// Embeds every data file of the package (`data/*.json`, `.md`, `.html`,
/// `.css`, `.svg`) into the target as Swift
/// string constants, so that the built `kfl` needs no files beside it.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = context.package.directoryURL.appending(path: "data")
        let inputs = try FileManager.default
            .contentsOfDirectory(at: dataDirectory, includingPropertiesForKeys: nil)
            .filter { ["json", "md", "html", "css", "svg"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        // The build's commit, when the build sets it (`make install`, `make dist`);
        // a plain `swift build` has none and `kfl --version` says so.
        let commit = ProcessInfo.processInfo.environment["KFL_BUILD_COMMIT"].flatMap { $0.isEmpty ? nil : $0 }
        let commitArguments = commit.map { ["--commit", $0] } ?? []
        return [
            .buildCommand(
                displayName: "Embedding data/ into \(target.name)",
                executable: try context.tool(named: "embed-data").url,
                arguments: [output.path] + commitArguments + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
