use yew::prelude::*;

use crate::assessment::Response;

/// One choice of a scale: its value and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleOptionView {
    pub value: u8,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ScaleQuestionProps {
    /// Unique within the page: the radio group's `name` and the base of the ids.
    pub name: AttrValue,
    /// The question or statement (the fieldset's legend).
    pub legend: AttrValue,
    /// A help text under the legend.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// What the ends of a numeric scale mean ("0 = I cannot work at all", …).
    #[prop_or_default]
    pub anchors: Vec<AttrValue>,
    pub options: Vec<ScaleOptionView>,
    /// Numbers only (0–10): shown as a compact grid of large buttons.
    #[prop_or_default]
    pub numeric: bool,
    /// The label of "Prefer not to answer".
    pub prefer_not: AttrValue,
    pub selected: Option<Response>,
    pub on_change: Callback<Option<Response>>,
}

/// A radio group in a fieldset with a legend: one choice per scale point plus "Prefer not to
/// answer", each a large touch target with its own label.
#[component]
pub fn ScaleQuestion(props: &ScaleQuestionProps) -> Html {
    let name = props.name.clone();
    let help_id = format!("{name}-help");
    let anchors_id = format!("{name}-anchors");
    let mut described = Vec::new();
    if props.help.is_some() {
        described.push(help_id.clone());
    }
    if !props.anchors.is_empty() {
        described.push(anchors_id.clone());
    }
    let describedby = (!described.is_empty()).then(|| described.join(" "));
    let radio = |id: String, label: AttrValue, response: Response, class: &'static str| {
        let on_change = props.on_change.clone();
        let onchange = Callback::from(move |_: Event| on_change.emit(Some(response)));
        html! {
            <label class={classes!("scale-option", class)} for={id.clone()}>
                <input type="radio" id={id} name={name.clone()}
                    value={response.to_string()}
                    checked={props.selected == Some(response)} {onchange} />
                <span>{ label }</span>
            </label>
        }
    };
    let list_class = if props.numeric {
        "scale-options numeric"
    } else {
        "scale-options"
    };
    html! {
        <fieldset class="scale-question" aria-describedby={describedby}>
            <legend>{ props.legend.clone() }</legend>
            if let Some(help) = &props.help {
                <p class="hint" id={help_id}>{ help.clone() }</p>
            }
            if !props.anchors.is_empty() {
                <ul class="anchors hint" id={anchors_id}>
                    { for props.anchors.iter().map(|a| html! { <li>{ a.clone() }</li> }) }
                </ul>
            }
            <div class={list_class}>
                { for props.options.iter().map(|o| radio(
                    format!("{name}-{}", o.value), o.label.clone(), Response::Value(o.value), "value")) }
            </div>
            { radio(format!("{name}-pn"), props.prefer_not.clone(), Response::PreferNotToSay, "prefer-not") }
        </fieldset>
    }
}
