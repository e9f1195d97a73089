// Elements written in the wrong braces do not compile. These overloads are never
// callable; they exist so the compiler says, in Swedish, where the element belongs,
// instead of "no exact matches in call to static method 'buildExpression'".

extension Samla where Element == any Plandel {
    @available(*, unavailable, message: "En Aktivitet hör hemma inuti ett Mål(…) { … }.")
    public static func buildExpression(_ aktivitet: Aktivitet) -> [any Plandel] { fatalError() }

    @available(*, unavailable, message: "Ett Mål hör hemma inuti ett Fokus(…) { … }.")
    public static func buildExpression(_ mål: Mål) -> [any Plandel] { fatalError() }

    @available(*, unavailable, message: "Ett Delmål hör hemma inuti en Aktivitet(…) { … }.")
    public static func buildExpression(_ delmål: Delmål) -> [any Plandel] { fatalError() }
}

extension Samla where Element == any Fokusdel {
    @available(*, unavailable, message: "En Aktivitet hör hemma inuti ett Mål(…) { … }.")
    public static func buildExpression(_ aktivitet: Aktivitet) -> [any Fokusdel] { fatalError() }

    @available(*, unavailable, message: "Ett Delmål hör hemma inuti en Aktivitet(…) { … }.")
    public static func buildExpression(_ delmål: Delmål) -> [any Fokusdel] { fatalError() }
}

extension Samla where Element == any Måldel {
    @available(*, unavailable, message: "Ett Delmål hör hemma inuti en Aktivitet(…) { … }.")
    public static func buildExpression(_ delmål: Delmål) -> [any Måldel] { fatalError() }

    @available(*, unavailable, message: "En Indikator hör hemma inuti en Aktivitet(…) { … } eller i Indikatorer { … }.")
    public static func buildExpression(_ indikator: Indikator) -> [any Måldel] { fatalError() }

    @available(*, unavailable, message: "En Uppföljning hör hemma inuti ett Delmål(…) { … } eller efter en Aktivitet: Aktivitet(…) { … } uppföljning: { … }.")
    public static func buildExpression(_ uppföljning: Uppföljning) -> [any Måldel] { fatalError() }
}
