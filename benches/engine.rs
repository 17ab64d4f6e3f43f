//! Criterion benchmarks: one household's breakdown, and a 501-point curve (target < 1 ms).
//! Native only: on wasm32 (checked by clippy) the file compiles to an empty program.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {

    use askel::rules::{self, Cents, CurveSpec};
    use askel::scenario::{presets, Date};
    use criterion::Criterion;
    use std::hint::black_box;

    fn benches(c: &mut Criterion) {
        let date = Date::parse("2026-06-01").expect("date");
        let jenna = presets::all(date)
            .into_iter()
            .find(|p| p.id == "jenna")
            .expect("jenna")
            .scenario;
        let part_time = jenna.with_option(1);
        c.bench_function("compute one household (Jenna, part-time, 2026-06)", |b| {
            b.iter(|| rules::compute(black_box(&part_time)).expect("compute"))
        });
        let spec = CurveSpec {
            adult: 0,
            max_wage: Cents::euros(5000),
            step: Cents::euros(10),
        };
        c.bench_function("curve 501 points (Jenna, 0..5000 € by 10 €)", |b| {
            b.iter(|| rules::curve(black_box(&jenna), black_box(&spec)).expect("curve"))
        });
    }

    pub fn run() {
        let mut criterion = Criterion::default().configure_from_args();
        benches(&mut criterion);
        criterion.final_summary();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::run();
}
