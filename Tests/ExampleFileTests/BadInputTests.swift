import ExampleFile
import Testing

/// An invalid example file and the error it must give: where, which field, and (part of) what it says.
struct BadInput: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    let line: Int?
    let column: Int?
    let field: String?
    let message: String

    init(_ name: String, _ yaml: String, at line: Int?, _ column: Int?, field: String?, _ message: String) {
        self.name = name
        self.yaml = yaml
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    var testDescription: String { name }
}

@Suite struct BadInputTests {
    static let path = "Examples/mi-red.yaml"

    static let syntax: [BadInput] = [
        BadInput("unclosed list", SampleExample.replacing(3, with: "layers: [2, 2, 1"), at: 4, 12, field: nil,
                 "malformed YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3, column 9)"),
        BadInput("tab indentation", SampleExample.replacing(7, with: "\t- [[0.1, 0.2], [0.3, 0.4]]"), at: 7, 1, field: nil,
                 "; indent with spaces, YAML does not allow tabs"),
        BadInput("duplicate key", SampleExample.appending("learning_rate: 0.1"), at: 10, 1, field: nil,
                 "duplicate key 'learning_rate': a key may appear only once in a mapping"),
        BadInput("control character", SampleExample.replacing(2, with: "title: {es: \"Pru\u{7}eba\", en: \"Test\"}"),
                 at: 2, 17, field: nil, "malformed YAML: control characters are not allowed"),
        BadInput("two documents", SampleExample.yaml + "---\nid: otra\n", at: 14, 1, field: nil,
                 "malformed YAML: expected a single document in the stream, but found another document"),
        BadInput("undefined alias", SampleExample.replacing(10, with: "learning_rate: *rate"), at: 10, 16, field: nil,
                 "malformed YAML: found undefined alias"),
        BadInput("empty file", "", at: nil, nil, field: nil,
                 "the file is empty; an example needs the keys id, title, layers, activations, loss, learning_rate, data"),
        BadInput("only comments", "# nothing yet\n", at: nil, nil, field: nil, "the file is empty"),
        BadInput("a list instead of a mapping", "- 1\n- 2\n", at: 1, 1, field: nil,
                 "the file must be a mapping of keys (id, title, layers, activations, loss, learning_rate, data), but it is a list"),
    ]

    static let keys: [BadInput] = [
        BadInput("misspelt key", SampleExample.replacing(10, with: "learning_rte: 0.5"), at: 10, 1, field: "learning_rte",
                 "is not a known key; did you mean 'learning_rate'?"),
        BadInput("key in the wrong case", SampleExample.replacing(10, with: "Learning-Rate: 0.5"), at: 10, 1,
                 field: "Learning-Rate", "did you mean 'learning_rate'?"),
        BadInput("unknown key", SampleExample.appending("colour: red"), at: 14, 1, field: "colour",
                 "is not a known key; the keys are id, title, summary, layers, activations, loss, weights, biases, "
                 + "update_biases, learning_rate, regularization, data, steps, epochs, seed, precision"),
        BadInput("a list as a key", SampleExample.appending("[a, b]: 1"), at: 14, 1, field: nil,
                 "keys are plain names such as id, but this key is a list"),
        BadInput("missing id", SampleExample.removing(1...1), at: 1, 1, field: "id",
                 "is missing: a short name for the output folder, such as mi-red"),
        BadInput("missing learning rate", SampleExample.removing(10...10), at: 1, 1, field: "learning_rate",
                 "is missing: the learning rate η, a number greater than 0"),
        BadInput("missing data", SampleExample.removing(11...13), at: 1, 1, field: "data", "is missing: the training examples"),
        BadInput("missing layers", SampleExample.removing(3...3), at: 1, 1, field: "layers", "is missing: the neurons per layer"),
    ]

