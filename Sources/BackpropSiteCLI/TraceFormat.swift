import ArgumentParser

/// How `trace` prints the walkthrough.
enum TraceFormat: String, ArgumentWord {
    /// A readable report for the terminal.
    case table
    /// Machine-readable JSON with snake_case keys, full double precision.
    case json
    /// Every equation as LaTeX (amsmath `align*`, `bmatrix`), one `\bpequation{name}` each, for Beamer.
    case latex
}
