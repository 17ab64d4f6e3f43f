//! The income-scenario page's state: one [`Scenario`] value (the household, its current
//! situation and the options to compare) plus how it is being entered. Every input dispatches
//! a [`ScenarioAction`]; the reducer applies it to the scenario and nothing else, so what is
//! computed, saved and shared is always exactly what the person entered.

use std::rc::Rc;

use yew::prelude::*;

use super::persist::{self, DeviceStatus};
use crate::i18n::{tr, Lang};
use crate::rules::Cents;
use crate::scenario::presets;
use crate::scenario::{
    AdultChange, BenefitKind, Child, Church, Date, DisabilityPension, Hours, Scenario,
    ScenarioOption, Wage, WorkAbility,
};
use crate::ui::browser;

/// Most options shown side by side with the current situation (the same limit the scenario
/// format checks).
pub use crate::rules::limits::MAX_OPTIONS;
/// Steps of the guided flow.
pub const GUIDED_STEPS: usize = 5;

/// How the scenario is being entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum InputMode {
    /// One group of questions per step (clients on a phone).
    #[default]
    Guided,
    /// Everything on one page (workers in a meeting).
    Form,
}

/// The page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioState {
    /// The one scenario value.
    pub scenario: Scenario,
    /// Today's date (from the browser; fixed in tests).
    pub today: Date,
    pub mode: InputMode,
    /// Current step of the guided flow, `0..GUIDED_STEPS`.
    pub step: usize,
    /// The preset last loaded, if any.
    pub preset: Option<&'static str>,
    /// What this device holds for the scenario (saving is opt-in).
    pub device: DeviceStatus,
}

/// A change to one adult's current situation.
#[derive(Clone, Debug, PartialEq)]
pub enum AdultEdit {
    Age(u8),
    Church(Church),
    /// Switch between a monthly and an hourly wage, keeping the monthly amount where possible.
    WageHourly(bool),
    MonthlyWage(Cents),
    HourlyWage(Cents),
    Hours(Hours),
    Benefit(BenefitKind),
    EarningsRelatedDaily(Cents),
    RehabDays(u8),
    Pension(Cents),
    OtherBenefit(Cents),
    KelaLimit(Cents),
    PensionLimit(Cents),
    /// The adult's wage is garnished (ulosotto).
    Garnished(bool),
    WorkAbility(WorkAbility),
    KelaDaily(Cents),
    AnnualIncome(Cents),
    FullTimeWage(Cents),
    RehabilitationMonthly(Cents),
    StabilisedEarnings(Cents),
    AnsioBasisWage(Cents),
    AnsioPaidDays(u16),
    /// Years of work history (0: not given).
    WorkHistoryYears(u8),
    /// The national pension of Kela's decision (0: computed).
    KelaPensionMonthly(Cents),
    /// The pension entered is an old-age pension.
    OldAgePension(bool),
    /// The municipality adds the holiday-pay share to the wage for the day-care fee.
    DayCareHolidayPay(bool),
    DisabilityPension(DisabilityPension),
    PreDisabilityEarnings(Cents),
    KelaPension(bool),
    OtherPensions(Cents),
}

/// A change to one adult in one option.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionEdit {
    Label(String),
    WageHourly(bool),
    MonthlyWage(Cents),
    HourlyWage(Cents),
    Hours(Hours),
    RehabDays(u8),
    /// The sickness or rehabilitation status in the option (e.g. back part-time on partial
    /// sickness allowance, or rehabilitation instead of work).
    WorkAbility(WorkAbility),
}

