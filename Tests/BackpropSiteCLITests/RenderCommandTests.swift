import FigureLayout
import Foundation
import LessonFormatting
import Testing
@testable import BackpropSiteCLI

/// `render` and `deck` run as a user runs them: the files they write, and their answers to mistakes.
@Suite struct RenderCommandTests {
    static let example = "Examples/paso-a-paso.yaml"

    /// A new empty folder, removed by `body`'s end.
    func inFreshFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Width and height from a PNG's IHDR chunk, after checking the signature.
    func pngSize(_ data: Data) -> (width: UInt32, height: UInt32)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        func bigEndian(_ at: Int) -> UInt32 { bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        return (bigEndian(16), bigEndian(20))
    }

    func pdfPageCount(_ data: Data) -> Int {
        String(decoding: data, as: UTF8.self).matches(of: /\/Type\s*\/Page[^s]/).count
    }

    @Test(arguments: FigureKind.allCases, ["svg", "png", "pdf"])
    func drawsEveryFigureInEveryFormat(_ figure: FigureKind, _ format: String) throws {
        try inFreshFolder { folder in
            let file = folder.appendingPathComponent("\(figure.rawValue).\(format)")
            let run = try CommandLineTests.run(
                ["render", Self.example, "--figure", figure.rawValue, "--format", format, "-o", file.path])
            #expect(run.status == 0, "\(run.error)")
            #expect(run.output.contains(file.path))
            let data = try Data(contentsOf: file)
            switch format {
            case "png":
                let size = try #require(pngSize(data))
                #expect(size.width > 0 && size.height > 0)
            case "pdf":
                #expect(data.starts(with: Array("%PDF-".utf8)))
                #expect(pdfPageCount(data) == 1)
            default:
                let svg = String(decoding: data, as: UTF8.self)
                #expect(svg.hasPrefix("<?xml"))
                #expect(svg.contains("<svg"))
            }
        }
    }

