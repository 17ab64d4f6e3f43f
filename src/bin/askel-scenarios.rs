//! The income scenarios' first module in the browser (src/ui/modules.rs, `SCENARIOS`): the
//! scenarios page's questions, without the results, which src/bin/askel-scenarios-full.rs shows.

fn main() {
    askel::ui::start::run(askel::ui::modules::SCENARIOS);
}