/// Everything the page can do to its state.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioAction {
    /// Load a preset, naming its options in this language.
    LoadPreset(&'static str, Lang),
    Replace(Box<Scenario>),
    SetMode(InputMode),
    GoToStep(usize),
    SetRulesDate(Date),
    SetMunicipality(String),
    SetAdults(usize),
    EditAdult(usize, AdultEdit),
    AddChild,
    RemoveChild(usize),
    SetChildAge(usize, u8),
    /// Hours a week child `.0` is in day care (0: not in day care).
    SetChildDayCare(usize, u8),
    SetLivesWithParents(bool),
    SetAssets(Cents),
    SetRent(Cents),
    SetWater(Cents),
    SetHeating(Cents),
    AddOption,
    RemoveOption(usize),
    /// Edit option `.0` for adult `.1`.
    EditOption(usize, usize, OptionEdit),
    /// What saving on this device did.
    SetDevice(DeviceStatus),
    /// Another tab changed what is stored: the saved scenario now (if any) and the status. Taken
    /// only while this tab keeps the saved scenario; a link's calculation that is open stays.
    StoredChanged(Option<Box<Scenario>>, DeviceStatus),
    /// The scenario saved on this device, opened at start (ignored while a link's calculation
    /// is open: set the device status first to open it on request).
    Restore(Box<Scenario>),
    /// What this tab kept in its history state before a reload (or before the scenarios page's
    /// results module took over, src/ui/start.rs): the scenario, the step, the input mode (see
    /// [`ScenarioState::tab_snapshot`]) and what the device holds. A link opened first wins.
    Resume(Box<Scenario>, usize, InputMode, DeviceStatus),
    /// Today's date from the browser's clock, after the page was hydrated from markup
    /// prerendered with a fixed date (src/main.rs): an untouched empty household moves to
    /// today's rules; anything entered, restored or opened from a link keeps its own date.
    Today(Date),
    /// The change the month-by-month view shows (`None`: none).
    SetMonthEvent(Option<Box<crate::scenario::month_event::MonthEvent>>),
}

/// Where the tab's history state keeps the page (see `browser::remember`).
pub const TAB_STATE_KEY: &str = "askel.scenario";

/// What a reload brings back from the tab's history state.
#[derive(Clone, Debug, PartialEq)]
pub struct TabSnapshot {
    pub scenario: Scenario,
    pub step: usize,
    pub mode: InputMode,
}

impl TabSnapshot {
    /// Reads a snapshot written by [`ScenarioState::tab_snapshot`]; `None` for anything else (an
    /// older format, a hand-edited state), which then simply starts empty.
    pub fn parse(text: &str) -> Option<TabSnapshot> {
        let value = crate::json::parse(text).ok()?;
        let scenario = Scenario::from_form_value(value.get("scenario")?).ok()?;
        let step = value
            .get("step")
            .and_then(crate::json::Value::as_u64)
            .and_then(|s| usize::try_from(s).ok())
            .unwrap_or(0)
            .min(GUIDED_STEPS - 1);
        let mode = match value.get("mode").and_then(crate::json::Value::as_str) {
            Some("form") => InputMode::Form,
            _ => InputMode::Guided,
        };
        Some(TabSnapshot {
            scenario,
            step,
            mode,
        })
    }
}

/// The rules date to start with: today, or the first date the engine has rules for. A date after
/// the last checked day stays as it is: the engine computes it with the latest rules and says so.
pub fn default_rules_date(today: Date) -> Date {
    today.max(crate::scenario::FIRST_DATE)
}

/// A new adult: 30 years old, no wage, the unemployment benefit of the period.
pub fn new_adult(rules_date: Date) -> crate::scenario::Adult {
    crate::scenario::Adult {
        age: 30,
        unemployment_benefit: benefit_for_date(BenefitKind::Yleistuki, rules_date),
        ..Default::default()
    }
}

/// Which benefits exist on a date, and what a benefit becomes under that date's name: the
/// engine answers from the dated parameters.
pub use crate::rules::{benefit_choices, benefit_for_date};

impl ScenarioState {
    /// An empty household at today's rules: one adult, no municipality chosen yet.
    pub fn new(today: Date) -> ScenarioState {
        let rules_date = default_rules_date(today);
        ScenarioState {
            scenario: Scenario {
                format: crate::scenario::FORMAT.to_string(),
                rules_date,
                municipality: String::new(),
                household: crate::scenario::Household {
                    adults: vec![new_adult(rules_date)],
                    children: Vec::new(),
                },
                housing: Default::default(),
                assets: Cents(0),
                lives_with_parents: false,
                options: Vec::new(),
                month_event: None,
            },
            today,
            mode: InputMode::default(),
            step: 0,
            preset: None,
            device: DeviceStatus::Off,
        }
    }

