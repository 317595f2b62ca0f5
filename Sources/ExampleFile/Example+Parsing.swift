import BackpropEngine
import LessonFormatting
import Yams

extension Example {
    /// Reads and validates an example from the text of an example file. Pure: `path` is only used in
    /// messages and kept as `sourcePath`.
    /// - Throws: `ExampleError` for malformed YAML or an invalid example, at the line and column of the
    ///   offending value, naming the field and what was expected.
    public static func parse(yaml: String, path: String) throws(ExampleError) -> Example {
        let document = try document(yaml: yaml, path: path)
        let entries = try document.mapping(
            known: Key.allCases.map(\.rawValue), expected: "a mapping of keys such as id: …, title: …")
        for key in Key.allCases {
            if let requirement = key.requirement, entries[key.rawValue] == nil {
                throw document.missing(key.rawValue, requirement)
            }
        }
        func field(_ key: Key) -> Field? { entries[key.rawValue] }
        func required(_ key: Key) -> Field { entries[key.rawValue]! }

        let id = try identifier(required(.id))
        let title = try localizedText(required(.title))
        let summary = if let given = field(.summary) { try localizedText(given) } else { LocalizedText?.none }
        let notes = if let given = field(.notes) { try localizedText(given) } else { LocalizedText?.none }
        let order = try field(.order)?.wholeNumber(in: orderRange)

        let layers = try layerSizes(required(.layers))
        let activations = try activations(required(.activations), layers: layers)
        let sourceNames = if let given = field(.sourceNames) { try sourceNames(given, layers: layers) } else { SourceNames?.none }
        let shown = if let given = field(.show) { try shownNeurons(given, layers: layers) } else { [[Int]]() }
        let loss = try loss(required(.loss), activations: activations)
        let weights = if let given = field(.weights) {
            try weightMatrices(given, layers: layers)
        } else {
            [Matrix]?.none
        }
        let biases = if let given = field(.biases) { try biasVectors(given, layers: layers) } else { [[Double]]?.none }
        let seed = try field(.seed)?.seed() ?? defaultSeed
        let network = if let weights {
            Network(
                layerSizes: layers, activations: activations, weights: weights,
                biases: biases ?? layers.dropFirst().map { [Double](repeating: 0, count: $0) })
        } else {
            Network.random(layerSizes: layers, activations: activations, seed: seed, biases: biases)
        }

        let settings = TrainingSettings(
            loss: loss,
            learningRate: try learningRate(required(.learningRate)),
            regularization: try field(.regularization).map(regularization) ?? 0,
            updateBiases: try field(.updateBiases)?.boolean() ?? true)
        let (data, dataNumbers) = try trainingData(
            required(.data), layers: layers, loss: loss, outputActivation: activations.last!)

        let epochs = try field(.epochs)?.wholeNumber(in: epochRange) ?? defaultEpochs
        let parameters = layers.indices.dropFirst().reduce(0) { $0 + layers[$1] * (layers[$1 - 1] + 1) }
        let work = epochs * data.count * parameters
        if work > mostTrainingWork {
            let fitting = mostTrainingWork / (data.count * parameters)
            let advice = fitting > 0 ? "set epochs to at most \(fitting)" : "use fewer examples or a smaller network"
            // Reported at `epochs` when the file gives it, else at `data` (the default is 100 epochs).
            let product = "epochs × examples × parameters = \(epochs) × \(data.count) × \(parameters) = \(work)"
            let limit = "at most \(mostTrainingWork), so that a build takes seconds"
            if let given = field(.epochs) {
                throw given.error("is \(epochs): \(product) is more training than a lesson can wait for (\(limit)); \(advice)")
            }
            throw required(.data).error(
                "makes too much training with the default of \(epochs) epochs: \(product) (\(limit)); \(advice)")
        }

        return Example(
            id: id, title: title, summary: summary, network: network, settings: settings, data: data,
            steps: try field(.steps)?.wholeNumber(in: stepRange) ?? defaultSteps,
            epochs: epochs,
            seed: seed,
            precision: try field(.precision)?.wholeNumber(in: precisionRange) ?? defaultPrecision,
            sourcePath: path,
            weightsAreRandom: weights == nil,
            notes: notes, order: order,
            givenValues: givenNumbers(
                in: [Key.weights, .biases].compactMap(field), dataNumbers,
                [Key.learningRate, .regularization].compactMap(field)),
            sourceNames: sourceNames, shownNeurons: shown)
    }

