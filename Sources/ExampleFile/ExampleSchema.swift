import BackpropEngine
import Foundation

/// The JSON Schema of an example file (Schemas/example.schema.json), made from the same keys,
/// names and limits the parser checks, with each key's description in English and Spanish. Editors
/// with a YAML language server (VS Code's YAML extension, among others) read it from the
/// `# yaml-language-server: $schema=…` line at the top of an example file and give completion,
/// hover help and validation while typing. Rules that tie keys together (a matrix's shape, the
/// targets of cross-entropy) are the parser's alone.
public enum ExampleSchema {
    /// Where the schema is kept in the repository and in a course folder made by `init`.
    public static let path = "Schemas/example.schema.json"
    /// The first line of every example file the tool ships or writes: an example file lives in
    /// Examples/, beside Schemas/.
    public static let modeline = "# yaml-language-server: $schema=../\(path)"

    /// The schema as pretty-printed JSON with sorted keys (the same bytes every time).
    public static var json: String {
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The schema as a JSON object.
    public static var document: [String: Any] {
        [
            "$schema": "https://json-schema.org/draft-07/schema#",
            "title": "backprop-site example",
            "description": bilingual(
                "One small neural network, its training data and how to train it: backprop-site computes every number of the lesson from it.",
                "Una red neuronal pequeña, sus datos de entrenamiento y cómo entrenarla: backprop-site calcula con ella todos los números de la lección."),
            "type": "object",
            "additionalProperties": false,
            "required": Example.Key.allCases.filter { $0.requirement != nil }.map(\.rawValue),
            "properties": Dictionary(uniqueKeysWithValues: Example.Key.allCases.map { ($0.rawValue, property($0)) }),
        ]
    }

    /// "English — Español", as editors show one description.
    static func bilingual(_ english: String, _ spanish: String) -> String { "\(english)\n\n\(spanish)" }

    static var number: [String: Any] {
        ["type": "number", "minimum": -Example.largestMagnitude, "maximum": Example.largestMagnitude]
    }

    static func localizedText(_ english: String, _ spanish: String) -> [String: Any] {
        // Not blank, and no direction controls (the browser places right-to-left text by itself).
        let text: [String: Any] = ["type": "string", "minLength": 1, "pattern": "^(?=[\\s\\S]*\\S)[^\\u202A-\\u202E\\u2066-\\u2069]*$"]
        return [
            "description": bilingual(english, spanish), "type": "object", "additionalProperties": false,
            "required": ["es", "en"],
            "properties": ["es": text.merging(["description": "Español / Spanish"]) { $1 },
                           "en": text.merging(["description": "English / Inglés"]) { $1 }],
        ]
    }

    /// The schema of one key.
    static func property(_ key: Example.Key) -> [String: Any] {
        switch key {
        case .notes:
            return localizedText(
                "What to notice in this example, in both languages: the page shows it near the top.",
                "Qué observar en este ejemplo, en los dos idiomas: la página lo muestra cerca del principio.")
        case .order:
            return [
                "description": bilingual(
                    "Where the example comes in the lesson's order (home page, previous and next links), smaller first; examples without one follow, by id.",
                    "Dónde va el ejemplo en el orden de la lección (página de inicio, enlaces anterior y siguiente), de menor a mayor; los que no lo tienen van después, por id."),
                "type": "integer", "minimum": Example.orderRange.lowerBound, "maximum": Example.orderRange.upperBound,
            ]
        case .sourceNames:
            let name: [String: Any] = ["type": "string"]
            let names: [String: Any] = ["type": "array", "items": name]
            let nameRows: [String: Any] = ["type": "array", "items": names]
            let weightNames: [String: Any] = ["type": "array", "items": nameRows]
            let properties: [String: Any] = ["weights": weightNames, "activations": nameRows, "output_error": name]
            return [
                "description": bilingual(
                    "The names a published source uses (w1, h1, Delta…), so the page can translate them into the lesson's notation.",
                    "Los nombres que usa una fuente publicada (w1, h1, Delta…), para que la página los traduzca a la notación de la lección."),
                "type": "object", "additionalProperties": false, "properties": properties,
            ]
        case .id:
            return [
                "description": bilingual(
                    "Names the output folder: lowercase letters a–z, digits and single hyphens between them, such as mi-red.",
                    "Da nombre a la carpeta de salida: minúsculas a–z, cifras y guiones simples entre ellas, como mi-red."),
                "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "minLength": 1, "maxLength": Example.longestID,
            ]
        case .title:
            return localizedText("The title of the lesson, in Spanish and English.", "El título de la lección, en español y en inglés.")
        case .summary:
            return localizedText(
                "One paragraph introducing the example, in both languages.", "Un párrafo que presenta el ejemplo, en los dos idiomas.")
        case .layers:
            return [
                "description": bilingual(
                    "Neurons per layer, input layer first: [2, 2, 1] is 2 inputs, a hidden layer of 2 and 1 output.",
                    "Neuronas por capa, empezando por la de entrada: [2, 2, 1] son 2 entradas, una capa oculta de 2 y 1 salida."),
                "type": "array", "minItems": 2, "maxItems": Example.mostLayers,
                "items": ["type": "integer", "minimum": 1, "maximum": Example.largestLayer],
            ]
        case .activations:
            return [
                "description": bilingual(
                    "One activation per layer after the input, in order.", "Una activación por cada capa después de la de entrada, en orden."),
                "type": "array", "minItems": 1, "maxItems": Example.mostLayers - 1,
                "items": ["type": "string", "enum": Activation.allCases.map(\.rawValue)],
            ]
        case .loss:
            return [
                "description": bilingual(
                    "The cost of one example. cross-entropy needs a sigmoid or softmax output layer; softmax goes only with cross-entropy.",
                    "El coste de un ejemplo. cross-entropy necesita una capa de salida sigmoid o softmax; softmax solo va con cross-entropy."),
                "type": "string", "enum": Loss.allCases.map(\.rawValue),
            ]
        case .weights:
            return [
                "description": bilingual(
                    "The starting weights: one matrix per layer after the input, one row per neuron of that layer, one column per neuron of the layer before. Random from seed when absent.",
                    "Los pesos iniciales: una matriz por capa después de la de entrada, una fila por neurona de esa capa y una columna por neurona de la capa anterior. Aleatorios según seed si faltan."),
                "type": "array", "items": ["type": "array", "minItems": 1, "items": ["type": "array", "minItems": 1, "items": number]],
            ]
        case .biases:
            return [
                "description": bilingual(
                    "The starting biases: one list per layer after the input, one number per neuron. Zeros when absent.",
                    "Los sesgos iniciales: una lista por capa después de la de entrada, un número por neurona. Ceros si faltan."),
                "type": "array", "items": ["type": "array", "minItems": 1, "items": number],
            ]
        case .updateBiases:
            return [
                "description": bilingual(
                    "Whether gradient descent also changes the biases.", "Si el descenso del gradiente también cambia los sesgos."),
                "type": "boolean", "default": true,
            ]
        case .learningRate:
            return [
                "description": bilingual("η, the step size of gradient descent. Greater than 0.", "η, el tamaño del paso del descenso del gradiente. Mayor que 0."),
                "type": "number", "exclusiveMinimum": 0, "maximum": Example.largestMagnitude,
            ]
        case .regularization:
            return [
                "description": bilingual("λ, the strength of L2 regularization (weight decay). 0 or more.", "λ, la intensidad de la regularización L2. 0 o más."),
                "type": "number", "minimum": 0, "maximum": Example.largestMagnitude, "default": 0,
            ]
        case .data:
            let vector: [String: Any] = ["type": "array", "minItems": 1, "items": number]
            return [
                "description": bilingual(
                    "The training examples: input has one number per input neuron, target one per output neuron.",
                    "Los ejemplos de entrenamiento: input tiene un número por neurona de entrada y target uno por neurona de salida."),
                "type": "array", "minItems": 1, "maxItems": Example.mostTrainingExamples,
                "items": [
                    "type": "object", "additionalProperties": false, "required": ["input", "target"],
                    "properties": [
                        "input": vector.merging(["description": bilingual("The input x.", "La entrada x.")]) { $1 },
                        "target": vector.merging(["description": bilingual("The target y.", "El objetivo y.")]) { $1 },
                    ],
                ],
            ]
        case .steps:
            return [
                "description": bilingual(
                    "How many gradient-descent steps the lesson works out in full.", "Cuántos pasos de descenso del gradiente desarrolla la lección por completo."),
                "type": "integer", "minimum": Example.stepRange.lowerBound, "maximum": Example.stepRange.upperBound, "default": Example.defaultSteps,
            ]
        case .epochs:
            return [
                "description": bilingual(
                    "How many gradient-descent steps to run for the training curve.", "Cuántos pasos de descenso del gradiente se dan para la curva de entrenamiento."),
                "type": "integer", "minimum": Example.epochRange.lowerBound, "maximum": Example.epochRange.upperBound, "default": Example.defaultEpochs,
            ]
        case .seed:
            return [
                "description": bilingual(
                    "The seed of the random starting weights, used only when weights is absent.",
                    "La semilla de los pesos iniciales aleatorios; solo se usa si faltan los pesos."),
                "type": "integer", "minimum": 0, "maximum": UInt64.max, "default": Example.defaultSeed,
            ]
        case .show:
            let neuron: [String: Any] = ["type": "integer", "minimum": 1, "maximum": Example.largestLayer]
            return [
                "description": bilingual(
                    "Neurons a figure must draw when a layer is too large to draw whole: one list per layer, input layer first, numbered from 1, at most \(Example.mostShownNeurons) each, such as [[1, 400], [], [4]]. The output layer keeps its target class and largest outputs after them.",
                    "Neuronas que una figura debe dibujar cuando una capa es demasiado grande para dibujarla entera: una lista por capa, empezando por la de entrada, numeradas desde 1, como mucho \(Example.mostShownNeurons) por capa, como [[1, 400], [], [4]]. La capa de salida conserva después su clase objetivo y sus salidas mayores."),
                "type": "array", "minItems": 2, "maxItems": Example.mostLayers,
                "items": ["type": "array", "maxItems": Example.mostShownNeurons, "items": neuron] as [String: Any],
            ]
        case .precision:
            return [
                "description": bilingual("Significant digits of computed numbers on pages and figures.", "Cifras significativas de los números calculados en las páginas y las figuras."),
                "type": "integer", "minimum": Example.precisionRange.lowerBound, "maximum": Example.precisionRange.upperBound,
                "default": Example.defaultPrecision,
            ]
        }
    }
}
