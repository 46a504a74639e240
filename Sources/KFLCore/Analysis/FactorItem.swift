/// An analysis item about one factor's result at a trinn (0 = all) and a
/// gender: a linked factor (step 3) or an indicator (step 7). The trinn and
/// gender pickers work on either.
public protocol FactorItem: AnalysisItem {
    var factorID: String { get }
    var trinn: Int { get set }
    var gender: Gender { get set }
}

extension LinkedFactor: FactorItem {}
extension Indicator: FactorItem {}

extension SnapshotInfo {
    /// The trinn an item about `factorID` can be set to for `unit`: all trinn
    /// (0), then each trinn the unit has that the factor's group answers for.
    /// Only all trinn for a group that answers for the whole school.
    public func trinnChoices(factorID: String, unit: ReportingUnit?) -> [Int] {
        guard let factor = instrument.factor(id: factorID), let group = instrument.group(of: factor),
            group.level == .trinn, let answered = group.trinnRange
        else { return [0] }
        let present = unit?.trinnRange ?? 1...10
        return [0] + answered.filter { present.contains($0) }
    }

    /// The genders an item about `factorID` can be set to: all, boys and
    /// girls for a group that answers per gender, else only all.
    public func genderChoices(factorID: String) -> [Gender] {
        let group = instrument.factor(id: factorID).flatMap { instrument.group(of: $0) }
        return group?.genderSplit == true ? Gender.allCases : [.all]
    }
}
