use yew::prelude::*;

use super::{FileExport, FileImport, ShareLink};
use crate::i18n::{k, tr};
use crate::ui::scenario::state::use_scenario;
use crate::ui::state::use_lang;

/// "Take the calculation with you", under the comparison: a link and QR code, saving as a
/// file, and opening a file. Link and saving are offered only for a calculation that can be
/// opened again (one that passes validation); opening a file is always there.
#[component]
pub fn SharePanel() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    let complete = state.scenario.validate().is_ok();
    html! {
        <section class="share panel" aria-labelledby="share-title">
            <h3 id="share-title">{ tr(lang, k::SHARE_TITLE) }</h3>
            <p>{ tr(lang, k::SHARE_INTRO) }</p>
            if complete {
                <ShareLink />
            }
            <div class="share-file">
                <h4>{ tr(lang, k::SHARE_FILE_TITLE) }</h4>
                if complete {
                    <p>{ tr(lang, k::SHARE_FILE_PRIVACY) }</p>
                    <FileExport />
                }
                <FileImport />
            </div>
        </section>
    }
}
