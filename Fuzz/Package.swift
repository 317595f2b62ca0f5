// swift-tools-version: 6.0
import PackageDescription

// The fuzzing build: the library sources of the main package (linked under Sources/) compiled again
// with libFuzzer and AddressSanitizer, and one fuzz target over parsing → validation → engine → layout.
// Built and run by run.sh, not by the main package.
let package = Package(
    name: "backprop-site-fuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "BackpropEngine", dependencies: ["CBatchKernels"]),
        .target(
            name: "CBatchKernels", exclude: ["kernels.inc"], cSettings: [.unsafeFlags(["-O3"])],
            linkerSettings: [.linkedLibrary("mvec", .when(platforms: [.linux]))]),
        .target(name: "LessonFormatting", dependencies: ["Yams"]),
        .target(name: "ExampleFile", dependencies: ["BackpropEngine", "LessonFormatting", "Yams"]),
        .target(name: "LessonNotation", dependencies: ["BackpropEngine"]),
        .target(name: "FigureLayout", dependencies: ["BackpropEngine", "LessonFormatting", "LessonNotation"]),
        .executableTarget(name: "ExampleFuzzer", dependencies: ["ExampleFile", "FigureLayout"]),
    ],
    swiftLanguageModes: [.v6]
)
