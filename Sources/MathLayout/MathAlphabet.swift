/// Letters as TeX sets variables: Latin and lowercase Greek in math italic, taken from Unicode's
/// Mathematical Alphanumeric Symbols (𝑊, 𝑎, 𝛿), which math fonts draw as their italic.
enum MathAlphabet {
    /// `text` with each Latin letter and lowercase Greek letter in math italic; others unchanged.
    static func italic(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(italic)))
    }

    static func italic(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let mapped: UInt32? = switch value {
        case 0x68: 0x210E  // ℎ, the Planck constant, stands in for the italic h
        case 0x61...0x7A: 0x1D44E + value - 0x61
        case 0x41...0x5A: 0x1D434 + value - 0x41
        case 0x3B1...0x3C9: 0x1D6FC + value - 0x3B1
        default: nil
        }
        return mapped.flatMap(Unicode.Scalar.init) ?? scalar
    }
}
