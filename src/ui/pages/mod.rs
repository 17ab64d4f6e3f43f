//! One component per page; the module's view (src/ui/modules.rs) picks the one for the current
//! route.

mod about;
mod assessment;
mod home;
mod scenarios;
mod statement;
mod summary;

pub use about::{glossary_text, history_text, AboutPage, GLOSSARY};
pub use assessment::AssessmentPage;
pub use home::HomePage;
pub use scenarios::ScenariosPage;
pub use statement::StatementPage;
pub use summary::SummaryPage;