    static let identifiers: [BadInput] = [
        BadInput("id with a slash", SampleExample.replacing(1, with: "id: ../x"), at: 1, 5, field: "id",
                 "is '../x', which contains '/'; an id names the output folder and may only contain lowercase letters"),
        BadInput("id with two dots", SampleExample.replacing(1, with: "id: a..b"), at: 1, 5, field: "id",
                 "is 'a..b', which contains '..'"),
        BadInput("id with a space", SampleExample.replacing(1, with: "id: mi red"), at: 1, 5, field: "id",
                 "is 'mi red', which contains a space;"),
        BadInput("id in uppercase", SampleExample.replacing(1, with: "id: Mi-red"), at: 1, 5, field: "id",
                 "is 'Mi-red', which contains the uppercase 'M';"),
        BadInput("id with an accent", SampleExample.replacing(1, with: "id: señal"), at: 1, 5, field: "id",
                 "is 'señal', which contains 'ñ';"),
        BadInput("id with a double hyphen", SampleExample.replacing(1, with: "id: mi--red"), at: 1, 5, field: "id",
                 "which contains a hyphen that does not sit between two letters or digits"),
        BadInput("empty id", SampleExample.replacing(1, with: "id: \"\""), at: 1, 5, field: "id", "is empty;"),
        BadInput("title without English", SampleExample.replacing(2, with: #"title: {es: "Prueba"}"#), at: 2, 8,
                 field: "title.en", "is missing: give the title in Spanish (es) and English (en)"),
        BadInput("title in French", SampleExample.replacing(2, with: #"title: {es: "Prueba", en: "Test", fr: "Essai"}"#),
                 at: 2, 35, field: "title.fr", "is not a known key; the keys are es, en"),
        BadInput("title as plain text", SampleExample.replacing(2, with: "title: Prueba"), at: 2, 8, field: "title",
                 "must be a text in Spanish (es) and English (en), such as {es: \"…\", en: \"…\"}, got 'Prueba'"),
        BadInput("empty Spanish title", SampleExample.replacing(2, with: #"title: {es: "", en: "Test"}"#), at: 2, 13,
                 field: "title.es", "is empty"),
        BadInput("summary without Spanish", SampleExample.appending(#"summary: {en: "Only English"}"#), at: 14, 10,
                 field: "summary.es", "is missing: give the summary in Spanish (es) and English (en)"),
    ]

    static let network: [BadInput] = [
        BadInput("layers as a number", SampleExample.replacing(3, with: "layers: 2"), at: 3, 9, field: "layers",
                 "must be a list of neurons per layer, input layer first, such as [2, 2, 1], got '2'"),
        BadInput("a single layer", SampleExample.replacing(3, with: "layers: [2]"), at: 3, 9, field: "layers",
                 "has 1 layer; a network needs at least 2, the input and the output layer"),
        BadInput("empty layer", SampleExample.replacing(3, with: "layers: [2, 0, 1]"), at: 3, 13, field: "layers[1]",
                 "is 0, but layer 2 needs at least 1 neuron"),
        BadInput("layer too large", SampleExample.replacing(3, with: "layers: [2, 5000, 1]"), at: 3, 13, field: "layers[1]",
                 "is 5000 neurons; a layer may have at most 4096"),
        BadInput("too many parameters", SampleExample.replacing(3, with: "layers: [4000, 4000, 1]"), at: 3, 9,
                 field: "layers", "[4000, 4000, 1] make 16008001 parameters (weights and biases); a network may have at most 1000000"),
        BadInput("fractional layer", SampleExample.replacing(3, with: "layers: [2, 2.5, 1]"), at: 3, 13, field: "layers[1]",
                 "must be a whole number, got 2.5"),
        BadInput("layer as a word", SampleExample.replacing(3, with: "layers: [2, two, 1]"), at: 3, 13, field: "layers[1]",
                 "must be a number, got 'two'"),
        BadInput("misspelt activation", SampleExample.replacing(4, with: "activations: [sigmoid, sigmoidd]"), at: 4, 24,
                 field: "activations[1]",
                 "is 'sigmoidd', which is not an activation; did you mean 'sigmoid'? valid: linear, sigmoid, tanh, relu, leaky-relu, softmax"),
        BadInput("unknown activation", SampleExample.replacing(4, with: "activations: [sigmoid, step]"), at: 4, 24,
                 field: "activations[1]",
                 "is 'step', which is not an activation; valid: linear, sigmoid, tanh, relu, leaky-relu, softmax"),
        BadInput("too few activations", SampleExample.replacing(4, with: "activations: [sigmoid]"), at: 4, 14,
                 field: "activations",
                 "has 1 activation, but layers [2, 2, 1] has 2 layers after the input; give one activation for each of layers 2…3"),
        BadInput("unknown loss", SampleExample.replacing(5, with: "loss: mse"), at: 5, 7, field: "loss",
                 "is 'mse', which is not a loss; valid: half-squared-error, mean-squared-error, cross-entropy"),
        BadInput("softmax on a hidden layer", SampleExample.replacing(4, with: "activations: [softmax, sigmoid]"), at: 4, 15,
                 field: "activations[0]", "is softmax, but softmax is only allowed on the output layer (layer 3); use another activation for layer 2"),
        BadInput("softmax on one neuron", SampleExample.replacing(4, with: "activations: [sigmoid, softmax]"), at: 4, 24,
                 field: "activations[1]", "is softmax on an output layer of 1 neuron, which always outputs 1"),
        BadInput("softmax without cross-entropy",
                 SampleExample.replacing(3...4, with: "layers: [2, 2, 2]\nactivations: [sigmoid, softmax]"), at: 5, 7,
                 field: "loss", "is half-squared-error, but the output layer uses softmax, which only goes with cross-entropy"),
        BadInput("cross-entropy after linear",
                 SampleExample.replacing(4...5, with: "activations: [sigmoid, linear]\nloss: cross-entropy"), at: 5, 7,
                 field: "loss",
                 "is cross-entropy, which needs a sigmoid or softmax output layer, but activations[1] is linear; use sigmoid or softmax there, or the loss half-squared-error or mean-squared-error"),
        BadInput("one matrix for two layers", SampleExample.removing(8...8), at: 7, 3, field: "weights",
                 "has 1 matrix, but the network has 2 layers after the input; give one matrix for each of layers 2…3"),
        BadInput("too many rows", SampleExample.replacing(8, with: "  - [[0.5, 0.6], [0.7, 0.8]]"), at: 8, 5, field: "weights[1]",
                 "has 2 rows, but layer 3 has 1 neuron (expected 1 × 2: a row for each neuron of layer 3, a column for each neuron of layer 2)"),
        BadInput("too many columns", SampleExample.replacing(7, with: "  - [[0.1, 0.2, 0.9], [0.3, 0.4]]"), at: 7, 6,
                 field: "weights[0][0]", "has 3 columns, but layer 1 has 2 neurons (expected 2 × 2"),
        BadInput("matrix without double brackets", SampleExample.replacing(8, with: "  - [0.5, 0.6]"), at: 8, 5,
                 field: "weights[1]", "must be a list of rows (expected 1 × 2"),
        BadInput("weight as text", SampleExample.replacing(7, with: "  - [[0.1, \"0.2\"], [0.3, 0.4]]"), at: 7, 12,
                 field: "weights[0][0][1]", "must be a number, got the text \"0.2\" (write it without quotes)"),
        BadInput("weight .nan", SampleExample.replacing(7, with: "  - [[0.1, .nan], [0.3, 0.4]]"), at: 7, 12,
                 field: "weights[0][0][1]", "is .nan (not a number); every number in an example must be finite"),
        BadInput("one bias vector for two layers", SampleExample.replacing(9, with: "biases: [[0, 0]]"), at: 9, 9,
                 field: "biases", "has 1 vector, but the network has 2 layers after the input"),
        BadInput("too many biases", SampleExample.replacing(9, with: "biases: [[0, 0], [0, 1]]"), at: 9, 18,
                 field: "biases[1]", "has 2 values, but layer 3 has 1 neuron"),
    ]

    static let training: [BadInput] = [
        BadInput("learning rate as a word", SampleExample.replacing(10, with: "learning_rate: abc"), at: 10, 16,
                 field: "learning_rate", "must be a number, got 'abc'"),
        BadInput("quoted learning rate", SampleExample.replacing(10, with: "learning_rate: \"0.5\""), at: 10, 16,
                 field: "learning_rate", "must be a number, got the text \"0.5\" (write it without quotes)"),
        BadInput("empty learning rate", SampleExample.replacing(10, with: "learning_rate:"), at: 10, 15,
                 field: "learning_rate", "must be a number, got nothing"),
        BadInput("negative learning rate", SampleExample.replacing(10, with: "learning_rate: -0.1"), at: 10, 16,
                 field: "learning_rate", "must be greater than 0, got -0.1"),
        BadInput("zero learning rate", SampleExample.replacing(10, with: "learning_rate: 0"), at: 10, 16,
                 field: "learning_rate", "must be greater than 0, got 0"),
        BadInput("overflowing learning rate", SampleExample.replacing(10, with: "learning_rate: 1e400"), at: 10, 16,
                 field: "learning_rate", "is 1e400, which is too large for a number (it overflows to infinity)"),
        BadInput("negative regularization", SampleExample.appending("regularization: -0.01"), at: 14, 17,
                 field: "regularization", "must be 0 or more, got -0.01"),
        BadInput("infinite regularization", SampleExample.appending("regularization: .inf"), at: 14, 17,
                 field: "regularization", "is .inf (infinite); every number in an example must be finite"),
        BadInput("update_biases as yes", SampleExample.appending("update_biases: yes"), at: 14, 16,
                 field: "update_biases", "must be true or false, got 'yes'"),
        BadInput("no steps", SampleExample.appending("steps: 0"), at: 14, 8, field: "steps",
                 "must be between 1 and 20, got 0"),
        BadInput("too many steps", SampleExample.appending("steps: 21"), at: 14, 8, field: "steps",
                 "must be between 1 and 20, got 21"),
        BadInput("negative epochs", SampleExample.appending("epochs: -1"), at: 14, 9, field: "epochs",
                 "must be between 0 and 100000, got -1"),
        BadInput("too many epochs", SampleExample.appending("epochs: 100001"), at: 14, 9, field: "epochs",
                 "must be between 0 and 100000, got 100001"),
        BadInput("too much precision", SampleExample.appending("precision: 11"), at: 14, 12, field: "precision",
                 "must be between 0 and 10, got 11"),
        BadInput("negative seed", SampleExample.appending("seed: -1"), at: 14, 7, field: "seed",
                 "must be a whole number from 0 to 18446744073709551615, got '-1'"),
    ]

    static let data: [BadInput] = [
        BadInput("no examples", SampleExample.replacing(11...13, with: "data: []"), at: 11, 7, field: "data",
                 "is empty; give at least one training example, such as {input: […, …], target: […]}"),
        BadInput("data as one mapping", SampleExample.replacing(11...13, with: "data: {input: [0, 1], target: [1]}"), at: 11, 7,
                 field: "data", "must be a list of training examples, each like {input: […, …], target: […]}, got a mapping"),
        BadInput("too many examples",
                 SampleExample.replacing(12...13, with: Array(repeating: "  - {input: [0, 1], target: [1]}", count: 10_001).joined(separator: "\n")),
                 at: 12, 3, field: "data", "has 10001 examples; an example file may have at most 10000"),
        BadInput("too many numbers, through an alias", """
            id: grande
            title: {es: "Grande", en: "Big"}
            layers: [4000, 1]
            activations: [sigmoid]
            loss: half-squared-error
            learning_rate: 0.5
            data: [&x {input: [\(Array(repeating: "0", count: 4000).joined(separator: ", "))], target: [1]}\(String(repeating: ", *x", count: 249))]
            """, at: 7, 7, field: "data",
                 "has 1000250 numbers in its inputs and targets; an example file may have at most 1000000"),
        BadInput("input too long", SampleExample.replacing(13, with: "  - {input: [1, 0, 1], target: [0]}"), at: 13, 13,
                 field: "data[1].input", "has 3 values, but the input layer (layer 1) has 2 neurons"),
        BadInput("target too long", SampleExample.replacing(12, with: "  - {input: [0, 1], target: [1, 0]}"), at: 12, 29,
                 field: "data[0].target", "has 2 values, but the output layer (layer 3) has 1 neuron"),
        BadInput("missing target", SampleExample.replacing(12, with: "  - {input: [0, 1]}"), at: 12, 5,
                 field: "data[0].target", "is missing: give the target y, such as {input: […, …], target: […]}"),
        BadInput("misspelt input", SampleExample.replacing(12, with: "  - {inputs: [0, 1], target: [1]}"), at: 12, 6,
                 field: "data[0].inputs", "is not a known key; did you mean 'input'?"),
        BadInput("infinite input", SampleExample.replacing(12, with: "  - {input: [.inf, 1], target: [1]}"), at: 12, 14,
                 field: "data[0].input[0]", "is .inf (infinite)"),
        BadInput("cross-entropy target above 1",
                 SampleExample.replacing(5, with: "loss: cross-entropy").replacingFirst("target: [1]", with: "target: [1.5]"),
                 at: 12, 30, field: "data[0].target[0]", "is 1.5, but cross-entropy after sigmoid needs targets between 0 and 1"),
        BadInput("softmax targets that do not sum to 1", SoftmaxSample.yaml(target: "[0.5, 0.4]"), at: 8, 29,
                 field: "data[0].target", "sums to 0.9, but cross-entropy after softmax needs targets that sum to 1, such as [0, 1, 0]"),
        BadInput("negative softmax target", SoftmaxSample.yaml(target: "[1.2, -0.2]"), at: 8, 35,
                 field: "data[0].target[1]", "is -0.2, but cross-entropy after softmax needs targets that are 0 or more and sum to 1"),
    ]

    @Test(arguments: syntax + keys + identifiers + network + training + data)
    func reportsWhereAndWhat(_ input: BadInput) {
        let error = #expect(throws: ExampleError.self) { try Example.parse(yaml: input.yaml, path: Self.path) }
        guard let error else { return }
        #expect(error.file == Self.path)
        #expect(error.line == input.line)
        #expect(error.column == input.column)
        #expect(error.field == input.field)
        #expect(error.message.contains(input.message), "\(error.message)")
        let location = [Self.path, input.line.map(String.init), input.column.map(String.init)].compactMap { $0 }
        #expect(error.description.hasPrefix(location.joined(separator: ":") + ": " + (input.field.map { $0 + " " } ?? "")))
    }

    @Test func theSampleItselfIsValid() throws {
        let example = try Example.parse(yaml: SampleExample.yaml, path: Self.path)
        #expect(example.id == "prueba")
        #expect(example.data.count == 2)
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        var result = self
        if let range = result.firstRange(of: target) { result.replaceSubrange(range, with: replacement) }
        return result
    }
}
