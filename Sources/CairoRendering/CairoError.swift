import CCairo

/// A failed Cairo call: which operation failed and Cairo's own explanation.
public struct CairoError: Error, Equatable, CustomStringConvertible {
    /// What was being done, e.g. "creating the PDF surface".
    public var operation: String
    /// Cairo's `cairo_status_t` value.
    public var code: Int
    /// Cairo's text for the status (`cairo_status_to_string`).
    public var message: String

    init(_ status: cairo_status_t, operation: String) {
        self.operation = operation
        self.code = Int(status.rawValue)
        self.message = String(cString: cairo_status_to_string(status))
    }

    public var description: String { "Cairo failed while \(operation): \(message)" }

    /// Throws when `status` is not `CAIRO_STATUS_SUCCESS`.
    static func check(_ status: cairo_status_t, _ operation: @autoclosure () -> String) throws {
        if status != CAIRO_STATUS_SUCCESS { throw CairoError(status, operation: operation()) }
    }
}
