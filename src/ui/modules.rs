//! The app ships as four WebAssembly modules, so that a page downloads and starts only the code
//! it uses, and only what its first screen needs before it is ready.
//!
//! - [`SHELL`] (`askel_bg.wasm`): the home page, the self-assessment and the accessibility
//!   statement. It carries no tax or benefit rules, charts or share links.
//! - [`SCENARIOS`] (`askel-scenarios_bg.wasm`): the income scenarios as they start: the
//!   questions, without the results. It carries no self-assessment, and not the About page
//!   either (below).
//! - [`SCENARIOS_FULL`] (`askel-scenarios-full_bg.wasm`): the income scenarios with their
//!   results. The first module hands the page over to it when the results are to be shown
//!   (src/ui/scenario/results_slot.rs, src/ui/start.rs); static/boot.js has fetched and compiled
//!   it during the first load, so the hand-over makes no request.
//! - [`SUMMARY`] (`askel-summary_bg.wasm`): the meeting summary, which shows both halves: the
//!   self-assessment's result and the calculation's key figures.
//!
//! Each module has its own messages files, one per language (src/i18n/catalogue.rs), without
//! the texts of the other modules' pages ([`AppModule::leaves_out`]).
//!
//! All are built from this one crate (src/main.rs and src/bin/). Each binary names only its own
//! module, so the linker leaves the other pages' components, rules and state out. Inside a
//! module, a link to one of its pages changes the view without loading anything
//! ([`crate::ui::nav_link`]); a link to another module's page loads that page's own prerendered
//! file, and the tab's state (both halves' unsaved work) goes with it. Home, About and the
//! statement need no WebAssembly at all, in any display (static/boot.js decides, from the list
//! the build writes with [`owner`] and [`needs_no_module`]).
//!
//! About is in no shipped module ([`READ_ONLY`]): it is only ever read from its prerendered file,
//! so the scenarios module need not carry its code, the parameters' labels and notes
//! ([`crate::rules::ParameterDocs`]) or its messages.
//!
//! Natively (tests and the prerender) [`ALL`] renders every page, with the same markup each
//! module gives its own pages: the context providers add no elements.

use yew::prelude::*;

use super::assessment::AssessmentProvider;
#[cfg(not(target_arch = "wasm32"))]
use super::pages::AboutPage;
use super::pages::{AssessmentPage, HomePage, ScenariosPage, StatementPage, SummaryPage};
use super::route::Page;
use super::scenario::results_slot::{self, ResultsSlot};
use super::scenario::{ScenarioProvider, ScenarioState};
use super::share::LinkOpener;
use crate::scenario::Date;

/// What a module is given to render the current page.
pub struct PageArgs {
    pub page: Page,
    pub today: Date,
    /// The scenario to start with (a preset in tests); `None` starts with an empty household.
    pub scenario: Option<ScenarioState>,
}

/// One WebAssembly module: its file name, the pages it can show and the messages it needs.
#[derive(Clone, Copy)]
pub struct AppModule {
    /// The module's file stem in `dist/` (`askel` → `askel.js`, `askel_bg.wasm`), and the
    /// folder of its messages files (`messages/askel/fi.txt`, src/i18n/catalogue.rs).
    pub name: &'static str,
    pub pages: &'static [Page],
    /// The message domains (the files `i18n/<lang>/<domain>.txt`) that no page of the module
    /// shows, left out of its messages files. A domain is listed only when no code the module
    /// links refers to its keys; the browser tests look for a left-out message in every state
    /// they check.
    pub leaves_out: &'static [&'static str],
    /// The module that takes the page over when it needs what this one leaves out (the
    /// scenarios page's results: src/ui/scenario/results_slot.rs). static/boot.js fetches and
    /// compiles it as soon as this one is ready, during the first load, and starts it when asked
    /// (src/ui/start.rs, `continue_in_next_module`); a share link or meeting mode starts it
    /// at once.
    /// Its name only: the module's view is not linked into this one.
    pub continued_by: Option<&'static str>,
    /// This module continues another ([`AppModule::continued_by`]): the prerendered markup is
    /// the other one's, so it never hydrates it, and renders the page afresh (src/ui/start.rs).
    pub takes_over: bool,
    view: fn(&PageArgs) -> Html,
}

impl PartialEq for AppModule {
    fn eq(&self, other: &AppModule) -> bool {
        self.name == other.name
    }
}

impl AppModule {
    /// Whether this module shows `page` (otherwise a link to it loads the page's own file).
    pub fn shows(&self, page: Page) -> bool {
        self.pages.contains(&page)
    }

    /// The current page, inside this module's context providers.
    pub fn view(&self, args: &PageArgs) -> Html {
        (self.view)(args)
    }
}

