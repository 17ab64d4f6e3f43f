//! Accessible form controls shared by the pages: every control has a visible label, an optional
//! hint, and an error region tied to it with `aria-describedby` and announced politely.
//! Controls that parse text keep what the person typed and report only valid values upward, so
//! a typo never replaces the last good value in the calculation.

mod choice_group;
mod number_input;
mod select_field;

pub use choice_group::ChoiceGroup;
pub use number_input::{NumberInput, NumberKind};
pub use select_field::SelectField;

/// The ids of a control's hint and error elements, and its `aria-describedby` value.
pub fn described_by(id: &str, has_hint: bool) -> (String, String, String) {
    let hint = format!("{id}-hint");
    let error = format!("{id}-error");
    let describedby = if has_hint {
        format!("{hint} {error}")
    } else {
        error.clone()
    };
    (hint, error, describedby)
}
