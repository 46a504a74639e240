// Reading the instrument's parts from JSON (`Instrument.decode`, in Instrument.swift):
// the one definition of what a valid instrument document is. Writing goes through
// `Encodable` (`Instrument.jsonData`).

extension RespondentGroup {
    init(json value: JSONValue, path: String) throws(JSONValue.DecodeError) {
        let members = try JSONValue.Members(value, path: path)
        id = try members.string("id")
        storedName = try members.string("name")
        storedShortName = try members.string("shortName")
        level = try members.required("level", "trinn or skole") { $0.string.flatMap(ReportingLevel.init(rawValue:)) }
        trinn = try members.optional("trinn", "whole numbers", JSONValue.Members.each(\.int))
        genderSplit = try members.bool("genderSplit")
        areas = try members.array("areas", Area.init(json:path:))
    }
}

extension Area {
    init(json value: JSONValue, path: String) throws(JSONValue.DecodeError) {
        let members = try JSONValue.Members(value, path: path)
        storedName = try members.string("name")
        questions = try members.int("questions")
        factors = try members.array("factors", Factor.init(json:path:))
    }
}

extension Factor {
    init(json value: JSONValue, path: String) throws(JSONValue.DecodeError) {
        let members = try JSONValue.Members(value, path: path)
        id = try members.string("id")
        storedName = try members.string("name")
        questions = try members.int("questions")
        direction = try members.required("direction", "higher or lower") { $0.string.flatMap(Direction.init) }
        storedDescription = try members.string("description")
        let bounds = try members.doubles("scale")
        guard bounds.count == 2, bounds[0] < bounds[1] else {
            throw JSONValue.DecodeError("\(path).scale: scale must be [min, max]")
        }
        scale = bounds[0]...bounds[1]
        level = try members.required("level", "trinn or skole") { $0.string.flatMap(ReportingLevel.init) }
        shares = try members.optionalObject("shares", ShareBands.init(json:path:))
        if let problem = shares?.problem(scale: scale) { throw JSONValue.DecodeError("\(path).shares: \(problem)") }
    }
}

extension ShareBands {
    init(json value: JSONValue, path: String) throws(JSONValue.DecodeError) {
        let members = try JSONValue.Members(value, path: path)
        self.init(
            edges: try members.doubles("bands"), threshold: try members.double("threshold"),
            label: try members.string("label"))
    }
}

extension SurveyTheme {
    init(json value: JSONValue, path: String) throws(JSONValue.DecodeError) {
        let members = try JSONValue.Members(value, path: path)
        self.init(
            id: try members.string("id"), name: try members.string("name"),
            description: try members.string("description"), factors: try members.strings("factors"))
    }
}