    @Test func scaleSetsThePixelsPerFigureUnit() throws {
        try inFreshFolder { folder in
            var sizes: [(width: UInt32, height: UInt32)] = []
            for scale in ["1", "3"] {
                let file = folder.appendingPathComponent("network-\(scale).png")
                let run = try CommandLineTests.run(
                    ["render", Self.example, "--figure", "network", "--format", "png", "--scale", scale, "-o", file.path])
                #expect(run.status == 0, "\(run.error)")
                sizes.append(try #require(pngSize(try Data(contentsOf: file))))
            }
            #expect(abs(Int(sizes[1].width) - 3 * Int(sizes[0].width)) <= 2)
            #expect(abs(Int(sizes[1].height) - 3 * Int(sizes[0].height)) <= 2)
        }
    }

    @Test func dotExportsTheGraph() throws {
        try inFreshFolder { folder in
            let file = folder.appendingPathComponent("graph.dot")
            let run = try CommandLineTests.run(
                ["render", Self.example, "--figure", "graph", "--format", "dot", "--lang", "en", "-o", file.path])
            #expect(run.status == 0, "\(run.error)")
            let dot = try String(contentsOf: file, encoding: .utf8)
            #expect(dot.hasPrefix("digraph "))
            #expect(dot.contains("rankdir=LR"))
            #expect(dot.contains("dir=back"))
        }
    }

    @Test func theDefaultFileIsNamedAfterExampleFigureAndLanguage() throws {
        let expected = CommandLineTests.root.appendingPathComponent("paso-a-paso-loss-en.svg")
        defer { try? FileManager.default.removeItem(at: expected) }
        let run = try CommandLineTests.run(["render", Self.example, "--figure", "loss", "--lang", "en"])
        #expect(run.status == 0, "\(run.error)")
        #expect(FileManager.default.fileExists(atPath: expected.path))
    }

    /// The figures' face is built into the program and the math font read from the templates, so a
    /// machine with no fonts at all, or a font configuration that sends DejaVu Sans elsewhere, draws
    /// the same bytes: here fontconfig is pointed at an empty configuration.
    @Test(arguments: [["--figure", "backward", "--svg-text", "text"], ["--figure", "graph", "--format", "png"], ["--equation", "bp2"]])
    func theFiguresDoNotDependOnTheMachinesFonts(arguments: [String]) throws {
        try inFreshFolder { folder in
            let configuration = folder.appendingPathComponent("fonts.conf")
            try Data("<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n".utf8).write(to: configuration)
            let noFonts = ["FONTCONFIG_FILE": configuration.path, "FONTCONFIG_PATH": folder.path, "HOME": folder.path]
            let format = arguments.contains("png") ? "png" : "svg"
            let usual = folder.appendingPathComponent("usual.\(format)"), bare = folder.appendingPathComponent("bare.\(format)")
            let command = ["render", Self.example] + arguments
            let drawn = try CommandLineTests.run(command + ["-o", usual.path])
            let drawnWithoutFonts = try CommandLineTests.run(command + ["-o", bare.path], environment: noFonts)
            #expect(drawn.status == 0, "\(drawn.error)")
            #expect(drawnWithoutFonts.status == 0, "\(drawnWithoutFonts.error)")
            #expect(try Data(contentsOf: bare) == Data(contentsOf: usual))
        }
    }

    @Test func anExistingFileIsReplacedWholeAndNoTemporaryFileRemains() throws {
        try inFreshFolder { folder in
            let file = folder.appendingPathComponent("figure.svg")
            try Data("<?xml version=\"1.0\"?><svg>an older figure</svg>".utf8).write(to: file)
            let run = try CommandLineTests.run(["render", Self.example, "--figure", "forward", "-o", file.path])
            #expect(run.status == 0, "\(run.error)")
            #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<?xml"))
            #expect(try contents(folder) == ["figure.svg"])
        }
    }

    @Test func aFileThatCannotBeWrittenIsReportedAndLeavesNothingBehind() throws {
        try inFreshFolder { folder in
            let missing = folder.appendingPathComponent("no-such-folder/figure.svg").path
            let intoMissingFolder = try CommandLineTests.run(["render", Self.example, "--figure", "network", "-o", missing])
            #expect(intoMissingFolder.status == 1)
            #expect(intoMissingFolder.error.contains(missing))
            let occupied = folder.appendingPathComponent("figure.svg")
            try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: false)
            let ontoFolder = try CommandLineTests.run(["render", Self.example, "--figure", "network", "-o", occupied.path])
            #expect(ontoFolder.status == 1)
            #expect(ontoFolder.error.contains("is a folder"))
            #expect(try contents(folder) == ["figure.svg"])
            #expect(try contents(occupied).isEmpty)
        }
    }