    /// Whether the page is as it starts: the empty household at today's rules, on the first
    /// guided step, no preset loaded (what a reload without a snapshot shows too).
    pub fn is_untouched(&self) -> bool {
        self.preset.is_none()
            && self.step == 0
            && self.mode == InputMode::Guided
            && self.scenario == ScenarioState::new(self.today).scenario
    }

    /// The page as the tab keeps it in its history state (JSON): the scenario in its own
    /// format, the guided step and the input mode. Every object's keys are in byte order, as
    /// earlier versions wrote them.
    pub fn tab_snapshot(&self) -> String {
        use crate::json::Value;
        Value::object([
            (
                "mode",
                Value::String(
                    if self.mode == InputMode::Form {
                        "form"
                    } else {
                        "guided"
                    }
                    .into(),
                ),
            ),
            ("scenario", self.scenario.to_value().sorted()),
            ("step", Value::integer(self.step as u64)),
        ])
        .to_text()
    }

    /// The state with a preset loaded.
    pub fn with_preset(today: Date, id: &str, lang: Lang) -> ScenarioState {
        let mut state = ScenarioState::new(today);
        state.load_preset(id, lang);
        state
    }

    fn load_preset(&mut self, id: &str, lang: Lang) {
        if let Some(preset) = presets::all(self.scenario.rules_date)
            .into_iter()
            .find(|p| p.id == id)
        {
            self.scenario = preset.scenario;
            let labels = super::preset_bar::preset_texts(id).map_or(&[][..], |t| t.option_labels);
            for (option, key) in self.scenario.options.iter_mut().zip(labels) {
                option.label = tr(lang, *key).to_string();
            }
            self.preset = Some(preset.id);
        }
    }

