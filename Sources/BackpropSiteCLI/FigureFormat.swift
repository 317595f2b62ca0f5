import ArgumentParser

/// The file `render` writes; the raw value is also the file extension.
enum FigureFormat: String, ArgumentWord {
    /// Vector, for web pages; text drawn as outlines.
    case svg
    /// Pixels at `--scale` pixels per figure unit, for slides.
    case png
    /// Vector, one page the figure's size, for LaTeX.
    case pdf
    /// Graphviz source of the computational graph (only for `--figure graph`).
    case dot
}
