import Foundation
import PackagePlugin

/// Embeds the package's Templates/ folder (templates, string tables, stylesheet, math font) in the
/// target as a generated Swift source, so the built binary carries its default templates and works
/// from any folder, even copied alone. Every file of Templates/ is an input: editing one regenerates it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates+Files.swift")
        let files = (FileManager.default.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true } ?? [])
            .sorted { $0.path < $1.path }
        return [
            .buildCommand(
                displayName: "Embedding Templates/ in \(target.name)",
                executable: try context.tool(named: "template-embedder").url,
                arguments: [templates.path, output.path],
                inputFiles: files,
                outputFiles: [output])
        ]
    }
}