    /// `show`: one list per layer, input layer first, of the neurons (numbered from 1) that a figure
    /// eliding the layer must draw; returned numbered from 0.
    private static func shownNeurons(_ field: Field, layers: [Int]) throws(ExampleError) -> [[Int]] {
        let lists = try field.list(
            expected: "one list of neuron numbers per layer, input layer first, such as [[1, 400], [], [4]] for a 784-30-10 network")
        guard lists.count == layers.count else {
            throw field.error("has \(amount(lists.count, "list")), but the network has \(amount(layers.count, "layer"))")
        }
        var shown: [[Int]] = []
        for (index, list) in lists.enumerated() {
            let layer = index + 1
            let neurons = try list.list(expected: "a list of neuron numbers of layer \(layer), from 1 to \(layers[index]), such as [1, \(layers[index])]")
            guard neurons.count <= mostShownNeurons else {
                throw list.error(
                    "names \(amount(neurons.count, "neuron")) of layer \(layer); a figure that elides a layer draws at most "
                        + "\(mostShownNeurons) of your choice (and always its last one)")
            }
            var numbers: [Int] = []
            for neuron in neurons {
                let number = try neuron.wholeNumber(in: 1...layers[index])
                guard !numbers.contains(number - 1) else { throw neuron.error("names neuron \(number) of layer \(layer) twice") }
                numbers.append(number - 1)
            }
            shown.append(numbers)
        }
        return shown
    }

    /// `source_names`: {weights: [[[w1, w2], …], …], activations: [[i1, i2], …], output_error: Delta},
    /// each part optional, each list shaped like the network.
    private static func sourceNames(_ field: Field, layers: [Int]) throws(ExampleError) -> SourceNames {
        let form = "{weights: [[[w1, w2], [w3, w4]], [[w5, w6]]], activations: [[i1, i2], [h1, h2], [o1]], output_error: Delta}"
        let entries = try field.mapping(known: ["weights", "activations", "output_error"], expected: "a mapping such as \(form)")
        func names(_ list: Field, count: Int, of what: String) throws(ExampleError) -> [String] {
            let elements = try list.list(expected: "a list of \(count) names, one for each \(what)")
            guard elements.count == count else {
                throw list.error("has \(amount(elements.count, "name")), but there \(count == 1 ? "is" : "are") \(amount(count, what))")
            }
            var result: [String] = []
            for element in elements { result.append(try element.text()) }
            return result
        }
        var weights: [[[String]]] = []
        if let weightsField = entries["weights"] {
            let matrices = try weightsField.list(expected: "a list with one matrix of names per layer after the input")
            guard matrices.count == layers.count - 1 else {
                throw weightsField.error("has \(amount(matrices.count, "matrix", "matrices")), but the network has "
                    + perLayer(layers, "matrix"))
            }
            for (index, matrix) in matrices.enumerated() {
                let layer = Network.layerNumber(ofParameterLayer: index)
                let rows = try matrix.list(expected: "a list of rows of names, one row per neuron of layer \(layer)")
                guard rows.count == layers[layer - 1] else {
                    throw matrix.error("has \(amount(rows.count, "row")), but layer \(layer) has \(amount(layers[layer - 1], "neuron"))")
                }
                var matrixNames: [[String]] = []
                for row in rows { matrixNames.append(try names(row, count: layers[layer - 2], of: "neuron of layer \(layer - 1)")) }
                weights.append(matrixNames)
            }
        }
        var activations: [[String]] = []
        if let activationsField = entries["activations"] {
            let lists = try activationsField.list(expected: "a list with one list of names per layer, input layer first")
            guard lists.count == layers.count else {
                throw activationsField.error("has \(amount(lists.count, "list")), but the network has \(amount(layers.count, "layer"))")
            }
            for (index, list) in lists.enumerated() {
                activations.append(try names(list, count: layers[index], of: "neuron of layer \(index + 1)"))
            }
        }
        return SourceNames(weights: weights, activations: activations, outputError: try entries["output_error"]?.text())
    }

