//! Yew components: the app shell, pages, charts and inputs.
//!
//! Components render values and send actions; they hold no rule logic. Every number shown comes
//! from `rules`, every word from `i18n`. Components are function components, one per file,
//! sharing one state value through context ([`state`]). All of them render natively too, which
//! is how the server-side rendering tests check the pages in every language.

pub mod app;
pub mod assessment;
pub mod browser;
pub mod charts;
pub mod footer;
pub mod form;
pub mod header;
pub mod help_link;
pub mod lang_switch;
pub mod messages;
pub mod modules;
pub mod month;
pub mod nav_link;
pub mod pages;
pub mod route;
pub mod rule_data_text;
pub mod scenario;
pub mod scenario_key_figures;
pub mod share;
pub mod skip_link;
pub mod start;
pub mod state;

pub use app::App;