/// The self-assessment half and the pages around it.
pub const SHELL: AppModule = AppModule {
    name: "askel",
    pages: &[Page::Home, Page::Assessment, Page::Accessibility],
    // The calculation's (src/ui/scenario/; its fields' errors are `form`), the About page's
    // (src/ui/pages/about.rs), the calculation's reasons (src/ui/scenario/reason_text.rs), the
    // charts (src/ui/charts/) and the month view (src/ui/month/): all on the scenarios page or
    // the About page.
    leaves_out: &[
        "about",
        "breakdown",
        "chart",
        "convention",
        "glossary",
        "month",
        "scenario",
    ],
    continued_by: None,
    takes_over: false,
    view: shell_view,
};

/// The income scenarios' first module: the page with everything needed to enter a household,
/// and the results' place held ([`results_slot::PENDING`]) until [`SCENARIOS_FULL`] takes over.
/// The results, charts, comparison, explanations, month view and share links are more than
/// half of the code, and the first screen shows none of them.
pub const SCENARIOS: AppModule = AppModule {
    name: "askel-scenarios",
    pages: &[Page::Scenarios],
    // As the whole module's, and the results' own: the calculation's reasons (breakdown), the
    // charts and the month view.
    leaves_out: &[
        "about",
        "assessment",
        "breakdown",
        "chart",
        "convention",
        "glossary",
        "home",
        "month",
    ],
    continued_by: Some(SCENARIOS_FULL.name),
    takes_over: false,
    view: scenarios_start_view,
};

/// The income scenarios whole: [`SCENARIOS`] and the results.
pub const SCENARIOS_FULL: AppModule = AppModule {
    name: "askel-scenarios-full",
    pages: &[Page::Scenarios],
    // The self-assessment's (src/assessment/, src/ui/assessment/, and the summary's key figures),
    // the home page's (src/ui/pages/home.rs) and the About page's (src/ui/pages/about.rs: its
    // own, the glossary and the conventions).
    leaves_out: &["about", "assessment", "convention", "glossary", "home"],
    continued_by: None,
    takes_over: true,
    view: scenarios_view,
};

/// The meeting summary, with both halves' state.
pub const SUMMARY: AppModule = AppModule {
    name: "askel-summary",
    pages: &[Page::Summary],
    // As the self-assessment's module, but the summary shows the month view's key dates.
    leaves_out: &[
        "about",
        "breakdown",
        "chart",
        "convention",
        "glossary",
        "home",
    ],
    continued_by: None,
    takes_over: false,
    view: summary_view,
};

/// The pages that are only ever read from their prerendered files (About): rendered natively by
/// the prerender, never shipped. Their links load the linked page's own file (static/boot.js).
#[cfg(not(target_arch = "wasm32"))]
pub const READ_ONLY: AppModule = AppModule {
    name: "",
    pages: &[Page::About],
    leaves_out: &[],
    continued_by: None,
    takes_over: false,
    view: read_only_view,
};

/// Every page in one module: for native rendering (tests and the prerender), never shipped.
#[cfg(not(target_arch = "wasm32"))]
pub const ALL: AppModule = AppModule {
    name: "all",
    pages: &Page::ALL,
    leaves_out: &[],
    continued_by: None,
    takes_over: false,
    view: all_view,
};

/// The module the app runs as, from context (outside `App`, none: every link loads its page).
#[hook]
pub fn use_module() -> AppModule {
    use_context::<AppModule>().unwrap_or(NO_PAGES)
}

const NO_PAGES: AppModule = AppModule {
    name: "",
    pages: &[],
    leaves_out: &[],
    continued_by: None,
    takes_over: false,
    view: |_| Html::default(),
};

/// The modules that are shipped; a page's module is the first that shows it.
pub const SHIPPED: [AppModule; 4] = [SHELL, SCENARIOS, SCENARIOS_FULL, SUMMARY];

/// The module that shows `page`: a shipped one, or [`READ_ONLY`] (for the prerender).
#[cfg(not(target_arch = "wasm32"))]
pub fn owner(page: Page) -> AppModule {
    SHIPPED
        .into_iter()
        .chain([READ_ONLY])
        .find(|module| module.shows(page))
        .unwrap_or(SHELL)
}

/// Pages with nothing to operate but links: they start no WebAssembly at all (unless a share
/// link is opened on them, which goes to the scenarios page). In meeting or embed mode the style
/// sheet lays them out from the root element's classes and boot.js gives their links the mode.
pub fn needs_no_module(page: Page) -> bool {
    matches!(page, Page::Home | Page::About | Page::Accessibility)
}

fn shell_view(args: &PageArgs) -> Html {
    let page = match args.page {
        Page::Home => html! { <HomePage /> },
        Page::Assessment => html! { <AssessmentPage /> },
        Page::Accessibility => html! { <StatementPage /> },
        _ => Html::default(),
    };
    html! { <AssessmentProvider>{ page }</AssessmentProvider> }
}