    /// Every number written in `before`, then `data` (the training data's numbers, as `trainingData`
    /// read them), then `after`, by value, with its text as written: "2" for η = 2, "0.05", "-0.10".
    /// A value written in several ways keeps its shortest spelling ("0" rather than "0.0"), the first
    /// of equally short ones.
    private static func givenNumbers(in before: [Field], _ data: [WrittenNumber], _ after: [Field]) -> [Double: String] {
        var numbers: [Double: String] = [:]
        func add(_ number: WrittenNumber) {
            if numbers[number.value].map({ number.text.count < $0.count }) ?? true { numbers[number.value] = number.text }
        }
        var written: [WrittenNumber] = []
        for field in before { collectNumbers(in: field.node, into: &written) }
        written.forEach(add)
        data.forEach(add)
        written = []
        for field in after { collectNumbers(in: field.node, into: &written) }
        written.forEach(add)
        return numbers
    }

    /// A number as the file writes it, and its value.
    private struct WrittenNumber {
        var value: Double
        var text: String
    }

    /// Every finite number written plainly under `node`, in the order of the file.
    private static func collectNumbers(in node: Node, into numbers: inout [WrittenNumber]) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, let value = Double(scalar.string), value.isFinite {
                numbers.append(WrittenNumber(value: value, text: scalar.string))
            }
        case .sequence(let sequence): for element in sequence { collectNumbers(in: element, into: &numbers) }
        case .mapping(let mapping): for (_, value) in mapping { collectNumbers(in: value, into: &numbers) }
        case .alias: break
        }
    }

    /// The root of the YAML document, which must be a mapping.
    private static func document(yaml: String, path: String) throws(ExampleError) -> Field {
        let root: Node?
        // Editors on Windows start UTF-8 files with a byte order mark, which YAML would read as text.
        let yaml = yaml.unicodeScalars.first == "\u{FEFF}" ? String(yaml.unicodeScalars.dropFirst()) : yaml
        do {
            // The basic resolver and no constructor maps: this parser reads every scalar's text
            // itself, so Yams's implicit tags (resolved with a regular expression per scalar, while
            // checking keys for duplicates) and its Swift values are never needed; the tags were a
            // quarter of reading 10,000 examples. The encoding is named so that Yams does not copy
            // the whole environment to look for YAMS_DEFAULT_ENCODING at every start.
            root = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            throw ExampleError(error, file: path)
        } catch {
            throw ExampleError(file: path, message: "could not be read as YAML: \(error)")
        }
        let required = Key.allCases.filter { $0.requirement != nil }.map(\.rawValue).joined(separator: ", ")
        guard let root else {
            throw ExampleError(file: path, message: "the file is empty; an example needs the keys \(required)")
        }
        let document = Field(node: root, path: "", file: path)
        guard case .mapping = root else {
            throw document.error("the file must be a mapping of keys (\(required)), but it is \(document.kind)")
        }
        return document
    }

    // MARK: Names and texts

    private static func identifier(_ field: Field) throws(ExampleError) -> String {
        let id = try field.text()
        let advice = "an id names the output folder and may only contain lowercase letters a–z, digits "
            + "and single hyphens between them, such as mi-red"
        if id.contains("/") || id.contains("..") {
            throw field.error("is '\(id.visible)', which contains '\(id.contains("/") ? "/" : "..")'; \(advice)")
        }
        guard !id.isEmpty else { throw field.error("is empty; \(advice)") }
        guard id.count <= longestID else {
            throw field.error("has \(id.count) characters; an id may have at most \(longestID)")
        }
        guard isWellFormedID(id) else {
            let isAllowed = { (character: Character) in
                ("a"..."z").contains(character) || ("0"..."9").contains(character) || character == "-"
            }
            let reason = if let character = id.first(where: { !isAllowed($0) }) {
                character == " " ? "a space" : character.isUppercase ? "the uppercase '\(character)'" : "'\(String(character).visible)'"
            } else {
                "a hyphen that does not sit between two letters or digits"
            }
            throw field.error("is '\(id.visible)', which contains \(reason); \(advice)")
        }
        return id
    }

    /// Whether `id` is `[a-z0-9]+(-[a-z0-9]+)*`: ASCII letters and digits in groups joined by single
    /// hyphens. Checked byte by byte rather than with a `Regex`, whose compilation at run time costs
    /// more than a short command such as `render` spends on the rest of the example.
    private static func isWellFormedID(_ id: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")  // as if a hyphen came before: the id may not start with one
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")  // not empty, and not ending with a hyphen
    }

    private static func localizedText(_ field: Field) throws(ExampleError) -> LocalizedText {
        let languages = "in Spanish (es) and English (en), such as {es: \"…\", en: \"…\"}"
        let entries = try field.mapping(known: Language.allCases.map(\.code), expected: "a text \(languages)")
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let entry = entries[language.code] else {
                throw field.missing(language.code, "give the \(field.path) \(languages)")
            }
            let text = try entry.text()
            guard !text.allSatisfy(\.isWhitespace) else { throw entry.error("is empty") }
            // An unclosed override would reverse what follows the text on the page, such as the site's name
            // in the window title; browsers lay out right-to-left letters without them.
            if let control = text.unicodeScalars.first(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
                throw entry.error("contains the direction control \(String(control).visible); write right-to-left text "
                    + "without direction controls; the browser places it by itself")
            }
            texts[language] = text
        }
        return LocalizedText(spanish: texts[.spanish]!, english: texts[.english]!)
    }

    // MARK: The network

    /// Layer sizes within the limits, checked before anything the size of the network is allocated.
    private static func layerSizes(_ field: Field) throws(ExampleError) -> [Int] {
        let elements = try field.list(expected: "a list of neurons per layer, input layer first, such as [2, 2, 1]")
        guard elements.count >= 2 else {
            throw field.error(
                "has \(amount(elements.count, "layer")); a network needs at least 2, the input and the output layer")
        }
        guard elements.count <= mostLayers else {
            throw field.error("has \(elements.count) layers; an example may have at most \(mostLayers)")
        }
        var sizes: [Int] = []
        for (index, element) in elements.enumerated() {
            let size = try element.wholeNumber()
            guard size >= 1 else { throw element.error("is \(size), but layer \(index + 1) needs at least 1 neuron") }
            guard size <= largestLayer else {
                throw element.error("is \(size) neurons; a layer may have at most \(largestLayer)")
            }
            sizes.append(size)
        }
        let parameters = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 }
        guard parameters <= mostParameters else {
            throw field.error("\(sizes) make \(parameters) parameters (weights and biases); "
                + "a network may have at most \(mostParameters)")
        }
        return sizes
    }

    private static func activations(_ field: Field, layers: [Int]) throws(ExampleError) -> [Activation] {
        let elements = try field.list(
            expected: "a list with one activation per layer after the input, such as [sigmoid, sigmoid]")
        guard elements.count == layers.count - 1 else {
            throw field.error("has \(amount(elements.count, "activation")), but layers \(layers) has "
                + "\(perLayer(layers, "activation"))")
        }
        let names = Activation.allCases.map(\.rawValue)
        var activations: [Activation] = []
        for (index, element) in elements.enumerated() {
            let name = try element.text()
            guard let activation = Activation(rawValue: name) else {
                throw element.error(unknown(name, "an activation", valid: names))
            }
            let layer = Network.layerNumber(ofParameterLayer: index)
            if activation == .softmax && index != elements.count - 1 {
                throw element.error("is softmax, but softmax is only allowed on the output layer "
                    + "(layer \(layers.count)); use another activation for layer \(layer)")
            }
            if activation == .softmax && layers[layer - 1] == 1 {
                throw element.error("is softmax on an output layer of 1 neuron, which always outputs 1; "
                    + "use sigmoid for a single output, or give the output layer 2 or more neurons")
            }
            activations.append(activation)
        }
        return activations
    }

    /// The loss, checked against the output activation: softmax only with cross-entropy, and
    /// cross-entropy only after sigmoid or softmax.
    private static func loss(_ field: Field, activations: [Activation]) throws(ExampleError) -> Loss {
        let name = try field.text()
        guard let loss = Loss(rawValue: name) else {
            throw field.error(unknown(name, "a loss", valid: Loss.allCases.map(\.rawValue)))
        }
        let output = activations.last!
        if output == .softmax && loss != .crossEntropy {
            throw field.error("is \(name), but the output layer uses softmax, which only goes with cross-entropy; "
                + "use loss: cross-entropy, or another activation for the output layer")
        }
        if loss == .crossEntropy && output != .sigmoid && output != .softmax {
            let others = Loss.allCases.filter { $0 != .crossEntropy }.map(\.rawValue).joined(separator: " or ")
            throw field.error("is cross-entropy, which needs a sigmoid or softmax output layer, but "
                + "activations[\(activations.count - 1)] is \(output.rawValue); "
                + "use sigmoid or softmax there, or the loss \(others)")
        }
        return loss
    }

    /// One matrix per non-input layer: row j for neuron j of the layer, column k for neuron k of the
    /// layer before.
    private static func weightMatrices(_ field: Field, layers: [Int]) throws(ExampleError) -> [Matrix] {
        let matrices = try field.list(expected: "a list with one matrix per layer after the input")
        guard matrices.count == layers.count - 1 else {
            throw field.error("has \(amount(matrices.count, "matrix", "matrices")), but the network has "
                + perLayer(layers, "matrix"))
        }
        var weights: [Matrix] = []
        for (index, matrixField) in matrices.enumerated() {
            let layer = Network.layerNumber(ofParameterLayer: index)
            let rows = layers[layer - 1], columns = layers[layer - 2]
            let shape = "expected \(rows) × \(columns): a row for each neuron of layer \(layer), "
                + "a column for each neuron of layer \(layer - 1)"
            let rowFields = try matrixField.list(expected: "a matrix, a list of rows (\(shape))")
            if rowFields.contains(where: { !$0.isList }) {
                throw matrixField.error("must be a list of rows (\(shape)); "
                    + "write even a single row in double brackets, such as [[0.1, 0.2]]")
            }
            guard rowFields.count == rows else {
                throw matrixField.error("has \(amount(rowFields.count, "row")), "
                    + "but layer \(layer) has \(amount(rows, "neuron")) (\(shape))")
            }
            var entries: [[Double]] = []
            for rowField in rowFields {
                entries.append(try rowField.numbers(expected: "a row of numbers", count: columns) {
                    "has \(amount($0, "column")), but layer \(layer - 1) has \(amount(columns, "neuron")) (\(shape))"
                })
            }
            weights.append(Matrix(entries))
        }
        return weights
    }

    /// One bias vector per non-input layer, one number per neuron.
    private static func biasVectors(_ field: Field, layers: [Int]) throws(ExampleError) -> [[Double]] {
        let vectors = try field.list(
            expected: "a list with one bias vector per layer after the input, such as [[0, 0], [0]]")
        guard vectors.count == layers.count - 1 else {
            throw field.error(
                "has \(amount(vectors.count, "vector")), but the network has " + perLayer(layers, "vector"))
        }
        var biases: [[Double]] = []
        for (index, vectorField) in vectors.enumerated() {
            let layer = Network.layerNumber(ofParameterLayer: index)
            let neurons = layers[layer - 1]
            biases.append(try vectorField.numbers(
                expected: "a list with one bias for each neuron of layer \(layer)", count: neurons
            ) { "has \(amount($0, "value")), but layer \(layer) has \(amount(neurons, "neuron"))" })
        }
        return biases
    }

    // MARK: Training

    private static func learningRate(_ field: Field) throws(ExampleError) -> Double {
        let rate = try field.quantity()
        guard rate > 0 else { throw field.error("must be greater than 0, got \(field.written)") }
        return rate
    }

    private static func regularization(_ field: Field) throws(ExampleError) -> Double {
        let lambda = try field.quantity()
        guard lambda >= 0 else { throw field.error("must be 0 or more, got \(field.written)") }
        return lambda
    }

    /// The training examples, and their numbers as written (for `givenNumbers`).
    private static func trainingData(
        _ field: Field, layers: [Int], loss: Loss, outputActivation: Activation
    ) throws(ExampleError) -> ([TrainingExample], [WrittenNumber]) {
        let placeholders = Array(repeating: "…", count: min(layers[0], 3)).joined(separator: ", ")
        let form = "{input: [\(placeholders)], target: […]}"
        let elements = try field.listNodes(expected: "a list of training examples, each like \(form)")
        guard !elements.isEmpty else {
            throw field.error("is empty; give at least one training example, such as \(form)")
        }
        guard elements.count <= mostTrainingExamples else {
            throw field.error(
                "has \(elements.count) examples; an example file may have at most \(mostTrainingExamples)")
        }
        let output = layers.count
        let numbers = elements.count * (layers[0] + layers[output - 1])
        guard numbers <= mostDataNumbers else {
            throw field.error("has \(numbers) numbers in its inputs and targets; "
                + "an example file may have at most \(mostDataNumbers)")
        }
        var data: [TrainingExample] = []
        var written: [WrittenNumber] = []
        data.reserveCapacity(elements.count)
        written.reserveCapacity(numbers)
        for (index, node) in elements.enumerated() {
            if let example = plainTrainingExample(
                node, inputCount: layers[0], targetCount: layers[output - 1], loss: loss, outputActivation: outputActivation,
                written: &written)
            {
                data.append(example)
                continue
            }
            // Anything else is read field by field, which says what is wrong with it.
            let element = field.element(index, node)
            let entries = try element.mapping(
                known: ["input", "target"], expected: "a training example such as \(form)")
            guard let inputField = entries["input"] else {
                throw element.missing("input", "give the input x, such as \(form)")
            }
            guard let targetField = entries["target"] else {
                throw element.missing("target", "give the target y, such as \(form)")
            }
            let input = try vector(inputField, count: layers[0], of: "the input layer (layer 1)")
            let target = try vector(targetField, count: layers[output - 1], of: "the output layer (layer \(output))")
            if loss == .crossEntropy {
                try checkCrossEntropyTarget(target, targetField, outputActivation: outputActivation)
            }
            data.append(TrainingExample(input: input, target: target))
            collectNumbers(in: node, into: &written)
        }
        return (data, written)
    }

    /// A training example written as most are, a mapping of `input` and `target` to lists of the right
    /// length of plainly written numbers that `Field.quantity()` accepts (and, for cross-entropy, valid
    /// targets), read straight from its YAML nodes, with its numbers appended to `written`; `nil` for
    /// anything else, which `trainingData` then reads field by field and reports. Most files have
    /// thousands of examples, and making a `Field` with its path for each number was most of reading them.
    private static func plainTrainingExample(
        _ node: Node, inputCount: Int, targetCount: Int, loss: Loss, outputActivation: Activation,
        written: inout [WrittenNumber]
    ) -> TrainingExample? {
        guard case .mapping(let mapping) = node, mapping.count == 2 else { return nil }
        let start = written.count
        var input: [Double]?, target: [Double]?, targetNode: Node?
        for (key, value) in mapping {
            guard case .scalar(let name) = key, case .sequence(let sequence) = value else { break }
            let count = name.string == "input" ? inputCount : name.string == "target" ? targetCount : -1
            guard sequence.count == count else { break }
            var numbers: [Double] = []
            numbers.reserveCapacity(count)
            for element in sequence {
                guard case .scalar(let scalar) = element, scalar.style == .plain || scalar.style == .any else { break }
                let text = scalar.string
                guard text.isDecimalNumber, let value = Double(text), value.isFinite, abs(value) <= largestMagnitude
                else { break }
                numbers.append(value)
                if scalar.style == .plain { written.append(WrittenNumber(value: value, text: text)) }
            }
            guard numbers.count == count else { break }
            if count == inputCount && name.string == "input" {
                input = numbers
            } else {
                target = numbers
                targetNode = value
            }
        }
        guard let input, let target, let targetNode,
              loss != .crossEntropy
                || (try? checkCrossEntropyTarget(
                    target, Field(node: targetNode, path: "", file: ""), outputActivation: outputActivation)) != nil
        else {
            written.removeSubrange(start...)
            return nil
        }
        return TrainingExample(input: input, target: target)
    }

    /// A list of exactly `count` numbers, one per neuron of `layer`.
    private static func vector(_ field: Field, count: Int, of layer: String) throws(ExampleError) -> [Double] {
        try field.numbers(expected: "a list with one number for each neuron of \(layer)", count: count) {
            "has \(amount($0, "value")), but \(layer) has \(amount(count, "neuron"))"
        }
    }

    /// Cross-entropy takes logarithms of the outputs weighted by the targets: after sigmoid each target is
    /// a probability in [0, 1]; after softmax the targets are a distribution over the classes.
    private static func checkCrossEntropyTarget(
        _ target: [Double], _ field: Field, outputActivation: Activation
    ) throws(ExampleError) {
        // The elements (each a `Field` with its path) only for a message: most targets are fine.
        var elements: [Field] { field.elements }
        switch outputActivation {
        case .sigmoid:
            if let j = target.firstIndex(where: { !(0...1).contains($0) }) {
                let elements = elements
                throw elements[j].error(
                    "is \(elements[j].written), but cross-entropy after sigmoid needs targets between 0 and 1")
            }
        case .softmax:
            if let j = target.firstIndex(where: { $0 < 0 }) {
                let elements = elements
                throw elements[j].error("is \(elements[j].written), but cross-entropy after softmax needs targets "
                    + "that are 0 or more and sum to 1, such as [0, 1, 0]")
            }
            let sum = target.reduce(0, +)
            if abs(sum - 1) > 1e-9 {
                throw field.error("sums to \((sum * 1e6).rounded() / 1e6), but cross-entropy after softmax needs "
                    + "targets that sum to 1, such as [0, 1, 0]")
            }
        default:
            break
        }
    }

    // MARK: Wording

    private static func unknown(_ name: String, _ what: String, valid: [String]) -> String {
        let suggestion = name.closestMatch(in: valid).map { " did you mean '\($0)'?" } ?? ""
        return "is '\(name.visible)', which is not \(what);\(suggestion) valid: \(valid.joined(separator: ", "))"
    }

    /// "2 layers after the input; give one matrix for each of layers 2…3".
    private static func perLayer(_ layers: [Int], _ thing: String) -> String {
        "\(amount(layers.count - 1, "layer")) after the input; give one \(thing) for each of layers 2…\(layers.count)"
    }

    private static func amount(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
