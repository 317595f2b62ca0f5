import CFontconfig

/// What fontconfig answers for `pattern`, as Cairo asks it: the pattern with the configured and the
/// default substitutions, its best match, and that match's string `property` (`FC_FILE`,
/// `FC_FAMILY`); `nil` when nothing matches.
func fontconfigMatch(_ pattern: OpaquePointer, _ property: String) -> String? {
    FcConfigSubstitute(nil, pattern, FcMatchPattern)
    FcDefaultSubstitute(pattern)
    var result = FcResultNoMatch
    guard let match = FcFontMatch(nil, pattern, &result) else { return nil }
    defer { FcPatternDestroy(match) }
    var value: UnsafeMutablePointer<FcChar8>?
    guard FcPatternGetString(match, property, 0, &value) == FcResultMatch, let value else { return nil }
    return String(cString: value)
}