    fn apply(&mut self, action: ScenarioAction) {
        let s = &mut self.scenario;
        match action {
            ScenarioAction::LoadPreset(id, lang) => self.load_preset(id, lang),
            ScenarioAction::Replace(scenario) => {
                self.scenario = *scenario;
                self.preset = None;
            }
            ScenarioAction::SetDevice(status) => self.device = status,
            ScenarioAction::StoredChanged(stored, status) => {
                if self.device.is_saving() || self.device == DeviceStatus::Deleted {
                    if let Some(scenario) = stored {
                        self.scenario = *scenario;
                    }
                    self.device = match status {
                        DeviceStatus::Restored => DeviceStatus::Saved,
                        other => other,
                    };
                }
            }
            // A link opened at start wins over the saved scenario that is read at start too.
            ScenarioAction::Restore(_) if matches!(self.device, DeviceStatus::FromLink { .. }) => {}
            ScenarioAction::Restore(scenario) => {
                self.scenario = *scenario;
                self.device = DeviceStatus::Restored;
            }
            ScenarioAction::Resume(..) if matches!(self.device, DeviceStatus::FromLink { .. }) => {}
            ScenarioAction::Resume(scenario, step, mode, device) => {
                self.scenario = *scenario;
                self.step = step.min(GUIDED_STEPS - 1);
                self.mode = mode;
                self.device = device;
            }
            ScenarioAction::Today(date) => {
                if self.preset.is_none() && self.scenario == ScenarioState::new(self.today).scenario
                {
                    self.scenario = ScenarioState::new(date).scenario;
                }
                self.today = date;
            }
            ScenarioAction::SetMode(mode) => self.mode = mode,
            ScenarioAction::GoToStep(step) => self.step = step.min(GUIDED_STEPS - 1),
            ScenarioAction::SetRulesDate(date) => {
                s.rules_date = date;
                for adult in &mut s.household.adults {
                    adult.unemployment_benefit = benefit_for_date(adult.unemployment_benefit, date);
                }
                for option in &mut s.options {
                    for change in &mut option.adults {
                        if let Some(kind) = change.unemployment_benefit {
                            change.unemployment_benefit = Some(benefit_for_date(kind, date));
                        }
                    }
                }
            }
            ScenarioAction::SetMunicipality(code) => s.municipality = code,
            ScenarioAction::SetAdults(count) => {
                let count = count.clamp(1, 2);
                let date = s.rules_date;
                s.household.adults.resize_with(count, || new_adult(date));
                if count > 1 {
                    s.lives_with_parents = false;
                }
            }
            ScenarioAction::EditAdult(index, edit) => {
                let max_days = crate::rules::compensated_rehabilitative_days(s.rules_date);
                if let Some(adult) = s.household.adults.get_mut(index) {
                    edit_adult(adult, edit, max_days);
                }
            }
            ScenarioAction::AddChild => {
                if s.household.children.len() < crate::scenario::MAX_PERSONS {
                    s.household.children.push(Child {
                        age: 5,
                        day_care_hours_per_week: 0,
                    });
                }
            }
            ScenarioAction::RemoveChild(index) => {
                if index < s.household.children.len() {
                    s.household.children.remove(index);
                }
            }
            ScenarioAction::SetChildAge(index, age) => {
                if let Some(child) = s.household.children.get_mut(index) {
                    child.age = age.min(17);
                }
            }
            ScenarioAction::SetChildDayCare(index, hours) => {
                if let Some(child) = s.household.children.get_mut(index) {
                    child.day_care_hours_per_week = hours.min(crate::scenario::MAX_DAY_CARE_HOURS);
                }
            }
            ScenarioAction::SetLivesWithParents(value) => {
                s.lives_with_parents = value && s.household.adults.len() == 1;
            }
            ScenarioAction::SetAssets(value) => s.assets = value,
            ScenarioAction::SetMonthEvent(event) => s.month_event = event.map(|e| *e),
            ScenarioAction::SetRent(value) => s.housing.rent = value,
            ScenarioAction::SetWater(value) => s.housing.water = value,
            ScenarioAction::SetHeating(value) => s.housing.heating = value,
            ScenarioAction::AddOption => {
                if s.options.len() < MAX_OPTIONS {
                    let adults = s.household.adults.len();
                    s.options.push(ScenarioOption {
                        label: String::new(),
                        adults: vec![AdultChange::default(); adults],
                    });
                }
            }
            ScenarioAction::RemoveOption(index) => {
                if index < s.options.len() {
                    s.options.remove(index);
                }
            }
            ScenarioAction::EditOption(index, adult, edit) => {
                let current = s.household.adults.get(adult).cloned();
                let max_days = crate::rules::compensated_rehabilitative_days(s.rules_date);
                if let (Some(option), Some(current)) = (s.options.get_mut(index), current) {
                    if option.adults.len() <= adult {
                        option.adults.resize_with(adult + 1, AdultChange::default);
                    }
                    edit_option(
                        &mut option.label,
                        &mut option.adults[adult],
                        &current,
                        edit,
                        max_days,
                    );
                }
            }
        }
    }
}

