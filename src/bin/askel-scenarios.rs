//! The income-scenarios half of the app in the browser (src/ui/modules.rs, `SCENARIOS`): the
//! scenarios page and the About page with the rules' parameters.

fn main() {
    askel::ui::start::run(askel::ui::modules::SCENARIOS);
}
