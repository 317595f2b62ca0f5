// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "backprop-site",
    products: [
        .executable(name: "backprop-site", targets: ["backprop-site"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The sockets of `serve`'s HTTP server: FlyingSocks only (light, no SwiftNIO, so a fresh machine's
        // first build stays short). Its sibling FlyingFox, the HTTP layer, links FoundationNetworking and
        // so libcurl into every start of the program; the server's HTTP is SiteServer's own.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // The maths: forward pass, cost, BP1–BP4, update, training, computational graph. No dependencies
        // but its own vector kernels.
        .target(name: "BackpropEngine", dependencies: ["CBatchKernels"]),
        // The inner loops of batched training (matrix products, exp/tanh/log over whole buffers) with
        // the processor's vector instructions, optimized even in debug builds.
        .target(
            name: "CBatchKernels",
            exclude: ["kernels.inc"],
            cSettings: [.unsafeFlags(["-O3"])],
            linkerSettings: [.linkedLibrary("mvec", .when(platforms: [.linux]))]
        ),
        // Languages, user text in both languages, number formatting and string tables.
        .target(name: "LessonFormatting", dependencies: ["Yams"]),
        // The lesson's notation, defined once: symbols and their indices (layer, neuron, example), how each
        // activation is written, and what the notation table and the glossary list.
        .target(name: "LessonNotation", dependencies: ["BackpropEngine"]),
        // The lesson's equations as plain formula trees (symbolic → with numbers → result), from the engine's
        // numbers; pages write them as MathML. No I/O, no markup.
        .target(name: "LessonMath", dependencies: ["BackpropEngine", "LessonFormatting", "LessonNotation"]),
        // Practice: exercises from the engine's numbers (z and a, the cost, BP1, BP2, ∂C/∂w, the update),
        // with their working as formula trees, for the pages and for worksheet variants drawn from a seed.
        .target(name: "LessonExercises", dependencies: ["BackpropEngine", "LessonFormatting", "LessonMath"]),
        // Example YAML files → validated `Example` values, with file:line:column errors.
        .target(name: "ExampleFile", dependencies: ["BackpropEngine", "LessonFormatting", "Yams"]),
        // Figures as plain geometry (scenes of shapes and measured text); no Cairo here.
        .target(name: "FigureLayout", dependencies: ["BackpropEngine", "LessonFormatting", "LessonNotation"]),
        // Printable worksheets and their answer key as A4 pages of plain geometry (scenes); no Cairo here.
        .target(name: "WorksheetLayout", dependencies: ["BackpropEngine", "LessonFormatting", "LessonMath", "LessonExercises", "FigureLayout"]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The figures' face, DejaVu Sans, in the program itself: figures measure and look the same on every
        // machine, whatever fonts and font configuration it has, and no process reads fontconfig's.
        .target(name: "CFigureFont", exclude: ["fonts"], cSettings: [.unsafeFlags(["-std=c23"])]),
        // Draws scenes with Cairo to SVG, PNG and PDF.
        .target(name: "CairoRendering", dependencies: ["FigureLayout", "CCairo", "CZlib", "CFigureFont"]),
        // The default templates, strings, stylesheet and font, embedded from Templates/ at build time.
        .executableTarget(name: "template-embedder", dependencies: ["LessonFormatting"]),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["template-embedder"]),
        .target(name: "BuiltInTemplates", plugins: ["EmbedTemplates"]),
        // `init` and `new`: a course folder and new example files, as text.
        .target(name: "CourseScaffold", dependencies: ["BackpropEngine", "ExampleFile"]),
        // `serve`: the built site over HTTP, confined to its folder, with live reload and the build-error overlay.
        .target(name: "SiteServer", dependencies: [.product(name: "FlyingSocks", package: "FlyingFox")]),
        // Equations typeset as scenes (TeX's spacing, fractions, scripts, matrices, aligned derivations)
        // and the equation slides of the deck; the same formula trees as the pages.
        .target(name: "MathLayout", dependencies: ["LessonMath", "FigureLayout", "BackpropEngine", "LessonFormatting"]),
        // The lesson's equations as LaTeX (amsmath align, bmatrix) for Beamer.
        .target(name: "LaTeXExport", dependencies: ["LessonMath", "BackpropEngine", "LessonFormatting"]),
        // The atomic swap of two folders (renameat2), for publishing a site whole or not at all.
        .target(name: "CFileSwap"),
        // Pages: templates, string tables, MathML, and the build steps that write the site.
        .target(
            name: "SiteGenerator",
            dependencies: [
                "BackpropEngine", "LessonFormatting", "LessonNotation", "LessonMath", "LessonExercises", "ExampleFile",
                "FigureLayout", "CairoRendering", "CFileSwap", "MathLayout",
                .product(name: "Mustache", package: "swift-mustache"),
                "Yams",
            ]
        ),
        // The commands, as a library the tests can drive.
        .target(
            name: "BackpropSiteCLI",
            dependencies: [
                "BackpropEngine", "LessonFormatting", "LessonNotation", "LessonMath", "ExampleFile", "FigureLayout",
                "CairoRendering", "SiteGenerator", "LessonExercises", "WorksheetLayout", "MathLayout", "LaTeXExport",
                "BuiltInTemplates", "CourseScaffold", "SiteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "backprop-site", dependencies: ["BackpropSiteCLI"]),
        // `make bench`: the site build, the figures and the engine, timed against graphviz and numpy.
        .executableTarget(
            name: "backprop-bench",
            dependencies: [
                "BackpropEngine", "LessonFormatting", "ExampleFile", "FigureLayout", "CairoRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "BackpropEngineTests", dependencies: ["BackpropEngine", "CBatchKernels", "ExampleFile"]),
        .testTarget(name: "LessonFormattingTests", dependencies: ["LessonFormatting"]),
        .testTarget(name: "LessonNotationTests", dependencies: ["LessonNotation"]),
        .testTarget(name: "ExampleFileTests", dependencies: ["ExampleFile", "Yams"], exclude: ["BadInputs", "BeyondSchemaBadInputs.txt"]),
        .testTarget(name: "FigureLayoutTests", dependencies: ["FigureLayout", "ExampleFile", "CairoRendering"], exclude: ["Snapshots"]),
        .testTarget(name: "CairoRenderingTests", dependencies: ["CairoRendering"]),
        .testTarget(name: "SiteGeneratorTests", dependencies: ["SiteGenerator", "LessonMath", "LessonExercises"], exclude: ["Snapshots"]),
        .testTarget(name: "LessonExercisesTests", dependencies: ["LessonExercises", "ExampleFile"]),
        .testTarget(name: "WorksheetLayoutTests", dependencies: ["WorksheetLayout", "CairoRendering", "ExampleFile"]),
        .testTarget(name: "BackpropSiteCLITests", dependencies: ["BackpropSiteCLI", "BuiltInTemplates"]),
        .testTarget(name: "SiteServerTests", dependencies: ["SiteServer", .product(name: "FlyingSocks", package: "FlyingFox")]),
        .testTarget(name: "CourseScaffoldTests", dependencies: ["CourseScaffold", "ExampleFile", "Yams"]),
        .testTarget(
            name: "MathLayoutTests", dependencies: ["MathLayout", "CairoRendering", "ExampleFile", "BackpropEngine"], exclude: ["Snapshots"]),
        .testTarget(name: "LaTeXExportTests", dependencies: ["LaTeXExport", "ExampleFile"]),
    ],
    swiftLanguageModes: [.v6]
)

// Release builds (`make install`, `make bench`) link the Swift runtime and Foundation into the program
// (`-static-stdlib`): a process then starts without loading a dozen Swift libraries and binding
// thousands of symbols across them, most of `render`'s start-up (Benchmarks/README.md, issue 11).
// Debug builds, which the tests use, stay dynamic. Every module of this package is compiled with the
// flag too, against the same (static) Foundation the program is linked with, as
// `swift build --static-swift-stdlib` does; being in the manifest, it also holds for the build that
// `swift package plugin generate-manual` makes, so `make install` builds the release only once.
for target in package.targets where target.type != .system && target.type != .plugin {
    let staticStdlib = ["-static-stdlib"]
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(staticStdlib, .when(platforms: [.linux], configuration: .release))]
    if target.type == .executable {
        target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(staticStdlib, .when(platforms: [.linux], configuration: .release))]
    }
}
