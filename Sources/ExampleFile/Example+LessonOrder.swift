extension Example {
    /// `examples` in the order a student should read them: by their `order` key, smaller first;
    /// examples without one follow, and ties go by id, so the order never depends on file names alone.
    public static func inLessonOrder(_ examples: [Example]) -> [Example] {
        examples.sorted { first, second in
            switch (first.order, second.order) {
            case let (a?, b?) where a != b: a < b
            case (_?, nil): true
            case (nil, _?): false
            default: first.id < second.id
            }
        }
    }
}
