import ArgumentParser
import CairoRendering

/// `--svg-text outlines` or `--svg-text text`.
extension SVGText: ArgumentWord {}
