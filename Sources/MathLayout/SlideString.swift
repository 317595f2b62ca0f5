/// Every string-table key of the equation slides; the values live in Templates/strings/<code>.yaml.
public enum SlideString: String, CaseIterable, Sendable {
    /// {title}: the title of a slide whose equations did not fit on one.
    case continued = "slide.continued"
    /// {caption} {m}: a caption on a batch, where the slides work out the first example.
    case firstExample = "slide.firstExample"
    /// {layer}
    case forwardTitle = "slide.forward.title"
    case forwardCaption = "slide.forward.caption"
    case costTitle = "slide.cost.title"
    case costCaption = "slide.cost.caption"
    case bp1Title = "slide.bp1.title"
    case bp1Caption = "slide.bp1.caption"
    /// {layer}
    case bp2Title = "slide.bp2.title"
    case bp2Caption = "slide.bp2.caption"
    /// {layer}
    case gradientsTitle = "slide.gradients.title"
    case gradientsCaption = "slide.gradients.caption"
    /// {layer}
    case updateTitle = "slide.update.title"
    case updateCaption = "slide.update.caption"
    case costAfterTitle = "slide.costAfter.title"
    case costAfterCaption = "slide.costAfter.caption"

    /// Every key, for checking string tables.
    public static var keys: [String] { allCases.map(\.rawValue) }
}