/// `max_days`: the rehabilitative work days per week the rules compensate on the scenario's date.
fn edit_adult(adult: &mut crate::scenario::Adult, edit: AdultEdit, max_days: u8) {
    match edit {
        AdultEdit::Age(age) => adult.age = age,
        AdultEdit::Church(church) => adult.church = church,
        AdultEdit::WageHourly(hourly) => adult.wage = switch_wage(adult.wage, hourly),
        AdultEdit::MonthlyWage(value) => adult.wage = Wage::Monthly(value),
        AdultEdit::HourlyWage(value) => {
            adult.wage = Wage::Hourly {
                hourly: value,
                hours_per_week: adult.wage.hours().unwrap_or(Hours(20_00)),
            }
        }
        AdultEdit::Hours(hours) => {
            adult.wage = Wage::Hourly {
                hourly: hourly_of(adult.wage),
                hours_per_week: hours,
            }
        }
        AdultEdit::Benefit(kind) => {
            adult.unemployment_benefit = kind;
            if kind == BenefitKind::EarningsRelated && adult.earnings_related_daily.is_none() {
                adult.earnings_related_daily = Some(Cents(0));
            }
        }
        AdultEdit::EarningsRelatedDaily(value) => adult.earnings_related_daily = Some(value),
        AdultEdit::RehabDays(days) => adult.rehabilitative_work_days_per_week = days.min(max_days),
        AdultEdit::Pension(value) => adult.earnings_related_pension_monthly = value,
        AdultEdit::OtherBenefit(value) => adult.other_taxable_benefit_monthly = value,
        AdultEdit::KelaLimit(value) => {
            adult.kela_disability_pension_limit = (value.0 > 0).then_some(value)
        }
        AdultEdit::PensionLimit(value) => {
            adult.earnings_related_pension_limit = (value.0 > 0).then_some(value)
        }
        AdultEdit::Garnished(value) => adult.wage_garnished = value,
        AdultEdit::WorkAbility(status) => adult.work_ability = status,
        AdultEdit::KelaDaily(value) => adult.kela_daily_amount = (value.0 > 0).then_some(value),
        AdultEdit::AnnualIncome(value) => adult.annual_work_income = (value.0 > 0).then_some(value),
        AdultEdit::FullTimeWage(value) => adult.full_time_wage = (value.0 > 0).then_some(value),
        AdultEdit::RehabilitationMonthly(value) => {
            adult.rehabilitation_allowance_monthly = (value.0 > 0).then_some(value)
        }
        AdultEdit::StabilisedEarnings(value) => {
            adult.stabilised_earnings = (value.0 > 0).then_some(value)
        }
        AdultEdit::AnsioBasisWage(value) => adult.ansio_basis_wage = (value.0 > 0).then_some(value),
        AdultEdit::AnsioPaidDays(days) => adult.ansio_paid_days = days,
        AdultEdit::WorkHistoryYears(years) => {
            adult.work_history_years = (years > 0).then_some(years)
        }
        AdultEdit::KelaPensionMonthly(value) => {
            adult.kela_pension_monthly = (value.0 > 0).then_some(value)
        }
        AdultEdit::OldAgePension(value) => adult.old_age_pension = value,
        AdultEdit::DayCareHolidayPay(value) => {
            adult.day_care_holiday_pay_addition = (!value).then_some(false)
        }
        AdultEdit::DisabilityPension(kind) => adult.disability_pension = kind,
        AdultEdit::PreDisabilityEarnings(value) => {
            adult.pre_disability_earnings = (value.0 > 0).then_some(value)
        }
        AdultEdit::KelaPension(on) => adult.kela_disability_pension = on,
        AdultEdit::OtherPensions(value) => adult.other_pensions_monthly = value,
    }
}

fn hourly_of(wage: Wage) -> Cents {
    match wage {
        Wage::Hourly { hourly, .. } => hourly,
        Wage::Monthly(_) => Cents(0),
    }
}

fn switch_wage(wage: Wage, hourly: bool) -> Wage {
    match (wage, hourly) {
        (Wage::Monthly(_), true) => Wage::Hourly {
            hourly: Cents(0),
            hours_per_week: Hours(20_00),
        },
        (Wage::Hourly { .. }, false) => Wage::Monthly(wage.monthly()),
        (same, _) => same,
    }
}

fn edit_option(
    label: &mut String,
    change: &mut AdultChange,
    current: &crate::scenario::Adult,
    edit: OptionEdit,
    max_days: u8,
) {
    let wage = change.wage.unwrap_or(current.wage);
    match edit {
        OptionEdit::Label(text) => {
            *label = text
                .chars()
                .take(crate::scenario::MAX_LABEL_CHARS)
                .collect()
        }
        OptionEdit::WageHourly(hourly) => change.wage = Some(switch_wage(wage, hourly)),
        OptionEdit::MonthlyWage(value) => change.wage = Some(Wage::Monthly(value)),
        OptionEdit::HourlyWage(value) => {
            change.wage = Some(Wage::Hourly {
                hourly: value,
                hours_per_week: wage.hours().unwrap_or(Hours(20_00)),
            })
        }
        OptionEdit::Hours(hours) => {
            change.wage = Some(Wage::Hourly {
                hourly: hourly_of(wage),
                hours_per_week: hours,
            })
        }
        OptionEdit::RehabDays(days) => {
            change.rehabilitative_work_days_per_week = Some(days.min(max_days))
        }
        OptionEdit::WorkAbility(status) => {
            change.work_ability = (status != current.work_ability).then_some(status)
        }
    }
}

