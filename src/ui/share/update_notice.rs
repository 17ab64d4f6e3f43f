use yew::prelude::*;

use super::web;
use crate::i18n::{k, tr};
use crate::ui::state::use_lang;

/// "Askel was updated": shown once after the service worker has switched to a new version of
/// the app (`static/boot.js` reports it; see `static/sw.js`).
#[component]
pub fn UpdateNotice() -> Html {
    let lang = use_lang();
    let updated = use_state(|| false);
    {
        let updated = updated.clone();
        use_effect_with((), move |_| {
            if web::was_updated() {
                updated.set(true);
            }
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, web::UPDATED_EVENT, move |_| {
                    updated.set(true)
                })
            });
            move || drop(listener)
        });
    }
    html! {
        <div class="update-notice" role="status">
            if *updated {
                <p class="notice success">{ tr(lang, k::SHARE_UPDATED) }</p>
            }
        </div>
    }
}
