use yew::prelude::*;

use super::described_by;
use crate::i18n::{k, tr, tr_args, Lang};
use crate::scenario::input::{money_for_field, parse_hours, parse_money, parse_whole, InputError};
use crate::ui::state::use_lang;

/// What a number field holds, and so how its text is read and written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// Euros and cents, value in cents, at most `max` cents.
    Money { max: i64 },
    /// A whole number between `min` and `max`.
    Whole { min: u32, max: u32 },
    /// Hours per week with decimals, value in hundredths, at most `max` hours.
    Hours { max: u32 },
}

impl NumberKind {
    /// Reads the field's text. An empty money or hours field means zero (the field shows a "0"
    /// placeholder instead of a typed-over "0"); an empty whole number (an age) is unanswered.
    fn parse(self, text: &str) -> Result<i64, InputError> {
        let empty = text.trim().is_empty();
        match self {
            NumberKind::Money { .. } | NumberKind::Hours { .. } if empty => Ok(0),
            NumberKind::Money { max } => parse_money(text, max),
            NumberKind::Whole { min, max } => parse_whole(text, min, max).map(i64::from),
            NumberKind::Hours { max } => parse_hours(text, max).map(i64::from),
        }
    }

    fn write(self, value: i64, lang: Lang) -> String {
        let decimal = if lang == Lang::En { '.' } else { ',' };
        match self {
            NumberKind::Whole { .. } => value.to_string(),
            NumberKind::Money { .. } | NumberKind::Hours { .. } if value == 0 => String::new(),
            NumberKind::Money { .. } | NumberKind::Hours { .. } => money_for_field(value, decimal),
        }
    }

    /// The message for `problem`, in words that fit the field: an age is a whole number of
    /// years, not "an amount like 1 234,50".
    fn message(self, lang: Lang, problem: InputError) -> String {
        match (self, problem) {
            (NumberKind::Money { .. }, problem) => tr(lang, problem.message_key()).to_string(),
            (NumberKind::Whole { min, max }, _) => tr_args(
                lang,
                k::FORM_ERROR_WHOLE,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
            (NumberKind::Hours { max }, _) => {
                tr_args(lang, k::FORM_ERROR_HOURS, &[("max", &max.to_string())])
            }
        }
    }

    fn input_mode(self) -> &'static str {
        match self {
            NumberKind::Whole { .. } => "numeric",
            _ => "decimal",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub kind: NumberKind,
    /// The value in use (cents, a whole number or hundredths of an hour).
    pub value: i64,
    /// Called with each new valid value.
    pub on_change: Callback<i64>,
    /// Above this value a note asks the person to check the number (a typo is likely); the value
    /// is still used: a note, not a block.
    #[prop_or_default]
    pub plausible_max: Option<i64>,
    /// The note shown above `plausible_max`.
    #[prop_or_default]
    pub plausibility_note: Option<AttrValue>,
    /// A note that always stands next to the field (e.g. the ages a benefit is paid at).
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

/// A text field for a number that accepts Finnish and English writing ("1 234,50", "1234.5",
/// "1 200 €"). Invalid text gets a message next to the field, announced politely, and the last
/// valid value stays in use.
#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let lang = use_lang();
    let kind = props.kind;
    let text = use_state(|| kind.write(props.value, lang));
    let error = use_state(|| None::<InputError>);

    {
        // A new value from outside (a preset, an import) replaces the text, unless the text
        // already means that value.
        let text = text.clone();
        let error = error.clone();
        use_effect_with((props.value, lang), move |(value, lang)| {
            if kind.parse(&text).ok() != Some(*value) {
                text.set(kind.write(*value, *lang));
                error.set(None);
            }
        });
    }

    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let on_change = props.on_change.clone();
        let value = props.value;
        Callback::from(move |event: InputEvent| {
            let typed = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            match kind.parse(&typed) {
                Ok(parsed) => {
                    error.set(None);
                    if parsed != value {
                        on_change.emit(parsed);
                    }
                }
                Err(problem) => error.set(Some(problem)),
            }
            text.set(typed);
        })
    };

    let (hint_id, error_id, describedby) = described_by(&props.id, props.hint.is_some());
    let message = (*error).map(|problem| {
        format!(
            "{} {}",
            kind.message(lang, problem),
            tr(lang, k::FORM_ERROR_KEPT)
        )
    });
    let note_id = format!("{}-note", props.id);
    let implausible = error.is_none()
        && props
            .plausible_max
            .is_some_and(|max| props.value > max && kind.parse(&text).ok() == Some(props.value));
    let note = match (
        &props.note,
        implausible
            .then_some(())
            .and(props.plausibility_note.as_ref()),
    ) {
        (Some(always), Some(check)) => Some(format!("{always} {check}")),
        (Some(always), None) => Some(always.to_string()),
        (None, Some(check)) => Some(check.to_string()),
        (None, None) => None,
    };
    let describedby = if props.note.is_some() || props.plausibility_note.is_some() {
        format!("{describedby} {note_id}")
    } else {
        describedby
    };
    let short = !matches!(kind, NumberKind::Money { .. });
    html! {
        <div class={classes!("field", short.then_some("field-short"), error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <span class="hint" id={hint_id}>{ hint.clone() }</span>
            }
            <div class="input-unit">
                <input type="text" inputmode={kind.input_mode()} autocomplete="off" spellcheck="false"
                    id={props.id.clone()} value={(*text).clone()} {oninput}
                    placeholder={(!matches!(kind, NumberKind::Whole { .. })).then_some("0")}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={describedby} />
                if !short {
                    <span class="unit" aria-hidden="true">{ "€" }</span>
                }
            </div>
            <p class="error" id={error_id} aria-live="polite">{ message.unwrap_or_default() }</p>
            if props.note.is_some() || props.plausibility_note.is_some() {
                <p class={classes!("field-note", implausible.then_some("check"))} id={note_id} aria-live="polite">
                    { note.unwrap_or_default() }
                </p>
            }
        </div>
    }
}
