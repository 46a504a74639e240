import KFLCore

/// One respondent row: every field checked, the row added to the table when
/// nothing is wrong. Fields are read as bytes; a String is made only for a
/// new school, a problem, or a text not seen before.
extension RespondentReader {
    /// Where a row is: for its problems.
    private struct RowPlace {
        let file: String
        let line: Int
        let header: CSVHeader
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: NumberParsing.trimmed(bytes), as: UTF8.self)
    }

    /// A problem with one field, located by its column's name.
    private mutating func problem(_ place: RowPlace, _ column: String, _ kind: ImportProblem.Kind, _ message: String) {
        let position = (place.header.position[column] ?? 0) + 1
        report(ImportProblem(file: place.file, line: place.line, column: position, kind: kind, message: message))
    }

    mutating func readRow(
        _ fields: CSVRow.Fields, line: Int, header: CSVHeader, file: String, delimiter: Character
    ) {
        guard fields.count == header.fieldCount else {
            report(
                ImportProblem(
                    file: file, line: line, kind: .fieldCount,
                    message: Strings.Import.fieldCount(
                        expected: header.fieldCount, found: fields.count, delimiter: delimiter)))
            return
        }
        let before = problems.count + (truncated ? 1 : 0)
        let place = RowPlace(file: file, line: line, header: header)
        func problem(_ column: String, _ kind: ImportProblem.Kind, _ message: String) {
            self.problem(place, column, kind, message)
        }
        let columns = header.columns

        // Survey round.
        let round = NumberParsing.integer(fields[columns.round]).flatMap { instrument.rounds.contains($0) ? $0 : nil }
        if round == nil {
            let roundText = text(fields[columns.round])
            problem("tidspunkt", .unknownRound, Strings.Import.unknownRound(roundText, rounds: instrument.rounds))
        }

        let municipality = municipalityNumber(fields[columns.municipality], place: place)
        let (groupIndex, group) = respondentGroup(fields[columns.group], place: place)
        if let groupIndex { groupsInFile[groupIndex] = true }
        let trinn = group.map { checkedTrinn(fields[columns.trinn], group: $0, place: place) } ?? 0

        // Gender of the pupil; ignored for staff groups.
        var gender = 0
        if let group, group.genderSplit {
            let raw = fields[columns.gender]
            let code: Int?
            if let cached = genderCache.value(for: raw) {
                code = cached
            } else {
                switch NorwegianCollation.searchFold(text(raw)) {
                case "gutt", "gutter", "gut", "gutar", "g", "m": code = 1
                case "jente", "jenter", "j", "k", "f": code = 2
                case "": code = CellCube.unknownGender
                default: code = nil
                }
                genderCache.store(code, for: raw)
            }
            if let code {
                gender = code
            } else {
                problem("kjonn", .invalidGender, Strings.Import.invalidGender(text(raw)))
            }
        }

        let school = schoolIndex(
            code: fields[columns.schoolID], name: fields[columns.school], municipality: municipality, place: place)

        // Respondent id, unique within a round.
        let idBytes = NumberParsing.trimmed(fields[columns.respondentID])
        if idBytes.isEmpty {
            problem("respondent_id", .missingValue, Strings.Import.missingValue(column: "respondent_id"))
        } else if let round {
            if files.last != file { files.append(file) }
            let place = RespondentIDTable.Place(file: UInt32(files.count - 1), line: UInt32(clamping: line))
            if let first = seenRespondents.firstPlace(of: NumberParsing.hash(idBytes, round: round), storing: place) {
                problem(
                    "respondent_id", .duplicateRespondent,
                    Strings.Import.duplicateRespondent(
                        String(decoding: idBytes, as: UTF8.self), firstFile: files[Int(first.file)],
                        firstLine: Int(first.line)))
            }
        }

        if let groupIndex { readScores(fields, header: header, group: groupIndex, file: file, line: line) }

        guard problems.count + (truncated ? 1 : 0) == before, let round, let groupIndex, let group, let school else {
            return
        }
        if trinn > 0 {
            let old = table.schools[school].trinn
            table.schools[school].trinn = min(old?.lowerBound ?? trinn, trinn)...max(old?.upperBound ?? trinn, trinn)
        }
        table.add(
            key: .init(round: round, group: groupIndex, school: school, trinn: trinn, gender: gender),
            scores: scores, shares: group.shareBands)
    }

    /// The kommunenummer, as the geography spells it; Excel drops leading
    /// zeros, so "425" means "0425". Empty when unknown (a problem is reported).
    private mutating func municipalityNumber(_ field: UnsafeBufferPointer<UInt8>, place: RowPlace) -> String {
        let bytes = NumberParsing.trimmed(field)
        if bytes.count == 3 || bytes.count == 4, let value = NumberParsing.integer(bytes),
            let known = municipalityByValue[value]
        {
            return known
        }
        var municipality = text(bytes)
        if municipality.count == 3, municipality.allSatisfy(\.isNumber) { municipality = "0" + municipality }
        if !municipalityNumbers.contains(municipality) {
            if var unknown = unknownMunicipalities[municipality] {
                unknown.rows += 1
                unknown.files.insert(place.file)
                unknownMunicipalities[municipality] = unknown
                return municipality
            }
            unknownMunicipalities[municipality] = (
                problems.count < Self.problemLimit ? problems.count : nil, text(bytes), 1, [place.file]
            )
            problem(place, "kommunenr", .unknownMunicipality, unknownMunicipalityMessage(text(bytes)))
        }
        return municipality
    }

    /// What an unknown kommunenummer's problem says; `count` where else it stands.
    func unknownMunicipalityMessage(_ raw: String, count: String = "") -> String {
        geographyFile.map { Strings.GeographyFile.unknownMunicipality(raw, file: $0, count: count) }
            ?? Strings.Import.unknownMunicipality(raw, county: geography.county.name, count: count)
    }

    /// The respondent group: its index and the group, nil when unknown (a problem is reported).
    private mutating func respondentGroup(
        _ field: UnsafeBufferPointer<UInt8>, place: RowPlace
    ) -> (Int?, RespondentGroup?) {
        let raw = NumberParsing.trimmed(field)
        let groupIndex: Int?
        if let cached = groupCache.value(for: raw) {
            groupIndex = cached
        } else {
            groupIndex = groupLookup[NorwegianCollation.searchFold(text(raw))]
            groupCache.store(groupIndex, for: raw)
        }
        guard let groupIndex else {
            let groupText = text(raw)
            let ids = instrument.groups.map(\.id)
            problem(
                place, "gruppe", groupText.isEmpty ? .missingValue : .unknownGroup,
                groupText.isEmpty
                    ? Strings.Import.missingValue(column: "gruppe")
                    : Strings.Import.unknownGroup(
                        groupText, suggestion: NearestMatch.find(groupText, in: ids), ids: ids))
            return (nil, nil)
        }
        return (groupIndex, instrument.groups[groupIndex])
    }

    /// Trinn, against 1–10 and the group's range; 0 for none (or a problem, reported).
    private mutating func checkedTrinn(
        _ field: UnsafeBufferPointer<UInt8>, group: RespondentGroup, place: RowPlace
    ) -> Int {
        let bytes = NumberParsing.trimmed(field)
        guard let range = group.trinnRange else {
            if !bytes.isEmpty {
                problem(place, "trinn", .trinnNotForGroup, Strings.Import.trinnNotForGroup(group: group.name))
            }
            return 0
        }
        if bytes.isEmpty {
            problem(place, "trinn", .missingValue, Strings.Import.trinnMissing(group: group.name))
        } else if let value = NumberParsing.integer(bytes) {
            if !(1...10).contains(value) {
                problem(place, "trinn", .trinnOutOfRange, Strings.Import.trinnOutside(value))
            } else if !range.contains(value) {
                problem(
                    place, "trinn", .trinnOutOfRange,
                    Strings.Import.trinnOutsideGroup(value, group: group.name, range: range))
            } else {
                return value
            }
        } else {
            problem(place, "trinn", .trinnOutOfRange, Strings.Import.trinnNotNumber(text(bytes)))
        }
        return 0
    }

    /// The school's index; its identity (code, name, kommune) must be the same
    /// across rows and files. nil when something is wrong (a problem is reported).
    private mutating func schoolIndex(
        code codeField: UnsafeBufferPointer<UInt8>, name nameField: UnsafeBufferPointer<UInt8>,
        municipality: String, place: RowPlace
    ) -> Int? {
        let codeBytes = NumberParsing.trimmed(codeField)
        let nameBytes = NumberParsing.trimmed(nameField)
        // Most rows repeat the school of the row before: same code, name and kommune.
        if let last = lastSchool, schoolBytes[last].code.elementsEqual(codeBytes),
            schoolBytes[last].name.elementsEqual(nameBytes), table.schools[last].municipality == municipality
        {
            return last
        }
        if codeBytes.isEmpty {
            problem(place, "skole_id", .missingValue, Strings.Import.missingValue(column: "skole_id"))
        }
        if nameBytes.isEmpty { problem(place, "skole", .missingValue, Strings.Import.missingValue(column: "skole")) }
        guard !codeBytes.isEmpty, !nameBytes.isEmpty else { return nil }
        let code = text(codeBytes)
        if let index = table.schoolIndex[code] {
            let known = table.schools[index]
            if known.municipality != municipality && municipalityNumbers.contains(municipality) {
                problem(
                    place, "kommunenr", .inconsistentSchool,
                    Strings.Import.inconsistentSchool(
                        code,
                        detail: Strings.Import.schoolMunicipalityDiffers(
                            known.municipality, file: known.file, line: known.line, here: municipality)))
            } else if !schoolBytes[index].name.elementsEqual(nameBytes), case let name = text(nameBytes),
                known.name != name
            {
                problem(
                    place, "skole", .inconsistentSchool,
                    Strings.Import.inconsistentSchool(
                        code,
                        detail: Strings.Import.schoolNameDiffers(
                            known.name, file: known.file, line: known.line, here: name)))
            } else {
                lastSchool = known.municipality == municipality ? index : lastSchool
                return index
            }
        } else if municipalityNumbers.contains(municipality) {
            let index = table.schools.count
            table.schoolIndex[code] = index
            table.schools.append(
                .init(
                    code: code, name: text(nameBytes), municipality: municipality, file: place.file, line: place.line,
                    trinn: nil))
            schoolBytes.append((Array(codeBytes), Array(nameBytes)))
            lastSchool = index
            return index
        }
        return nil
    }

    /// The row's scores into `scores`: only the row's own group's factors may hold values.
    private mutating func readScores(
        _ fields: CSVRow.Fields, header: CSVHeader, group groupIndex: Int, file: String, line: Int
    ) {
        let group = instrument.groups[groupIndex]
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(nil, count: group.factors.count))
        for (position, number) in header.factorColumns {
            let raw = NumberParsing.trimmed(fields[position])
            guard !raw.isEmpty else { continue }
            let place = factorPlace[number]
            guard place.group == groupIndex else {
                report(
                    ImportProblem(
                        file: file, line: line, column: position + 1, kind: .factorNotInGroup,
                        message: Strings.Import.factorNotInGroup(
                            column: header.names[position], factorGroup: instrument.groups[place.group].name,
                            rowGroup: group.name)))
                continue
            }
            guard let value = NumberParsing.decimal(raw) else {
                reportNotANumber(raw, column: header.names[position], position: position, file: file, line: line)
                continue
            }
            let scale = scales[number]
            guard scale.contains(value) else {
                report(
                    ImportProblem(
                        file: file, line: line, column: position + 1, kind: .outOfScale,
                        message: Strings.Import.outOfScale(
                            String(decoding: raw, as: UTF8.self), column: header.names[position], scale: scale)))
                continue
            }
            scores[place.position] = value
        }
    }

    private mutating func reportNotANumber(
        _ raw: UnsafeBufferPointer<UInt8>, column: String, position: Int, file: String, line: Int
    ) {
        let text = String(decoding: raw, as: UTF8.self)
        // "3," is a value cut short (a truncated last line), not a typo.
        let cutShort =
            [UInt8(ascii: ","), UInt8(ascii: ".")].contains(raw.last)
            && NumberParsing.decimal(UnsafeBufferPointer(rebasing: raw.dropLast())) != nil
        let message =
            cutShort
            ? Strings.Import.numberCutShort(text, column: column)
            : Strings.Import.notANumber(text, column: column)
        report(ImportProblem(file: file, line: line, column: position + 1, kind: .notANumber, message: message))
    }
}
