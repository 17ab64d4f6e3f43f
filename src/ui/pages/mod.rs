//! One component per page; [`PageView`] picks the one for the current route.

mod about;
mod assessment;
mod home;
mod scenarios;
mod statement;
mod summary;

use yew::prelude::*;

pub use about::{glossary_text, history_text, with_values, AboutPage, GLOSSARY};
pub use assessment::AssessmentPage;
pub use home::HomePage;
pub use scenarios::ScenariosPage;
pub use statement::StatementPage;
pub use summary::SummaryPage;

use super::route::Page;

#[derive(Properties, PartialEq)]
pub struct PageViewProps {
    pub page: Page,
}

/// The page for the current route.
#[component]
pub fn PageView(props: &PageViewProps) -> Html {
    match props.page {
        Page::Home => html! { <HomePage /> },
        Page::Assessment => html! { <AssessmentPage /> },
        Page::Scenarios => html! { <ScenariosPage /> },
        Page::Summary => html! { <SummaryPage /> },
        Page::About => html! { <AboutPage /> },
        Page::Accessibility => html! { <StatementPage /> },
    }
}
