//! Diagnostic codes of the schema reader (range `LCW4000`-`LCW4099`), listed in `LINTS.md`.

use lcw_docs::diag::Severity;

lcw_docs::code_catalogue! {
    /// One thing the schema reader can report about a CSDL document.
    pub enum Code(summary, severity: Severity);
    /// Every code of the reader, in catalogue order.
    pub const ALL;

    /// The text is not well-formed XML, declares a DTD, or exceeds a size limit.
    NotXml(NOT_XML) = "LCW4001", Error, "not well-formed XML, or a DTD, or over a size limit";
    /// Well-formed XML that is not an EDMX 4.0 document with schemas.
    NotCsdl(NOT_CSDL) = "LCW4002", Error, "not an EDMX 4.0 document";
    /// An element lacks an attribute CSDL requires (`Name`, `Type`...).
    MissingAttribute(MISSING_ATTRIBUTE) = "LCW4003", Error, "required attribute missing";
    /// A type reference names neither an Edm primitive nor a qualified name.
    BadTypeReference(BAD_TYPE_REFERENCE) = "LCW4004", Error, "type reference cannot be read";
    /// The same qualified name is declared twice; the first declaration is kept.
    DuplicateDefinition(DUPLICATE_DEFINITION) = "LCW4005", Warning, "type or enum declared twice";
}