fn scenarios_start_view(args: &PageArgs) -> Html {
    let page = match args.page {
        Page::Scenarios => html! { <ScenariosPage /> },
        _ => Html::default(),
    };
    html! {
        <ScenarioProvider initial={initial_scenario(args)}>
            <ContextProvider<ResultsSlot> context={results_slot::PENDING}>
                { page }
            </ContextProvider<ResultsSlot>>
        </ScenarioProvider>
    }
}

fn scenarios_view(args: &PageArgs) -> Html {
    let page = match args.page {
        Page::Scenarios => html! { <ScenariosPage /> },
        _ => Html::default(),
    };
    html! {
        <ScenarioProvider initial={initial_scenario(args)}>
            <LinkOpener />
            <ContextProvider<ResultsSlot> context={results_slot::SHOWN}>
                { page }
            </ContextProvider<ResultsSlot>>
        </ScenarioProvider>
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn read_only_view(args: &PageArgs) -> Html {
    match args.page {
        Page::About => html! { <AboutPage /> },
        _ => Html::default(),
    }
}

fn summary_view(args: &PageArgs) -> Html {
    let page = match args.page {
        Page::Summary => html! { <SummaryPage /> },
        _ => Html::default(),
    };
    with_both_halves(args, page)
}

#[cfg(not(target_arch = "wasm32"))]
fn all_view(args: &PageArgs) -> Html {
    let page = match args.page {
        Page::Home => html! { <HomePage /> },
        Page::Assessment => html! { <AssessmentPage /> },
        Page::Scenarios => html! { <ScenariosPage /> },
        Page::Summary => html! { <SummaryPage /> },
        Page::About => html! { <AboutPage /> },
        Page::Accessibility => html! { <StatementPage /> },
    };
    let page = html! {
        <ContextProvider<ResultsSlot> context={results_slot::SHOWN}>{ page }</ContextProvider<ResultsSlot>>
    };
    with_both_halves(args, page)
}

/// `page` with the calculation and the self-assessment in context (the meeting summary shows
/// both), and the share-link opener.
fn with_both_halves(args: &PageArgs, page: Html) -> Html {
    html! {
        <ScenarioProvider initial={initial_scenario(args)}>
            <LinkOpener />
            <AssessmentProvider>{ page }</AssessmentProvider>
        </ScenarioProvider>
    }
}

fn initial_scenario(args: &PageArgs) -> ScenarioState {
    args.scenario
        .clone()
        .unwrap_or_else(|| ScenarioState::new(args.today))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_one_module_and_only_a_reading_page_none_shipped() {
        let continues =
            |module: &AppModule| SHIPPED.iter().any(|o| o.continued_by == Some(module.name));
        for page in Page::ALL {
            let shipped = SHIPPED
                .iter()
                .filter(|module| module.shows(page) && !continues(module))
                .count();
            let read_only = READ_ONLY.shows(page);
            assert_eq!(shipped + usize::from(read_only), 1, "{page:?}");
            assert!(!read_only || needs_no_module(page), "{page:?}");
            assert!(ALL.shows(page));
        }
    }

    #[test]
    fn a_continuation_is_shipped_and_shows_the_pages_of_the_module_it_continues() {
        for module in SHIPPED {
            if let Some(next) = module.continued_by {
                let next = SHIPPED.iter().find(|o| o.name == next).expect(next);
                assert!(
                    module.pages.iter().all(|page| next.shows(*page)),
                    "{}",
                    next.name
                );
                assert!(next.continued_by.is_none(), "{}", next.name);
                assert!(next.takes_over && !module.takes_over, "{}", next.name);
                assert_eq!(owner(module.pages[0]).name, module.name);
            }
        }
    }

    #[test]
    fn pages_without_a_module_are_the_reading_pages() {
        let reading: Vec<Page> = Page::ALL
            .into_iter()
            .filter(|page| needs_no_module(*page))
            .collect();
        assert_eq!(reading, [Page::Home, Page::About, Page::Accessibility]);
    }

    #[test]
    fn a_module_leaves_out_only_domains_that_exist_and_no_shared_one() {
        let domains: std::collections::BTreeSet<&str> = crate::i18n::all_keys()
            .filter_map(|key| key.name().split('.').next())
            .collect();
        for module in SHIPPED {
            for domain in module.leaves_out {
                assert!(domains.contains(domain), "{}: {domain}", module.name);
            }
            // The header, the footer, the notices and the fields' errors every page may show.
            for shared in ["shell", "share", "form", "rules"] {
                assert!(!module.leaves_out.contains(&shared), "{}", module.name);
            }
        }
        assert!(ALL.leaves_out.is_empty());
    }
}
