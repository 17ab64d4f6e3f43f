//! The self-assessment half of the app in the browser (src/ui/modules.rs, `SHELL`): the home
//! page, the self-assessment and the accessibility statement.

fn main() {
    askel::ui::start::run(askel::ui::modules::SHELL);
}
