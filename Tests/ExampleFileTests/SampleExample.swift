/// A small valid example file, line by line, from which the bad inputs are made by changing one line,
/// so that every expected line and column can be read off the listing below.
enum SampleExample {
    static let lines = [
        #"id: prueba"#,                                 // 1
        #"title: {es: "Prueba", en: "Test"}"#,          // 2
        #"layers: [2, 2, 1]"#,                          // 3
        #"activations: [sigmoid, sigmoid]"#,            // 4
        #"loss: half-squared-error"#,                   // 5
        #"weights:"#,                                   // 6
        #"  - [[0.1, 0.2], [0.3, 0.4]]"#,               // 7
        #"  - [[0.5, 0.6]]"#,                           // 8
        #"biases: [[0, 0], [0]]"#,                      // 9
        #"learning_rate: 0.5"#,                         // 10
        #"data:"#,                                      // 11
        #"  - {input: [0, 1], target: [1]}"#,           // 12
        #"  - {input: [1, 0], target: [0]}"#,           // 13
    ]

    /// The valid file.
    static var yaml: String { text(lines) }

    /// The file with line `number` (from 1) replaced by `replacement`, which may span several lines.
    static func replacing(_ number: Int, with replacement: String) -> String {
        var changed = lines
        changed[number - 1] = replacement
        return text(changed)
    }

    /// The file with lines `numbers` (from 1) replaced by `replacement`.
    static func replacing(_ numbers: ClosedRange<Int>, with replacement: String) -> String {
        var changed = lines
        changed.replaceSubrange((numbers.lowerBound - 1)..<numbers.upperBound, with: [replacement])
        return text(changed)
    }

    /// The file without lines `numbers` (from 1).
    static func removing(_ numbers: ClosedRange<Int>) -> String {
        var changed = lines
        changed.removeSubrange((numbers.lowerBound - 1)..<numbers.upperBound)
        return text(changed)
    }

    /// The file with `line` added after the last line, as line 14.
    static func appending(_ line: String) -> String { text(lines + [line]) }

    private static func text(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }
}

/// A one-layer softmax classifier, for the rules on cross-entropy targets after softmax.
enum SoftmaxSample {
    static func yaml(target: String) -> String {
        """
        id: clases
        title: {es: "Clases", en: "Classes"}
        layers: [2, 2]
        activations: [softmax]
        loss: cross-entropy
        learning_rate: 0.5
        data:
          - {input: [0, 1], target: \(target)}

        """
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
