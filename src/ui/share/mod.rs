//! Carrying a calculation elsewhere without any server: a link whose fragment holds the
//! scenario (and the same link as a QR code), a JSON file to save and open, and the notices for
//! a link opened at start and for an update of the app itself, and "Delete everything Askel
//! saved on this device" with its confirmation (shared by the pages that save).
//!
//! The codec is pure and lives in [`crate::scenario::share`]; these components only call it
//! and put its results and errors into words. Browser calls are in [`web`] (and
//! [`crate::ui::browser`]) and run only in handlers and effects, so every component here also
//! renders natively for the server-side rendering tests. Nothing here sends anything anywhere:
//! a link is made on the device, a file is downloaded from memory, a file is read on the device.

mod delete_everything;
mod file_export;
mod file_import;
mod link_opener;
pub mod problem_list;
pub mod qr_code;
mod share_link;
mod share_panel;
mod update_notice;
pub mod web;

pub use delete_everything::DeleteEverything;
pub use file_export::FileExport;
pub use file_import::FileImport;
pub use link_opener::LinkOpener;
pub use problem_list::ProblemList;
pub use qr_code::QrCode;
pub use share_link::ShareLink;
pub use share_panel::SharePanel;
pub use update_notice::UpdateNotice;

use crate::i18n::Lang;
use crate::ui::route::{Page, Route};

/// Name of the exported file.
pub const FILE_NAME: &str = "askel-scenario.json";

/// The share link for `payload`: the app at `base`, in `lang`, on the scenarios page, with the
/// payload in the fragment. Meeting and embed modes are left out on purpose: the person who
/// opens the link gets the ordinary app.
pub fn link_href(base: &str, lang: Lang, payload: &str) -> String {
    let route = Route {
        lang,
        page: Page::Scenarios,
        ..Route::default()
    };
    format!("{base}{}#{payload}", route.path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_opens_the_scenarios_page_in_the_language_with_the_payload_in_the_fragment() {
        assert_eq!(
            link_href("https://example.fi/askel/", Lang::Sv, "s1.abc"),
            "https://example.fi/askel/sv/scenarios/#s1.abc"
        );
    }
}