impl Reducible for ScenarioState {
    type Action = ScenarioAction;

    fn reduce(self: Rc<Self>, action: ScenarioAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        // A month-view change that no longer fits the household (its adult or option was
        // removed) is dropped, so it can never block the steady results.
        if next
            .scenario
            .month_event
            .as_ref()
            .is_some_and(|m| !m.fits(&next.scenario))
        {
            next.scenario.month_event = None;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The context handle of the scenario page.
pub type ScenarioContext = UseReducerHandle<ScenarioState>;

/// The scenario state from context.
#[hook]
pub fn use_scenario() -> ScenarioContext {
    use_context::<ScenarioContext>().expect("ScenarioProvider is an ancestor")
}

/// Starts from what this tab kept in its history state (`tab`, after a reload or from the
/// module that started the page), else from the scenario saved on this device (only after
/// opt-in).
fn resume(dispatcher: &UseReducerDispatcher<ScenarioState>, tab: Option<&str>) {
    match (tab.and_then(TabSnapshot::parse), persist::restore()) {
        (Some(tab), (saved, status)) => {
            // The saved copy is kept up to date, so the tab's copy is the same scenario.
            let status = if saved.is_some() {
                DeviceStatus::Restored
            } else {
                status
            };
            dispatcher.dispatch(ScenarioAction::Resume(
                Box::new(tab.scenario),
                tab.step,
                tab.mode,
                status,
            ));
        }
        (None, (Some(scenario), _)) => {
            dispatcher.dispatch(ScenarioAction::Restore(Box::new(scenario)))
        }
        (None, (None, status)) => dispatcher.dispatch(ScenarioAction::SetDevice(status)),
    }
}

#[derive(Properties, PartialEq)]
pub struct ScenarioProviderProps {
    pub initial: ScenarioState,
    #[prop_or_default]
    pub children: Html,
}

/// Holds the scenario state for everything inside it.
#[component]
pub fn ScenarioProvider(props: &ScenarioProviderProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    {
        // At start: after a reload, what this tab kept in its history state; otherwise the
        // scenario saved on this device (only after opt-in).
        let state = state.clone();
        use_effect_with((), move |_| {
            let read = browser::recall(TAB_STATE_KEY);
            resume(&state.dispatcher(), read.as_deref());
            // This module took the page over from the first one (src/ui/start.rs): what was
            // entered there while this one started is in the tab's state now.
            let continued = {
                let dispatcher = state.dispatcher();
                gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    crate::ui::start::CONTINUED_EVENT,
                    move |_| {
                        let now = browser::recall(TAB_STATE_KEY);
                        if now != read {
                            resume(&dispatcher, now.as_deref());
                        }
                    },
                )
            };
            // Another tab saved or deleted the scenario: show what is stored now.
            let dispatcher = state.dispatcher();
            let listener = crate::storage::on_change(move |key| {
                let ours = key.as_deref().is_none_or(|k| {
                    crate::storage::Feature::owning(k) == Some(crate::storage::Feature::Scenario)
                });
                if ours {
                    let (scenario, status) = persist::restore();
                    dispatcher.dispatch(ScenarioAction::StoredChanged(
                        scenario.map(Box::new),
                        status,
                    ));
                }
            });
            move || {
                listener.stop();
                drop(continued);
            }
        });
    }
    {
        // Today's date can arrive after the first render (hydrating prerendered markup).
        let dispatcher = state.dispatcher();
        use_effect_with(props.initial.today, move |today| {
            dispatcher.dispatch(ScenarioAction::Today(*today));
        });
    }
    {
        // After every change: the tab keeps the page in its history state, so a reload or
        // Back/Forward does not lose it. Nothing is written to storage here. The snapshot is
        // written out only when the state changed, and only when the entry would change (not at
        // the start of an untouched page).
        use_effect_with(ScenarioState::clone(&state), move |state| {
            if crate::ui::start::taking_over() {
                return;
            }
            let held = browser::recall(TAB_STATE_KEY);
            let write =
                crate::ui::state::tab_entry_write(held.as_deref(), state.is_untouched(), || {
                    Some(state.tab_snapshot())
                });
            if let Some(snapshot) = write {
                browser::remember(TAB_STATE_KEY, &snapshot);
            }
        });
    }
    {
        // After every change: keep the saved copy up to date (nothing happens before opt-in, and
        // an unreadable saved copy is never overwritten).
        let dispatcher = state.dispatcher();
        let device = state.device;
        use_effect_with(state.scenario.clone(), move |scenario| {
            if device.is_saving() && !crate::ui::start::taking_over() {
                let status = persist::keep(scenario);
                if status != DeviceStatus::Saved {
                    dispatcher.dispatch(ScenarioAction::SetDevice(status));
                }
            }
        });
    }
    html! {
        <ContextProvider<ScenarioContext> context={state}>
            { props.children.clone() }
        </ContextProvider<ScenarioContext>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn todays_date_after_hydration_moves_only_an_untouched_household() {
        let prerendered = crate::scenario::FIRST_DATE;
        let today = Date::new(9999, 1, 1).expect("a date");
        let mut empty = ScenarioState::new(prerendered);
        empty.apply(ScenarioAction::Today(today));
        assert_eq!(empty, ScenarioState::new(today));
        let mut entered = ScenarioState::new(prerendered);
        entered.apply(ScenarioAction::SetAssets(Cents(100)));
        entered.apply(ScenarioAction::Today(today));
        assert_eq!(entered.scenario.rules_date, prerendered);
        assert_eq!(entered.today, today);
    }

    #[test]
    fn only_the_empty_household_on_the_first_step_is_untouched() {
        let today = crate::scenario::LAST_DATE;
        assert!(ScenarioState::new(today).is_untouched());
        let mut moved = ScenarioState::new(today);
        moved.apply(ScenarioAction::GoToStep(1));
        assert!(!moved.is_untouched());
        let mut form = ScenarioState::new(today);
        form.apply(ScenarioAction::SetMode(InputMode::Form));
        assert!(!form.is_untouched());
        let mut entered = ScenarioState::new(today);
        entered.apply(ScenarioAction::AddChild);
        assert!(!entered.is_untouched());
        assert!(!ScenarioState::with_preset(today, "jenna", Lang::Fi).is_untouched());
    }

    #[test]
    fn a_tab_snapshot_brings_back_the_scenario_step_and_mode() {
        let today = crate::scenario::LAST_DATE;
        let mut state = ScenarioState::with_preset(today, "jenna", Lang::Fi);
        state.step = 3;
        state.mode = InputMode::Form;
        let back = TabSnapshot::parse(&state.tab_snapshot()).expect("parses");
        assert_eq!(back.scenario, state.scenario);
        assert_eq!((back.step, back.mode), (3, InputMode::Form));
        assert_eq!(TabSnapshot::parse("{\"scenario\": 1}"), None);
        assert_eq!(TabSnapshot::parse("not json"), None);
    }

    #[test]
    fn an_incomplete_form_comes_back_from_the_tab_state() {
        let mut state = ScenarioState::new(crate::scenario::LAST_DATE);
        assert!(
            state.scenario.validate().is_err(),
            "no municipality chosen yet"
        );
        state.scenario.household.adults[0].age = 47;
        let back = TabSnapshot::parse(&state.tab_snapshot()).expect("parses");
        assert_eq!(back.scenario, state.scenario);
    }
}
