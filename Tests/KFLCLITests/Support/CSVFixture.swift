/// Respondent CSV in the documented format, built row by row.
enum CSVFixture {
    /// Columns 1–8 are the required ones; 9 e14_trivsel, 10 e510_trivsel, 11 l_samarbeid.
    static let columns = [
        "tidspunkt", "kommunenr", "skole_id", "skole", "trinn", "kjonn", "gruppe", "respondent_id",
        "e14_trivsel", "e510_trivsel", "l_samarbeid",
    ]

    static func header(_ delimiter: String = ";") -> String { columns.joined(separator: delimiter) }

    /// One respondent row; every field can be overridden.
    static func row(
        round: String = "2016", kommune: String = "0425", school: String = "S1", name: String = "Åsnes skole",
        trinn: String = "6", gender: String = "gutt", group: String = "elev510", id: String = "r1",
        e14: String = "", e510: String = "4", teacher: String = "", delimiter: String = ";"
    ) -> String {
        [round, kommune, school, name, trinn, gender, group, id, e14, e510, teacher].joined(separator: delimiter)
    }

    /// `count` valid pupils on 6. trinn of one school, boys and girls in turn.
    static func pupils(_ count: Int, delimiter: String = ";") -> [String] {
        (1...count).map { i in
            row(gender: i % 2 == 0 ? "jente" : "gutt", id: "r\(i)", e510: String(1 + i % 5), delimiter: delimiter)
        }
    }

    /// A whole file: header, rows, a final line end.
    static func text(_ rows: [String], delimiter: String = ";", lineEnd: String = "\n") -> String {
        ([header(delimiter)] + rows).joined(separator: lineEnd) + lineEnd
    }
}
