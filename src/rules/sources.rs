//! The documents parameters cite, from `params/sources.toml`: laws on Finlex and official pages
//! of Kela, Verohallinto and others, each with a title in three languages and its address. A
//! parameter's reference is one of these plus a section ([`super::Parameter`]); SISU names are
//! kept only as a cross-check.

use super::dataset::Texts;

/// One cited document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Id used by the parameters (`tuloverolaki`, `kela-kulukorvaus`).
    pub id: &'static str,
    /// Title.
    pub title: Texts,
    /// Address.
    pub url: &'static str,
    /// A secondary source (a model or news) rather than an official text.
    pub secondary: bool,
}

/// Every document of the built-in data.
pub fn sources() -> &'static [Source] {
    super::dataset::builtin().sources
}

/// The document with this id.
pub fn find(id: &str) -> Option<&'static Source> {
    super::dataset::builtin().source(id)
}

/// The readable reference of a reason's source: a parameter path (`verotus.yle_rate`) gives its
/// document and section; a document id gives the document. `None` for anything else.
pub fn reference(source: &str) -> Option<(&'static Source, &'static str)> {
    let data = super::dataset::builtin();
    if let Some(p) = data.parameter(source) {
        return data.source(p.source).map(|s| (s, p.section));
    }
    data.source(source).map(|s| (s, ""))
}
