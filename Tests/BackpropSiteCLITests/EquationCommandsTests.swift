import Foundation
import LessonFormatting
import Testing
@testable import BackpropSiteCLI

/// `deck --equations`, `render --equation` and `trace --format latex`, run as a user runs them.
@Suite struct EquationCommandsTests {
    static let pdflatex: String? = ["/usr/bin/pdflatex", "/usr/local/bin/pdflatex"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let pdftotext: String? = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `tool` with `arguments` in `folder`; its exit status and output.
    static func tool(_ tool: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theDeckWithEquationsHasMoreSlidesThanFigures() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try CommandLineTests.run(["deck", "Examples/paso-a-paso.yaml", "-o", folder.appendingPathComponent("a.pdf").path])
        let lecture = try CommandLineTests.run([
            "deck", "Examples/paso-a-paso.yaml", "--equations", "--lang", "en", "-o", folder.appendingPathComponent("b.pdf").path,
        ])
        #expect(plain.status == 0 && lecture.status == 0, "\(lecture.error)")
        // The same title slide and figure slides (split into parts alike), and ten equation slides:
        // the forward pass of layers 2 and 3, the cost, BP1, BP2, BP3 and BP4 of layers 3 and 2, the
        // updates of layers 2 and 3, the new cost.
        func slides(_ output: String) -> Int? {
            output.firstRange(of: /\((\d+) slides/).flatMap { Int(output[$0].dropFirst().prefix { $0.isNumber }) }
        }
        let figures = try #require(slides(plain.output)), all = try #require(slides(lecture.output))
        #expect(figures == 10)
        #expect(all - figures == 10)
    }

    @Test(arguments: ["svg", "png", "pdf"])
    func renderDrawsOneEquationInEveryFormatAndTheme(format: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for theme in ThemeName.allCases {
            let path = folder.appendingPathComponent("bp2-\(theme.rawValue).\(format)").path
            let run = try CommandLineTests.run([
                "render", "Examples/red-profunda.yaml", "--equation", "bp2", "--layer", "3", "--theme", theme.rawValue,
                "--format", format, "-o", path,
            ])
            #expect(run.status == 0, "\(run.error)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(bytes.count > 1000)
            if format == "svg" { #expect(String(decoding: bytes, as: UTF8.self).contains("<title>bp2-layer3</title>")) }
        }
    }

    @Test func renderRejectsALayerWithoutThatEquation() throws {
        let run = try CommandLineTests.run(["render", "Examples/paso-a-paso.yaml", "--equation", "bp2", "--layer", "3"])
        #expect(run.status == 2)
        #expect(run.error.contains("--layer 3 has no --equation bp2") && run.error.contains("choose one of 2"))
        let neither = try CommandLineTests.run(["render", "Examples/paso-a-paso.yaml"])
        #expect(neither.status == 2 && neither.error.contains("--figure NAME or --equation NAME"))
    }

    /// Given values are written as the example file writes them, as on the pages and slides: XOR's
    /// λ = 0.001, W⁽²⁾'s −0.16 and the input 1, not 0.001000, −0.1600 and 1.000.
    @Test func theLaTeXExportWritesGivenValuesAsWritten() throws {
        let latex = try CommandLineTests.run(["trace", "Examples/xor.yaml", "--format", "latex", "--lang", "en"])
        #expect(latex.status == 0, "\(latex.error)")
        #expect(latex.output.contains("0.001 \\begin{bmatrix} -0.16 & 0.36"))
        #expect(!latex.output.contains("0.001000") && !latex.output.contains("& 1.000 "))
    }

    /// The export compiles in a Beamer deck, one frame per equation, and the PDF shows every number
    /// of `trace --format json` that the lesson writes out, rounded to the example's precision, with
    /// the language's decimal separator.
    @Test(.enabled(if: Self.pdflatex != nil && Self.pdftotext != nil),
          arguments: [("paso-a-paso", "en"), ("xor", "es"), ("clasificador-softmax", "en")])
    func theLaTeXExportCompilesAndShowsTheTraceNumbers(name: String, language: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let latex = try CommandLineTests.run(["trace", "Examples/\(name).yaml", "--format", "latex", "--lang", language])
        #expect(latex.status == 0, "\(latex.error)")
        try latex.output.write(to: folder.appendingPathComponent("equations.tex"), atomically: true, encoding: .utf8)
        let names = try #require(latex.output.split(separator: "\n").first { $0.hasPrefix("% Names: ") })
            .dropFirst("% Names: ".count).split(separator: " ")
        #expect(names.contains("bp1-layer3") || names.contains("bp1-layer3-example1"))
        let frames = names.map { "\\begin{frame}{\($0)}\\bpequation{\($0)}\\end{frame}" }.joined(separator: "\n")
        let deck = "\\documentclass{beamer}\n\\usepackage{amsmath}\n\\input{equations.tex}\n\\begin{document}\n\(frames)\n\\end{document}\n"
        try deck.write(to: folder.appendingPathComponent("deck.tex"), atomically: true, encoding: .utf8)
        let compiled = try Self.tool(Self.pdflatex!, ["-interaction=nonstopmode", "-halt-on-error", "deck.tex"], in: folder)
        #expect(compiled.status == 0, "\(compiled.output.suffix(2000))")
        let text = try Self.tool(Self.pdftotext!, ["deck.pdf", "-"], in: folder).output
        #expect(text.split(separator: "\u{0C}").count >= names.count)

        let json = try CommandLineTests.run(["trace", "Examples/\(name).yaml", "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let precision = try Self.precision(of: name)
        let step = try #require((root["steps"] as? [[String: Any]])?.first)
        var numbers: [Double] = [try #require(step["loss"] as? Double), try #require(step["loss_after"] as? Double)]
        for layer in try #require(step["layers"] as? [[String: Any]]) {
            for key in ["z", "a", "delta"] {
                numbers += (try #require(layer[key] as? [[Double]])).prefix(1).flatMap { $0 }
            }
            for key in ["weights", "weight_gradient", "updated_weights"] {
                numbers += (try #require(layer[key] as? [[Double]])).flatMap { $0 }
            }
            numbers += try #require(layer["bias_gradient"] as? [Double])
        }
        // Rounded as the pages round (NumberFormat), the sign left out: TeX's minus is a separate glyph.
        let format = NumberFormat(precision: precision, decimalSeparator: language == "es" ? "," : ".")
        // JSONSerialization on Linux reads numbers through Decimal, so a value on a rounding tie (−0.12135)
        // may come back a hair to either side of the engine's: either rounding of such a tie is accepted.
        // A given value (a starting weight, an input) is written as the example file writes it: 0.11.
        func written(_ value: Double) -> Set<String> {
            Set([value, value + 1e-12, value - 1e-12].map { format.string($0).replacingOccurrences(of: format.minusSign, with: "") })
                .union([String(abs(value)).replacingOccurrences(of: ".", with: format.decimalSeparator)])
        }
        // A tiny value is set as 6.38 × 10^{-5}, which pdftotext reads as "6.38 × 10−5": compared without
        // spaces, the superscript exponent as plain digits.
        let superscripts = Dictionary(uniqueKeysWithValues: zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789−"))
        let unspaced = text.filter { !$0.isWhitespace }
        func found(_ value: Double) -> Bool {
            written(value).contains { number in
                guard format.parts(value).exponent != nil else { return text.contains(number) }
                return unspaced.contains(String(number.map { superscripts[$0] ?? $0 }))
            }
        }
        let missing = numbers.filter { !found($0) }
        #expect(missing.isEmpty, "not in the PDF: \(missing)")
    }

    static func precision(of name: String) throws -> Int {
        let text = try String(contentsOf: CommandLineTests.root.appendingPathComponent("Examples/\(name).yaml"), encoding: .utf8)
        let line = text.split(separator: "\n").first { $0.hasPrefix("precision:") }
        return line.flatMap { Int($0.dropFirst("precision:".count).trimmingCharacters(in: .whitespaces)) } ?? 4
    }
}
