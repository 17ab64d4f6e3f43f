use yew::prelude::*;

use super::{link_href, web, QrCode};
use crate::i18n::{k, tr};
use crate::scenario::{share, Scenario};
use crate::ui::browser;
use crate::ui::scenario::state::use_scenario;
use crate::ui::state::use_lang;

const INPUT_ID: &str = "share-link";
const PRIVACY_ID: &str = "share-link-privacy";

/// Whether the last copy worked.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Yes,
    No,
}

/// "Create a link": first one plain sentence that anyone with the link sees the answers, then,
/// on request, the link (read-only, with a copy button) and the same link as a QR code. The
/// link is made on the device; it is shown only while it matches the calculation on screen.
#[component]
pub fn ShareLink() -> Html {
    let lang = use_lang();
    let state = use_scenario();
    // The scenario the link was made from, and the link.
    let link = use_state(|| None::<(Scenario, String)>);
    let copied = use_state(|| None::<Copied>);

    let current = link
        .as_ref()
        .filter(|(scenario, _)| *scenario == state.scenario)
        .map(|(_, href)| href.clone());
    let stale = link.is_some() && current.is_none();

    {
        let shown = current.is_some();
        use_effect_with(link.as_ref().map(|(_, href)| href.clone()), move |href| {
            if href.is_some() && shown {
                browser::focus(INPUT_ID);
            }
        });
    }

    let create = {
        let link = link.clone();
        let copied = copied.clone();
        let scenario = state.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            let base = web::app_base().unwrap_or_default();
            let href = link_href(&base, lang, &share::encode(&scenario));
            copied.set(None);
            link.set(Some((scenario.clone(), href)));
        })
    };
    let copy = {
        let copied = copied.clone();
        let href = current.clone().unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let href = href.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if web::copy_text(&href).await {
                    copied.set(Some(Copied::Yes));
                } else {
                    web::select_input(INPUT_ID);
                    copied.set(Some(Copied::No));
                }
            });
        })
    };

    let status = match *copied {
        Some(Copied::Yes) if current.is_some() => tr(lang, k::SHARE_LINK_COPIED),
        Some(Copied::No) if current.is_some() => tr(lang, k::SHARE_LINK_COPY_FAILED),
        _ => "",
    };
    html! {
        <div class="share-link">
            <h4>{ tr(lang, k::SHARE_LINK_TITLE) }</h4>
            <p id={PRIVACY_ID}>{ tr(lang, k::SHARE_LINK_PRIVACY) }</p>
            if stale {
                <p class="hint">{ tr(lang, k::SHARE_LINK_CHANGED) }</p>
            }
            if current.is_none() {
                <button type="button" class="secondary" onclick={create}>
                    { tr(lang, k::SHARE_LINK_CREATE) }
                </button>
            }
            if let Some(href) = current {
                <div class="field">
                    <label for={INPUT_ID}>{ tr(lang, k::SHARE_LINK_LABEL) }</label>
                    <div class="share-link-row">
                        <input id={INPUT_ID} type="text" readonly=true value={href.clone()}
                            aria-describedby={PRIVACY_ID} autocomplete="off" spellcheck="false" />
                        <button type="button" class="secondary" onclick={copy}>
                            { tr(lang, k::SHARE_LINK_COPY) }
                        </button>
                    </div>
                </div>
                <figure class="qr">
                    <QrCode text={AttrValue::from(href)}
                        label={AttrValue::from(tr(lang, k::SHARE_LINK_QR_LABEL))}
                        too_long={AttrValue::from(tr(lang, k::SHARE_LINK_QR_TOO_LONG))} />
                    <figcaption>{ tr(lang, k::SHARE_LINK_QR_HINT) }</figcaption>
                </figure>
            }
            <p class="share-status" role="status">{ status }</p>
        </div>
    }
}
