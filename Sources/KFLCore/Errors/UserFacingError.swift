/// An error that can explain itself to the user, in Norwegian, without
/// internals (no SQL, no English, no type names).
///
/// Every error kfl throws at a user conforms, or is mapped by `ErrorText`.
public protocol UserFacingError: Error {
    /// What went wrong, in plain Norwegian: a phrase that reads on its own
    /// ("disken er full") and after a subject ("kan ikke skrive X: disken er full").
    var userMessage: String { get }
}