    @Test func unknownNamesExitWithTwoAndListTheValidOnes() throws {
        let cases: [(option: String, valid: [String])] = [
            ("--figure", FigureKind.allCases.map(\.rawValue)),
            ("--format", ["svg", "png", "pdf", "dot"]),
            ("--theme", Theme.all.map(\.name)),
            ("--lang", Language.allCases.map(\.code)),
        ]
        for (option, valid) in cases {
            var arguments = ["render", Self.example, "--figure", "graph"]
            if option == "--figure" { arguments.removeLast(2) }
            let run = try CommandLineTests.run(arguments + [option, "nonsense"])
            #expect(run.status == 2, "\(option)")
            #expect(run.error.contains("'nonsense'"))
            for value in valid { #expect(run.error.contains(value), "\(option) should list \(value)") }
        }
        let deck = try CommandLineTests.run(["deck", Self.example, "--theme", "nonsense"])
        #expect(deck.status == 2)
        #expect(Theme.all.allSatisfy { deck.error.contains($0.name) })
    }

    @Test(arguments: [
        (["--figure", "network", "--format", "dot"], "--figure graph"),
        (["--figure", "network", "--step", "0"], "--step"),
        (["--figure", "network", "--step", "2"], "choose a step from 1 to 1"),
        (["--figure", "network", "--format", "png", "--scale", "0"], "--scale"),
        (["--figure", "network", "--format", "png", "--scale", "8.5"], "--scale"),
        (["--figure", "network", "--format", "png", "--scale", "1e-9"], "between 0.25 and 8"),
        (["--figure", "network", "--scale", "2"], "--format png"),
    ])
    func misusedOptionsExitWithTwoAndSayWhy(_ options: [String], _ explanation: String) throws {
        let run = try CommandLineTests.run(["render", Self.example] + options)
        #expect(run.status == 2)
        #expect(run.error.contains(explanation), "\(run.error)")
    }

    @Test(arguments: ["render", "deck"])
    func aBadExampleFileExitsWithOneAndNamesTheFile(_ command: String) throws {
        try inFreshFolder { folder in
            let file = folder.appendingPathComponent("bad.yaml")
            try "id: bad\nlayers: [2, 1]\n".write(to: file, atomically: true, encoding: .utf8)
            let figure = command == "render" ? ["--figure", "network"] : []
            let run = try CommandLineTests.run(
                [command, file.path] + figure + ["-o", folder.appendingPathComponent("out").path])
            #expect(run.status == 1)
            #expect(run.error.contains(file.path))
            #expect(try contents(folder) == ["bad.yaml"])
        }
    }

    @Test func aTemplatesFolderWithoutStringsExitsWithOneAndNamesTheTable() throws {
        try inFreshFolder { folder in
            let run = try CommandLineTests.run(
                ["render", Self.example, "--figure", "network", "--templates", folder.path, "-o", folder.appendingPathComponent("x.svg").path])
            #expect(run.status == 1)
            #expect(run.error.contains(StringTable.path(templates: folder.path, language: .spanish)))
        }
    }

    @Test func everyThemeHasItsName() {
        #expect(ThemeName.allCases.map(\.theme) == Theme.all)
        #expect(ThemeName.allCases.map(\.rawValue) == Theme.all.map(\.name))
    }

    @Test(arguments: Language.allCases)
    func theDeckHasATitleSlideThenEveryFigure(_ language: Language) throws {
        try inFreshFolder { folder in
            let file = folder.appendingPathComponent("deck.pdf")
            let run = try CommandLineTests.run(["deck", Self.example, "--lang", language.code, "--theme", "dark", "-o", file.path])
            #expect(run.status == 0, "\(run.error)")
            let data = try Data(contentsOf: file)
            #expect(data.starts(with: Array("%PDF-".utf8)))
            #expect(pdfPageCount(data) > FigureKind.allCases.count)
        }
    }

    @Test func framesWriteTheBackwardPassStepByStep() throws {
        try inFreshFolder { folder in
            let file = folder.appendingPathComponent("backward.svg")
            var run = try CommandLineTests.run(["render", Self.example, "--figure", "backward", "--frames", "-o", file.path])
            #expect(run.status == 0, "\(run.error)")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["backward-1.svg", "backward-2.svg", "backward-3.svg", "backward-4.svg"])
            run = try CommandLineTests.run(["render", Self.example, "--figure", "forward", "--frames"])
            #expect(run.status == 2 && run.error.contains("--frames"), "\(run.error)")
        }
    }

    @Test func graphChoosesTheScalarOrThePerLayerGraph() throws {
        try inFreshFolder { folder in
            let file = folder.appendingPathComponent("graph.dot")
            var run = try CommandLineTests.run([
                "render", Self.example, "--figure", "graph", "--graph", "layers", "--format", "dot", "--lang", "en", "-o", file.path,
            ])
            #expect(run.status == 0, "\(run.error)")
            #expect(try String(contentsOf: file, encoding: .utf8).contains("W⁽²⁾\\n2 × 2"))
            run = try CommandLineTests.run([
                "render", "Examples/red-profunda.yaml", "--figure", "graph", "--graph", "scalar", "--format", "dot", "-o", file.path,
            ])
            #expect(run.status == 0, "\(run.error)")
            #expect(try String(contentsOf: file, encoding: .utf8).contains("w₁₁⁽⁵⁾"))
            run = try CommandLineTests.run(["render", Self.example, "--figure", "network", "--graph", "layers"])
            #expect(run.status == 2 && run.error.contains("--graph"), "\(run.error)")
        }
    }

    /// Every word of every shipped example's deck, read back from the PDF with poppler's
    /// `pdftotext -bbox`, is at least 18 pt tall at 1280 × 720 (a DejaVu line box is 1.164 em).
    @Test(arguments: ["paso-a-paso", "sigmoide-con-sesgos", "xor", "clasificador-softmax", "red-profunda"])
    func noDeckTextIsSmallerThan18Points(_ example: String) throws {
        try inFreshFolder { folder in
            for language in Language.allCases {
                try expectDeckTextAtLeast18Points(example: "Examples/\(example).yaml", language: language, in: folder)
            }
        }
    }

    /// The same for larger networks, as `new` writes them: 3-4-4-2 sigmoid, 8-16-4 ReLU/softmax and
    /// 784-30-10, whose layer pairs and graphs the deck splits over many slides.
    @Test(arguments: [
        ("n3442", "3,4,4,2", "sigmoid,sigmoid,sigmoid", "half-squared-error"),
        ("n8164", "8,16,4", "relu,softmax", "cross-entropy"),
        ("n784", "784,30,10", "sigmoid,sigmoid", "cross-entropy"),
    ])
    func noDeckTextOfALargerNetworkIsSmallerThan18Points(_ network: (id: String, layers: String, activations: String, loss: String)) throws {
        try inFreshFolder { folder in
            let examples = folder.appendingPathComponent("Examples")
            let new = try CommandLineTests.run([
                "new", network.id, "--layers", network.layers, "--activations", network.activations, "--loss", network.loss,
                "--examples", examples.path,
            ])
            try #require(new.status == 0, "\(new.error)")
            for language in Language.allCases {
                try expectDeckTextAtLeast18Points(example: examples.appendingPathComponent("\(network.id).yaml").path, language: language, in: folder)
            }
        }
    }

    /// The graph of clasificador-softmax (2-3-3, ReLU then softmax), read back from its PDF deck with
    /// `pdftotext`: one slide per part, none cut again, 8 in all (3 hidden neurons, 3 output sums,
    /// the softmax, the cost), each part's title once, the softmax on a slide of its own.
    @Test(arguments: Language.allCases)
    func theSoftmaxClassifiersGraphComesOneWholePartPerSlide(_ language: Language) throws {
        try inFreshFolder { folder in
            let pdf = folder.appendingPathComponent("deck.pdf")
            let run = try CommandLineTests.run(["deck", "Examples/clasificador-softmax.yaml", "--lang", language.code, "-o", pdf.path])
            #expect(run.status == 0, "\(run.error)")
            let process = Process()
            let text = folder.appendingPathComponent("deck.txt")
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["pdftotext", "-layout", pdf.path, text.path]
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "pdftotext (poppler-utils) must be installed")
            let pages = try String(contentsOf: text, encoding: .utf8).components(separatedBy: "\u{0C}")
            let graph = language == .english ? "Computational graph" : "Grafo computacional"
            let titles = pages.compactMap { page in
                page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty && $0.hasPrefix(graph) }
            }
            let of = language == .english ? "of" : "de", part = language == .english ? "part" : "parte"
            #expect(titles == (1...8).map { "\(graph) (\(part) \($0) \(of) 8)" })
            let graphPages = pages.filter { $0.contains(graph) }
            let softmax = graphPages.filter { $0.contains("= softmax") && !$0.contains("C\n") && !$0.contains("y₁") }
            #expect(softmax.count == 1 && softmax[0].contains("z₁⁽³⁾ = Σ") && softmax[0].contains("z₃⁽³⁾ = Σ"), "\(softmax)")
        }
    }

    private func expectDeckTextAtLeast18Points(example: String, language: Language, in folder: URL) throws {
        let name = URL(fileURLWithPath: example).deletingPathExtension().lastPathComponent
        let pdf = folder.appendingPathComponent("\(name)-\(language.code).pdf")
        let run = try CommandLineTests.run(["deck", example, "--lang", language.code, "-o", pdf.path])
        #expect(run.status == 0, "\(run.error)")
        let html = folder.appendingPathComponent("\(name)-\(language.code).html")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-bbox", pdf.path, html.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "pdftotext (poppler-utils) must be installed")
        let text = try String(contentsOf: html, encoding: .utf8)
        var page = 0
        for line in text.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard let match = line.firstMatch(of: /yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</) else { continue }
            let size = (Double(match.2)! - Double(match.1)!) / 1.164
            #expect(size >= 17.9, "\(name) \(language.code) page \(page): \"\(match.3)\" is \(size) pt")
        }
        #expect(page > FigureKind.allCases.count)
    }
}
