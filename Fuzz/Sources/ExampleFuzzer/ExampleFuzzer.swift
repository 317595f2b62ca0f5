import ExampleFile
import FigureLayout
import Foundation
import LessonFormatting

/// One fuzz input is the text of an example file. It goes the way `build` takes it: parsed and
/// validated; when valid, its walkthrough computed and every figure laid out in both languages. Errors
/// are expected answers; a crash, a sanitizer report or a hang is a finding.
enum ExampleFuzzer {
    /// Training is capped so that one input takes milliseconds; long training is the same code
    /// repeated (TrainingHistory), which the first epochs already cover.
    static let mostEpochs = 20
    static let mostSteps = 2

    /// Lengths in measured text: 0.6 em per character, enough to exercise the layout's placement.
    struct Measurer: TextMeasuring {
        func measure(_ text: String, font: FontStyle) -> TextMetrics {
            TextMetrics(width: 0.6 * font.size * Double(text.count), ascent: 0.9 * font.size, descent: 0.2 * font.size)
        }
    }

    /// The string tables of Templates/strings, read once, from the folder given by
    /// `BACKPROP_SITE_TEMPLATES` (run.sh sets it).
    static let tables: [StringTable] = Language.allCases.map { language in
        let folder = ProcessInfo.processInfo.environment["BACKPROP_SITE_TEMPLATES"] ?? "Templates"
        let path = "\(folder)/strings/\(language.code).yaml"
        guard let data = FileManager.default.contents(atPath: path),
              let table = try? StringTable.parse(yaml: String(decoding: data, as: UTF8.self), language: language)
        else { fatalError("cannot read the string table \(path)") }
        return table
    }

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var example = try? Example.parse(yaml: String(decoding: bytes, as: UTF8.self), path: "fuzz.yaml") else {
            return
        }
        example.epochs = min(example.epochs, mostEpochs)
        example.steps = min(example.steps, mostSteps)
        guard let walkthrough = try? example.walkthrough() else { return }
        if example.network.weights.reduce(0, { $0 + $1.rows * $1.columns }) <= 64 {
            _ = walkthrough.gradientCheck()
        }
        for table in tables {
            let context = FigureContext(strings: table, theme: .light, precision: example.precision, measurer: Measurer())
            for kind in FigureKind.allCases {
                for step in 0..<walkthrough.steps.count {
                    _ = try? kind.scene(walkthrough: walkthrough, step: step, context: context)
                }
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    ExampleFuzzer.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
