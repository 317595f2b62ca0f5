import BackpropEngine
import LessonFormatting

/// Numbers, vectors and matrices of the engine written as MathML with a lesson's `NumberFormat`.
extension MathML {
    /// Rows or columns shown in full; longer ones show their first entries, ⋮ or ⋯, and the last one.
    public static let elisionLimit = 6

    /// A computed number with the lesson's significant digits, e.g. `<mn>−0,8090</mn>`, or in
    /// scientific notation 5,5·10⁻¹¹ with a real superscript.
    public static func value(_ value: Double, _ format: NumberFormat) -> MathML {
        written(format.parts(value), format)
    }

    /// A number the teacher gave (η, λ, an input, a starting weight), as written in the example file.
    public static func given(_ value: Double, _ format: NumberFormat) -> MathML {
        .number(format.given(value))
    }

    /// A number used as a factor or a term: in parentheses when negative or in scientific notation,
    /// so that 0,5 · (−0,2) and 1 − (−0,3) read unambiguously.
    public static func factor(_ value: Double, _ format: NumberFormat) -> MathML {
        let parts = format.parts(value)
        guard parts.mantissa.hasPrefix(format.minusSign) || parts.exponent != nil else { return written(parts, format) }
        return parenthesized(written(parts, format))
    }

    /// A given number used as a factor: in parentheses when negative.
    public static func givenFactor(_ value: Double, _ format: NumberFormat) -> MathML {
        let written = format.given(value)
        guard written.hasPrefix(format.minusSign) else { return .number(written) }
        return parenthesized(.number(written))
    }

    private static func written(_ parts: NumberFormat.Parts, _ format: NumberFormat) -> MathML {
        guard let exponent = parts.exponent else { return .number(parts.mantissa) }
        return .row([.number(parts.mantissa), .operator(format.timesSign), .superscript(.number("10"), .integer(exponent))])
    }

    /// An integer such as m or a layer number.
    public static func integer(_ value: Int) -> MathML {
        .number(value < 0 ? "\u{2212}\(-value)" : "\(value)")
    }

    /// `content` between `open` and `close` in its own group, so the fences stretch to its height.
    public static func fenced(_ content: MathML, open: String, close: String) -> MathML {
        .row([.operator(open), content, .operator(close)])
    }

    /// `factor (t₁ + t₂ + … + tₙ)` written one term per line, as a textbook breaks a long sum: the
    /// first line opens the bracket, each next one starts with its +, the last one closes it. `sum`
    /// is the terms joined by `.plus`, split where a top-level + stands.
    public static func sumLines(_ factor: MathML, _ sum: [MathML]) -> [MathML] {
        let terms = sum.split(separator: .plus, omittingEmptySubsequences: false).map(Array.init)
        return terms.enumerated().map { index, term in
            .row((index == 0 ? [factor, .operator("(")] : [.plus, .space(0.3)]) + term
                 + (index == terms.count - 1 ? [.operator(")")] : []))
        }
    }

    /// `content` in round brackets.
    public static func parenthesized(_ content: MathML) -> MathML {
        fenced(content, open: "(", close: ")")
    }

    /// A matrix in square brackets, rows of the engine's `Matrix`.
    /// `given`: the entries are the teacher's (starting weights), written as in the example file; with
    /// `key`, each entry is marked as the figure quantity `key(row, column)`.
    public static func matrix(
        _ matrix: Matrix, _ format: NumberFormat, given: Bool = false, key: ((Int, Int) -> String)? = nil
    ) -> MathML {
        grid(matrix.rowArrays, format, given: given, key: key)
    }

    /// A column vector in square brackets (activations, weighted inputs, errors δ; inputs and targets
    /// with `given`); with `key`, each entry is marked as the figure quantity `key(row)`.
    public static func columnVector(
        _ vector: [Double], _ format: NumberFormat, given: Bool = false, key: ((Int) -> String)? = nil
    ) -> MathML {
        grid(vector.map { [$0] }, format, given: given, key: key.map { key in { row, _ in key(row) } })
    }

    /// A row vector in square brackets, such as (a⁽ˡ⁻¹⁾)ᵀ in BP4.
    public static func rowVector(_ vector: [Double], _ format: NumberFormat, given: Bool = false) -> MathML {
        grid([vector], format, given: given)
    }

    /// Rows of numbers as a bracketed table, long rows and columns elided.
    static func grid(
        _ rows: [[Double]], _ format: NumberFormat, given: Bool = false, key: ((Int, Int) -> String)? = nil
    ) -> MathML {
        let entry = { (value: Double) in given ? MathML.given(value, format) : MathML.value(value, format) }
        let rowIndices = shownIndices(rows.count)
        let columnIndices = shownIndices(rows.first?.count ?? 0)
        let cells: [[MathML]] = rowIndices.map { row in
            columnIndices.map { column in
                switch (row, column) {
                case (let row?, let column?):
                    key.map { .keyed($0(row, column), entry(rows[row][column])) } ?? entry(rows[row][column])
                case (nil, nil): .operator("⋱")
                case (nil, _): .operator("⋮")
                case (_, nil): .operator("⋯")
                }
            }
        }
        return fenced(.table(cells), open: "[", close: "]")
    }

    /// The indices shown of `count` entries: all of them up to `elisionLimit`, otherwise the first
    /// ones, `nil` for the ellipsis, and the last one.
    static func shownIndices(_ count: Int) -> [Int?] {
        guard count > elisionLimit else { return Array(0..<count) }
        return Array(0..<(elisionLimit - 2)) + [nil, count - 1]
    }
}
