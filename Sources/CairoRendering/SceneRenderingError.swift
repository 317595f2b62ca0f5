/// A scene or deck that cannot be drawn, or an encoder failure outside Cairo.
public enum SceneRenderingError: Error, Equatable, CustomStringConvertible {
    /// The canvas size is not a positive finite number of units, or (for PNG, in pixels at the
    /// requested scale) is larger than Cairo's largest image, 32767 pixels a side.
    case invalidCanvas(width: Double, height: Double)
    /// A PDF deck needs at least one page.
    case noPages
    /// zlib refused to compress the PNG pixels; the code is zlib's return value.
    case compressionFailed(code: Int)

    public var description: String {
        switch self {
        case .invalidCanvas(let width, let height):
            "cannot draw a \(width) × \(height) canvas: width and height must be positive, finite and, for PNG in pixels, at most 32767"
        case .noPages:
            "a PDF deck needs at least one scene, but none was given"
        case .compressionFailed(let code):
            "zlib failed to compress the PNG image data (zlib code \(code))"
        }
    }
}
