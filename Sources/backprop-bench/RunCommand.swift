import ArgumentParser
import Foundation

/// `backprop-bench run` (the default): every benchmark, a table on standard output, and the JSON file.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Runs every benchmark and writes the table and the JSON file.")

    @Option(help: "The shipped example files.")
    var examples = "Examples"

    @Option(help: "The shipped templates and string tables.")
    var templates = "Templates"

    @Option(help: "A scratch folder for copies, sites and data files (emptied).")
    var scratch = ".build-bench/scratch"

    @Option(help: "The Python with numpy for the engine's peer.")
    var python = ".build-bench/venv/bin/python"

    @Option(help: "Where to write the results as JSON.")
    var json = "Benchmarks/latest.json"

    @Option(help: "Timed runs of each measurement (the median is reported).")
    var runs = 5

    @Option(help: "Synthetic training examples for the engine benchmark.")
    var trainingExamples = 3000

    @Option(help: "Run only these groups (site, figures, engine, training, limits); all when not given.")
    var only: [String] = []

    private func runs(_ group: String) -> Bool { only.isEmpty || only.contains(group) }

    func validate() throws {
        for (path, what) in [(examples, "--examples"), (templates, "--templates"), (python, "--python")]
        where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(what) \(path) does not exist; run `make bench`, which sets everything up")
        }
        if Subprocess.find("dot") == nil { throw ValidationError("graphviz's dot is not on PATH; run `make bench`, which installs it") }
    }

    func run() throws {
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let binFolder = (bench as NSString).deletingLastPathComponent
        let scratchPath = URL(fileURLWithPath: scratch).standardizedFileURL.path
        var report = BenchmarkReport()
        print("backprop-bench on \(report.machine), \(report.processors) processors")

        if runs("site") {
            try SiteBenchmark(
                executable: "\(binFolder)/backprop-site", examples: examples, templates: templates,
                scratch: "\(scratchPath)/site", runs: runs
            ).run(into: &report)
        }
        if runs("figures") {
            try FigureBenchmark(
                executable: "\(binFolder)/backprop-site", examples: examples, templates: templates, scratch: "\(scratchPath)/figures", runs: 3 * runs,
                dot: Subprocess.find("dot")!
            ).run(into: &report)
        }
        if runs("engine") {
            try EngineBenchmark(
                python: python, reference: "Benchmarks/sgd_reference.py", bench: bench, scratch: "\(scratchPath)/engine",
                exampleCount: trainingExamples, epochs: 2, runs: 3
            ).run(into: &report)
        }

        if runs("training") {
            try BatchTrainingBenchmark(
                python: python, reference: "Benchmarks/batch_reference.py", site: "\(binFolder)/backprop-site",
                scratch: "\(scratchPath)/training", runs: runs
            ).run(into: &report)
        }

        if runs("limits") {
            try LimitsBenchmark(
                executable: "\(binFolder)/backprop-site", templates: templates, scratch: "\(scratchPath)/limits"
            ).run(into: &report)
        }

        try report.json().write(to: URL(fileURLWithPath: json))
        print("\n" + report.table + "\n\nWrote \(json).")
    }
}
