use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The radio group's name (also the prefix of the option ids).
    pub name: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// `(value, label)` pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub on_change: Callback<String>,
}

/// A radio group in a fieldset with a legend: one choice among a few.
#[component]
pub fn ChoiceGroup(props: &ChoiceGroupProps) -> Html {
    let hint_id = format!("{}-hint", props.name);
    html! {
        <fieldset class="choice-group" aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
            <legend>{ props.legend.clone() }</legend>
            if let Some(hint) = &props.hint {
                <span class="hint" id={hint_id.clone()}>{ hint.clone() }</span>
            }
            { for props.options.iter().map(|(value, label)| {
                let id = format!("{}-{}", props.name, value);
                let on_change = props.on_change.clone();
                let chosen = value.to_string();
                let onchange = Callback::from(move |_: Event| on_change.emit(chosen.clone()));
                html! {
                    <label class="choice" for={id.clone()}>
                        <input type="radio" id={id} name={props.name.clone()} value={value.clone()}
                            checked={*value == props.selected} {onchange} />
                        { label.clone() }
                    </label>
                }
            }) }
        </fieldset>
    }
}
