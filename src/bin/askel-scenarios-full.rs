//! The income scenarios with their results (src/ui/modules.rs, `SCENARIOS_FULL`): it takes the
//! scenarios page over from its first module (src/bin/askel-scenarios.rs) when the results are
//! to be shown, and starts it directly for a share link or in meeting mode.

fn main() {
    askel::ui::start::run_taking_over(askel::ui::modules::SCENARIOS_FULL);
}
