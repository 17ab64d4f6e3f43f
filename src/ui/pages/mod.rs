//! One component per page; the module's view (src/ui/modules.rs) picks the one for the current
//! route. The About page is rendered natively only (by the prerender): no shipped module
//! shows it (src/ui/modules.rs, `READ_ONLY`).

#[cfg(not(target_arch = "wasm32"))]
mod about;
mod assessment;
mod home;
mod scenarios;
mod statement;
mod summary;

#[cfg(not(target_arch = "wasm32"))]
pub use about::{glossary_text, history_text, AboutPage, GLOSSARY};
pub use assessment::AssessmentPage;
pub use home::HomePage;
pub use scenarios::ScenariosPage;
pub use statement::StatementPage;
pub use summary::SummaryPage;
