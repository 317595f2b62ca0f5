import ArgumentParser
import FigureLayout

/// `--figure network`, `--figure graph`…, by the figure's file name.
extension FigureKind: ArgumentWord {}
