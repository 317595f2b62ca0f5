/// Collects the bytes a Cairo stream surface writes. Cairo calls back with an opaque pointer to
/// this object; the surface owning the sink keeps it alive until the surface is destroyed.
final class ByteSink {
    var bytes: [UInt8] = []
}
