//! The meeting summary in the browser (src/ui/modules.rs, `SUMMARY`): both halves' results on
//! one page, the self-assessment's and the calculation's.

fn main() {
    askel::ui::start::run(askel::ui::modules::SUMMARY);
}
