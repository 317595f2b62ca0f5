import Foundation

/// Times `backprop-site build` as a user runs it, on copies of the shipped examples and templates:
/// a clean build, a rebuild with nothing changed, a rebuild after one weight changed, and clean builds
/// of 1, 2, 4 and 8 copies of the examples (which should take time in proportion).
struct SiteBenchmark {
    /// The release `backprop-site` executable.
    var executable: String
    var examples: String
    var templates: String
    /// A scratch folder, emptied first.
    var scratch: String
    var runs: Int

    private var manager: FileManager { .default }

    func run(into report: inout BenchmarkReport) throws {
        print("Site build (\(runs) runs each, median)")
        try? manager.removeItem(atPath: scratch)
        let examplesCopy = "\(scratch)/Examples", templatesCopy = "\(scratch)/Templates", out = "\(scratch)/site"
        try manager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try manager.copyItem(atPath: examples, toPath: examplesCopy)
        try manager.copyItem(atPath: templates, toPath: templatesCopy)

        func build(_ examples: String) throws { try Subprocess.run([executable, "build", "--examples", examples, "--templates", templatesCopy, "--out", out]) }

        let clean = try Stopwatch.median(runs: runs) {
            try? manager.removeItem(atPath: out)
            try build(examplesCopy)
        }
        report.time("site", "clean build", clean, atMost: 1.5)
        let noChange = try Stopwatch.median(runs: runs, warmUp: 1) { try build(examplesCopy) }
        report.time("site", "rebuild, nothing changed", noChange, atMost: 0.1)

        let edited = "\(examplesCopy)/paso-a-paso.yaml"
        let original = try String(contentsOfFile: edited, encoding: .utf8)
        guard original.contains("[[0.11, 0.21]") else { throw SiteBenchmarkError.noWeightToChange(edited) }
        var edits = 0
        let oneWeight = try Stopwatch.median(runs: runs) {
            edits += 1
            // Alternates between two new values of w1, so every run sees a real change.
            try original.replacingOccurrences(of: "[[0.11, 0.21]", with: "[[0.1\(edits % 2 == 0 ? 3 : 4), 0.21]")
                .write(toFile: edited, atomically: true, encoding: .utf8)
            try build(examplesCopy)
        }
        try original.write(toFile: edited, atomically: true, encoding: .utf8)
        report.time("site", "rebuild, one weight changed", oneWeight, atMost: 0.5)

        var single = 0.0
        for copies in [1, 2, 4, 8] {
            let folder = try makeCopies(copies, of: examplesCopy)
            let seconds = try Stopwatch.median(runs: max(1, runs - 2)) {
                try? manager.removeItem(atPath: out)
                try build(folder)
            }
            if copies == 1 { single = seconds }
            let perCopy = seconds / (Double(copies) * single)
            report.time("site", "clean build, \(copies)× the examples", seconds)
            if copies > 1 {
                report.check(
                    "site", "\(copies)× the examples: time per copy relative to 1×", perCopy, unit: "",
                    target: "≤ 1.25 (linear)", met: perCopy <= 1.25)
            }
        }
    }

    /// A folder holding `copies` copies of every example, each copy with its own id.
    private func makeCopies(_ copies: Int, of folder: String) throws -> String {
        let destination = "\(scratch)/Examples-\(copies)x"
        try? manager.removeItem(atPath: destination)
        try manager.createDirectory(atPath: destination, withIntermediateDirectories: true)
        for file in try manager.contentsOfDirectory(atPath: folder).sorted() where file.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
            for copy in 1...copies {
                let suffix = copy == 1 ? "" : "-\(copy)"
                let renamed = text.replacingOccurrences(
                    of: #"(?m)^id: ([a-z0-9-]+)"#, with: "id: $1\(suffix)", options: .regularExpression)
                try renamed.write(
                    toFile: "\(destination)/\(file.dropLast(5))\(suffix).yaml", atomically: true, encoding: .utf8)
            }
        }
        return destination
    }
}

enum SiteBenchmarkError: Error, CustomStringConvertible {
    case noWeightToChange(String)

    var description: String {
        switch self {
        case .noWeightToChange(let path): "\(path): expected the weights of the seed-004 example ([[0.11, 0.21] …) to edit"
        }
    }
}
