import ArgumentParser
import BackpropEngine
import CourseScaffold
import ExampleFile
import Foundation

/// `backprop-site new ID`: a new, commented example file with its starting weights written out.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Writes a new example file, Examples/ID.yaml, with seeded starting weights written out.",
        discussion: """
            Example: backprop-site new mi-red --layers 2,3,1 --activations tanh,sigmoid --loss cross-entropy
            The file has placeholders for the title and summary in both languages and placeholder data; \
            it passes `check` as it is.
            """)

    @Argument(help: "The example's id: lowercase letters, digits and single hyphens, such as mi-red.")
    var id: String

    @Option(help: "Neurons per layer, input layer first, separated by commas, such as 2,3,1.")
    var layers: String = "2,2,1"

    @Option(help: "One activation per layer after the input, separated by commas: \(Activation.allCases.map(\.rawValue).joined(separator: ", ")). Default: sigmoid for every layer.")
    var activations: String?

    @Option(help: "The loss: \(Loss.allCases.map(\.rawValue).joined(separator: ", ")).")
    var loss: String = Loss.halfSquaredError.rawValue

    @Option(help: "The seed of the starting weights and the placeholder data.")
    var seed: UInt64 = Example.defaultSeed

    @Option(help: "The folder of example files the new file goes into.")
    var examples = "Examples"

    /// The scaffold the options describe.
    private var scaffold: ExampleScaffold {
        get throws {
            let sizes = try layers.split(separator: ",").map { item in
                guard let size = Int(item.trimmingCharacters(in: .whitespaces)), size >= 1 else {
                    throw ValidationError("--layers \(layers): give whole numbers of neurons separated by commas, such as 2,3,1.")
                }
                return size
            }
            guard sizes.count >= 2 else { throw ValidationError("--layers \(layers): give at least an input and an output layer, such as 2,1.") }
            let names = activations?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                ?? Array(repeating: Activation.sigmoid.rawValue, count: sizes.count - 1)
            let chosen = try names.map { name in
                guard let activation = Activation(rawValue: name) else {
                    throw ValidationError("--activations: '\(name)' is not an activation; the activations are \(Activation.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return activation
            }
            guard chosen.count == sizes.count - 1 else {
                throw ValidationError("--activations has \(chosen.count) names, but --layers \(layers) has \(sizes.count - 1) layers after the input; give one for each.")
            }
            guard let loss = Loss(rawValue: loss) else {
                throw ValidationError("--loss \(self.loss) is not a loss; the losses are \(Loss.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return ExampleScaffold(id: id, layers: sizes, activations: chosen, loss: loss, seed: seed)
        }
    }

    private var path: String { "\(examples)/\(id).yaml" }

    func validate() throws {
        _ = try scaffold
        guard !FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path) already exists; choose another id or remove the file first.")
        }
    }

    func run() throws {
        let text: String
        do { text = try scaffold.text(path: path) } catch let error as ExampleError {
            // The network itself is wrong (say softmax with a squared error): the parser says why.
            throw ValidationError("--layers \(layers) --activations \(activations ?? "") --loss \(loss): "
                + ([error.field].compactMap { $0 } + [error.message]).joined(separator: " "))
        }
        try FileManager.default.createDirectory(atPath: examples, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        print("Wrote \(path). Edit its title, summary and data, then: backprop-site serve")
    }
}
