//! The self-assessment's state: the answers being given, the current step, the results saved on
//! this device (only after opt-in) and a one-sentence notice. One value in a `use_reducer`,
//! shared through [`AssessmentProvider`]'s context, so the answers survive moving between steps
//! and pages.
//!
//! The reducer is pure. Reading and writing storage happens in the small command functions at
//! the end ([`load_saved`], [`save_current`], [`delete_entry`], [`delete_saved`]), which do the
//! I/O through a [`Store`] (the browser's by default) and return the [`Action`] to dispatch;
//! components only wire buttons to them. Every change reads the stored history again and
//! changes that (read-modify-write), so a second tab never writes back an older copy; open tabs
//! reload on the browser's `storage` event. Consent is this feature's own
//! ([`Feature::Assessment`]): opting in here never starts saving the income scenario.

use std::rc::Rc;

use crate::json::{Fields, Mismatch, ReadJson, Value, WriteJson};
use yew::prelude::*;

use crate::assessment::{
    score, Answers, AreaId, AssessmentResult, Comparison, History, Response, SingleItemId, Summary,
    SupportTopic,
};
use crate::i18n::{k, Key};
use crate::storage::{self, Backend, Feature, StorageError, Store};
use crate::ui::browser;

/// Where the saved results live (an envelope around the `askel-assessment-history/1` JSON).
pub const HISTORY_KEY: &str = storage::ASSESSMENT_HISTORY_KEY;
/// The support topics, goals and questions of the latest saved result (for the summary).
pub const NOTES_KEY: &str = storage::ASSESSMENT_NOTES_KEY;
/// The date used when the browser gives none (server-side rendering only): the last day the rule
/// data covers, so no year is written here.
pub fn fallback_date() -> String {
    crate::scenario::LAST_DATE.to_string()
}

/// What is saved next to the history for the summary: the free parts of the latest saved
/// answers. (The statements themselves are not needed once scored, so they are not kept.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedNotes {
    /// The date of the result these notes belong to.
    pub date: String,
    /// Chosen support topics.
    pub support_topics: Vec<SupportTopic>,
    /// Own goals.
    pub goals: String,
    /// Questions for the next meeting.
    pub questions: String,
}

impl SavedNotes {
    /// The notes of `answers`.
    pub fn of(answers: &Answers) -> SavedNotes {
        SavedNotes {
            date: answers.date().to_owned(),
            support_topics: answers.support_topics().iter().copied().collect(),
            goals: answers.goals().to_owned(),
            questions: answers.questions().to_owned(),
        }
    }

    /// Answers holding only these notes; `None` if a value is invalid (e.g. edited by hand).
    pub fn to_answers(&self) -> Option<Answers> {
        let mut a = Answers::new(&self.date).ok()?;
        for &t in &self.support_topics {
            a.set_support_topic(t, true);
        }
        a.set_goals(&self.goals).ok()?;
        a.set_questions(&self.questions).ok()?;
        Some(a)
    }
}

const NOTES_KEYS: [&str; 4] = ["date", "support_topics", "goals", "questions"];

/// Stored as `{"date", "support_topics", "goals", "questions"}`, each required, nothing else.
impl WriteJson for SavedNotes {
    fn write_json(&self) -> Value {
        let [date, support_topics, goals, questions] = NOTES_KEYS;
        Value::object([
            (date, self.date.write_json()),
            (support_topics, self.support_topics.write_json()),
            (goals, self.goals.write_json()),
            (questions, self.questions.write_json()),
        ])
    }
}

impl ReadJson for SavedNotes {
    fn read_json(v: &Value) -> Result<Self, Mismatch> {
        let [date, support_topics, goals, questions] = NOTES_KEYS;
        let f = Fields::of(v, &NOTES_KEYS)?;
        Ok(SavedNotes {
            date: f.required(date)?,
            support_topics: f.required(support_topics)?,
            goals: f.required(goals)?,
            questions: f.required(questions)?,
        })
    }
}

/// One screen of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// What this is, and that answers stay on this device.
    Intro,
    /// The five single questions.
    Single,
    /// One life area.
    Area(AreaId),
    /// "What I would like support with".
    Support,
    /// Own goals and questions for the next meeting.
    Goals,
    /// The result, history and saving.
    Result,
}

impl Step {
    /// The numbered steps (all but the intro): single questions, five areas, support, goals,
    /// result.
    pub const TOTAL: usize = 9;

    /// Every step in order.
    pub fn all() -> Vec<Step> {
        let mut steps = vec![Step::Intro, Step::Single];
        steps.extend(AreaId::all().iter().map(|&a| Step::Area(a)));
        steps.extend([Step::Support, Step::Goals, Step::Result]);
        steps
    }

    /// The position in [`Step::all`] (0 for the intro).
    pub fn index(self) -> usize {
        Step::all().iter().position(|&s| s == self).unwrap_or(0)
    }

    /// "Step n of 9": 1 for the single questions … 9 for the result; `None` for the intro.
    pub fn number(self) -> Option<usize> {
        match self.index() {
            0 => None,
            n => Some(n),
        }
    }

    /// The next step (the result stays the result).
    pub fn next(self) -> Step {
        let all = Step::all();
        all.get(self.index() + 1).copied().unwrap_or(Step::Result)
    }

    /// The previous step (the intro stays the intro).
    pub fn back(self) -> Step {
        let all = Step::all();
        all[self.index().saturating_sub(1)]
    }

    /// The i18n key of the step's heading.
    pub fn title_key(self) -> Key {
        match self {
            Step::Intro => k::ASSESSMENT_INTRO_TITLE,
            Step::Single => k::ASSESSMENT_SINGLE_TITLE,
            Step::Area(a) => a.area().title_key,
            Step::Support => k::ASSESSMENT_SUPPORT_TITLE,
            Step::Goals => k::ASSESSMENT_GOALS_STEP_TITLE,
            Step::Result => k::ASSESSMENT_RESULT_TITLE,
        }
    }
}

/// A one-sentence message about saving or deleting, shown in a polite live region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The result was saved.
    Saved,
    /// One saved result was deleted.
    Deleted,
    /// Everything was deleted.
    DeletedAll,
    /// Storage is turned off, blocked or full.
    Unavailable,
    /// Earlier saved data could not be read; it was kept.
    Unreadable,
    /// Not saved, so that unreadable earlier data is not overwritten.
    KeptUnreadable,
}

impl Notice {
    /// The i18n key of the sentence.
    pub fn key(self) -> Key {
        match self {
            Notice::Saved => k::ASSESSMENT_HISTORY_SAVED,
            Notice::Deleted => k::ASSESSMENT_HISTORY_DELETED,
            Notice::DeletedAll => k::ASSESSMENT_HISTORY_DELETED_ALL,
            Notice::Unavailable => k::ASSESSMENT_STORAGE_UNAVAILABLE,
            Notice::Unreadable => k::ASSESSMENT_STORAGE_UNREADABLE,
            Notice::KeptUnreadable => k::ASSESSMENT_STORAGE_KEPT_UNREADABLE,
        }
    }

    fn from_error(error: &StorageError) -> Notice {
        if error.is_unreadable_data() {
            Notice::Unreadable
        } else {
            Notice::Unavailable
        }
    }
}

/// Which delete or restart is waiting for "Yes".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// Delete one saved result (by id).
    DeleteEntry(u32),
    /// Delete this feature's data (every saved result and note, and the consent).
    DeleteAll,
    /// Start again with empty answers.
    StartAgain,
}

/// Everything the assessment pages show.
#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentState {
    /// The current screen.
    pub step: Step,
    /// The answers being given (kept while moving between steps).
    pub answers: Answers,
    /// True once the person has asked to see the result.
    pub finished: bool,
    /// Results saved on this device (empty without consent).
    pub history: History,
    /// The answers of the latest saved result, for the summary after a reload.
    pub saved_answers: Option<Answers>,
    /// Whether the person has opted in to saving on this device.
    pub consent: bool,
    /// The id of the current result in the history, once saved.
    pub saved_id: Option<u32>,
    /// Stored data exists that this version cannot read; it is kept until "Delete everything".
    pub unreadable: bool,
    /// The latest message about saving or deleting.
    pub notice: Option<Notice>,
    /// A delete or restart waiting for confirmation.
    pub confirm: Option<Confirm>,
    /// The current step came from the tab's history (Back, Forward, a reload), not from a
    /// button: the flow then adds no history entry for it.
    pub from_history: bool,
}

/// Where the tab's history state keeps the assessment in progress (see `browser::remember`).
pub const TAB_STATE_KEY: &str = "askel.assessment";
/// Where each step's history entry keeps its step.
pub const STEP_STATE_KEY: &str = "askel.assessment.step";

/// The assessment in progress as the tab keeps it: answers (their own JSON format), step and
/// whether the result was reached. `None` for anything unreadable.
pub fn parse_tab_snapshot(text: &str) -> Option<(Answers, Step, bool)> {
    let value = crate::json::parse(text).ok()?;
    let answers = Answers::from_json(value.get("answers")?.as_str()?).ok()?;
    let step = value
        .get("step")
        .and_then(Value::as_u64)
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| Step::all().get(i).copied())
        .unwrap_or(Step::Intro);
    let finished = value.get("finished").and_then(Value::as_bool) == Some(true);
    Some((answers, step, finished))
}

/// The assessment in progress as JSON for the tab's history state (see
/// [`AssessmentState::tab_snapshot`]).
fn tab_snapshot_of(answers: &Answers, step: Step, finished: bool) -> Option<String> {
    let answers = answers.to_json().ok()?;
    Some(
        Value::object([
            ("answers", Value::String(answers)),
            ("finished", Value::Bool(finished)),
            ("step", Value::integer(step.index() as u64)),
        ])
        .to_text(),
    )
}

impl AssessmentState {
    /// The assessment in progress as JSON for the tab's history state (keys in byte order, as
    /// earlier versions wrote them).
    pub fn tab_snapshot(&self) -> Option<String> {
        tab_snapshot_of(&self.answers, self.step, self.finished)
    }

    /// A fresh assessment dated `date` (`YYYY-MM-DD`; an invalid date falls back to
    /// [`fallback_date`]).
    pub fn new(date: &str) -> AssessmentState {
        let answers = Answers::new(date)
            .or_else(|_| Answers::new(&fallback_date()))
            .expect("the fallback date is a valid date");
        AssessmentState {
            step: Step::Intro,
            answers,
            finished: false,
            history: History::new(),
            saved_answers: None,
            consent: false,
            saved_id: None,
            unreadable: false,
            notice: None,
            confirm: None,
            from_history: false,
        }
    }

    /// The assessment at `step` with `answers` (for server-side rendering and tests). At the
    /// result step the answers count as finished.
    pub fn at(step: Step, answers: Answers) -> AssessmentState {
        AssessmentState {
            step,
            finished: step == Step::Result,
            answers,
            ..AssessmentState::new(&fallback_date())
        }
    }

    /// The same state with saved `history` and consent given.
    pub fn with_history(mut self, history: History) -> AssessmentState {
        self.history = history;
        self.consent = true;
        self
    }

    /// The scored answers.
    pub fn result(&self) -> AssessmentResult {
        score(&self.answers)
    }

    /// The change since the first and the previous saved result, when there is something saved
    /// to compare with.
    pub fn comparison(&self) -> Option<Comparison> {
        if let Some(id) = self.saved_id {
            let c = self.history.compare_entry(id)?;
            return (self.history.entries().len() > 1).then_some(c);
        }
        (!self.history.is_empty()).then(|| self.history.compare_with(&self.result()))
    }

    /// Whether "since the first time" refers to a different saved result than "since last
    /// time" in [`comparison`](Self::comparison) and [`summary`](Self::summary) (otherwise only
    /// "since last time" is worth showing).
    pub fn distinct_first(&self) -> bool {
        let entries = self.history.entries();
        if !self.finished {
            return entries.len() >= 3;
        }
        match self.saved_id {
            Some(id) => entries
                .iter()
                .position(|e| e.id == id)
                .is_some_and(|p| p >= 2),
            None => entries.len() >= 2,
        }
    }

    /// The summary for a meeting: of the finished assessment, or else of the latest saved one.
    pub fn summary(&self) -> Option<Summary> {
        if self.finished {
            let result = self.result();
            return Some(Summary::build(
                &result,
                &self.answers,
                self.comparison().as_ref(),
            ));
        }
        let latest = self.history.entries().last()?;
        let answers = match &self.saved_answers {
            Some(a) if a.date() == latest.result.date => a.clone(),
            _ => Answers::new(&latest.result.date).ok()?,
        };
        let comparison = self
            .history
            .compare_entry(latest.id)
            .filter(|_| self.history.entries().len() > 1);
        Some(Summary::build(
            &latest.result,
            &answers,
            comparison.as_ref(),
        ))
    }
}

/// A change to the assessment state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show a step.
    Go(Step),
    /// Show a step the tab's history returned to (Back or Forward).
    Revisit(Step),
    /// What the tab kept before a reload: answers, step, whether the result was reached.
    Resume(Box<Answers>, Step, bool),
    /// Answer (or clear) a single question.
    SetSingle(SingleItemId, Option<Response>),
    /// Answer (or clear) an area statement, by item id.
    SetItem(&'static str, Option<Response>),
    /// Mark an area for support.
    SetSupportArea(AreaId, bool),
    /// Choose a support topic.
    SetTopic(SupportTopic, bool),
    /// Own goals (free text).
    SetGoals(String),
    /// Questions for the next meeting (free text).
    SetQuestions(String),
    /// Show the result, dated `date` (today, from the browser).
    Finish(String),
    /// Empty answers dated `date`, back to the first question.
    StartAgain(String),
    /// Ask for (or cancel, `None`) a confirmation.
    Ask(Option<Confirm>),
    /// What was found in storage at start.
    Loaded {
        consent: bool,
        history: History,
        saved_answers: Option<Answers>,
        unreadable: bool,
        notice: Option<Notice>,
    },
    /// The current result was saved with `id`.
    Saved { history: History, id: u32 },
    /// One saved result was deleted.
    Deleted(History),
    /// Everything on this device was deleted.
    DeletedAll,
    /// Show a message.
    Notify(Notice),
}

impl Reducible for AssessmentState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.from_history = false;
        match action {
            Action::Go(step) => {
                next.step = step;
                next.confirm = None;
                next.notice = None;
            }
            Action::Revisit(step) => {
                next.step = step;
                next.confirm = None;
                next.notice = None;
                next.from_history = true;
            }
            Action::Resume(answers, step, finished) => {
                next.answers = *answers;
                next.finished = finished;
                next.step = if step == Step::Result && !finished {
                    Step::Goals
                } else {
                    step
                };
                next.from_history = true;
            }
            Action::SetSingle(id, r) => {
                if next.answers.set_single(id, r).is_err() {
                    return self;
                }
                next.saved_id = None;
            }
            Action::SetItem(id, r) => {
                if next.answers.set_area_item(id, r).is_err() {
                    return self;
                }
                next.saved_id = None;
            }
            Action::SetSupportArea(area, on) => {
                next.answers.set_support_area(area, on);
                next.saved_id = None;
            }
            Action::SetTopic(topic, on) => {
                next.answers.set_support_topic(topic, on);
                next.saved_id = None;
            }
            Action::SetGoals(text) => {
                if next.answers.set_goals(&text).is_err() {
                    return self;
                }
                next.saved_id = None;
            }
            Action::SetQuestions(text) => {
                if next.answers.set_questions(&text).is_err() {
                    return self;
                }
                next.saved_id = None;
            }
            Action::Finish(date) => {
                let _ = next.answers.set_date(&date);
                next.finished = true;
                next.step = Step::Result;
                next.notice = None;
                next.confirm = None;
            }
            Action::StartAgain(date) => {
                let fresh = AssessmentState::new(&date);
                next.answers = fresh.answers;
                next.finished = false;
                next.saved_id = None;
                next.step = Step::Single;
                next.notice = None;
                next.confirm = None;
            }
            Action::Ask(confirm) => next.confirm = confirm,
            Action::Loaded {
                consent,
                history,
                saved_answers,
                unreadable,
                notice,
            } => {
                if next
                    .saved_id
                    .is_some_and(|id| !history.entries().iter().any(|e| e.id == id))
                {
                    next.saved_id = None;
                }
                next.consent = consent;
                next.history = history;
                next.saved_answers = saved_answers;
                next.unreadable = unreadable;
                next.notice = notice;
            }
            Action::Saved { history, id } => {
                next.history = history;
                next.saved_id = Some(id);
                next.consent = true;
                next.saved_answers = Some(next.answers.clone());
                next.notice = Some(Notice::Saved);
            }
            Action::Deleted(history) => {
                if next
                    .saved_id
                    .is_some_and(|id| !history.entries().iter().any(|e| e.id == id))
                {
                    next.saved_id = None;
                }
                if history.is_empty() {
                    next.saved_answers = None;
                }
                next.history = history;
                next.confirm = None;
                next.notice = Some(Notice::Deleted);
            }
            Action::DeletedAll => {
                next.history = History::new();
                next.saved_answers = None;
                next.consent = false;
                next.saved_id = None;
                next.unreadable = false;
                next.confirm = None;
                next.notice = Some(Notice::DeletedAll);
            }
            Action::Notify(notice) => {
                next.notice = Some(notice);
                next.confirm = None;
            }
        }
        Rc::new(next)
    }
}

/// The context handle.
pub type AssessmentContext = UseReducerHandle<AssessmentState>;

#[derive(Properties, PartialEq)]
pub struct AssessmentProviderProps {
    /// Start from this state instead of a fresh one (server-side rendering, tests).
    #[prop_or_default]
    pub initial: Option<Rc<AssessmentState>>,
    #[prop_or_default]
    pub children: Html,
}

/// Holds the assessment state for every page below it and, in the browser, reads what was
/// saved on this device (only if the person opted in earlier).
#[component]
pub fn AssessmentProvider(props: &AssessmentProviderProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || match initial {
        Some(s) => (*s).clone(),
        None => AssessmentState::new(&today()),
    });
    {
        let state = state.clone();
        let restore = props.initial.is_none();
        use_effect_with((), move |_| {
            if restore {
                // After a reload: the assessment in progress, as this tab kept it.
                if let Some((answers, step, finished)) =
                    browser::recall(TAB_STATE_KEY).and_then(|t| parse_tab_snapshot(&t))
                {
                    state.dispatch(Action::Resume(Box::new(answers), step, finished));
                }
                state.dispatch(load_saved());
            }
            // Another tab saved or deleted: show what is stored now.
            let listener = restore.then(|| {
                storage::on_change(move |key| {
                    let ours = key
                        .as_deref()
                        .is_none_or(|k| storage::Feature::owning(k) == Some(Feature::Assessment));
                    if ours {
                        state.dispatch(load_saved());
                    }
                })
            });
            move || {
                listener
                    .map(storage::ChangeListener::stop)
                    .unwrap_or_default()
            }
        });
    }
    {
        // After every change: the tab keeps the assessment in progress in its history state
        // (not storage: no opt-in needed, dropped with the tab).
        // Written out only when the answers, the step or the end changed, and only when the
        // entry would change: a page that was never touched writes nothing while it starts.
        let keep = props.initial.is_none();
        use_effect_with(
            (state.answers.clone(), state.step, state.finished),
            move |(answers, step, finished)| {
                if !keep {
                    return;
                }
                let held = browser::recall(TAB_STATE_KEY);
                let untouched = *step == Step::Intro
                    && !*finished
                    && Answers::new(answers.date()).is_ok_and(|fresh| fresh == *answers);
                let write = crate::ui::state::tab_entry_write(held.as_deref(), untouched, || {
                    tab_snapshot_of(answers, *step, *finished)
                });
                if let Some(snapshot) = write {
                    browser::remember(TAB_STATE_KEY, &snapshot);
                }
            },
        );
    }
    html! {
        <ContextProvider<AssessmentContext> context={state}>
            { props.children.clone() }
        </ContextProvider<AssessmentContext>>
    }
}

/// The assessment state from context.
#[hook]
pub fn use_assessment() -> AssessmentContext {
    use_context::<AssessmentContext>().expect("AssessmentProvider is around the pages")
}

/// Today's date from the browser (`YYYY-MM-DD`), or [`fallback_date`] outside a browser.
pub fn today() -> String {
    browser::today().unwrap_or_else(fallback_date)
}

/// Reads consent, history and the latest answers from this device. Nothing is read beyond the
/// consent key unless the person opted in earlier; unreadable data is reported and kept.
pub fn load_saved() -> Action {
    load_saved_from(&storage::device())
}

/// [`load_saved`] from any store.
pub fn load_saved_from<B: Backend>(store: &Store<B>) -> Action {
    let mut unreadable = false;
    let mut notice = None;
    let consent = match store.consent(Feature::Assessment) {
        Ok(c) => c,
        Err(e) => {
            unreadable = e.is_unreadable_data();
            notice = unreadable.then_some(Notice::Unreadable);
            false
        }
    };
    let mut history = History::new();
    let mut saved_answers = None;
    if consent {
        match store.load::<History>(HISTORY_KEY) {
            Ok(h) => history = h.unwrap_or_default(),
            Err(e) => {
                unreadable |= e.is_unreadable_data();
                notice = Some(Notice::from_error(&e));
            }
        }
        match store.load::<SavedNotes>(NOTES_KEY) {
            Ok(None) => {}
            Ok(Some(notes)) => match notes.to_answers() {
                Some(answers) => saved_answers = Some(answers),
                // Readable JSON with values this version refuses (a goal too long, a date
                // that does not exist): unreadable like any other, kept, never overwritten.
                None => {
                    unreadable = true;
                    notice = Some(Notice::Unreadable);
                }
            },
            Err(e) => {
                unreadable |= e.is_unreadable_data();
                notice = Some(Notice::from_error(&e));
            }
        }
    }
    Action::Loaded {
        consent,
        history,
        saved_answers,
        unreadable,
        notice,
    }
}

/// Opts in (if not yet) and saves the current result with its answers.
pub fn save_current(state: &AssessmentState) -> Action {
    save_current_to(&storage::device(), state)
}

/// [`save_current`] into any store: the result is added to the history *as stored now*, so a
/// result saved meanwhile in another tab is kept.
pub fn save_current_to<B: Backend>(store: &Store<B>, state: &AssessmentState) -> Action {
    if state.unreadable {
        return Action::Notify(Notice::KeptUnreadable);
    }
    let result = state.result();
    if result.validate().is_err() {
        return Action::Notify(Notice::Unavailable);
    }
    let written = store
        .set_consent(Feature::Assessment, true)
        .and_then(|()| store.modify(HISTORY_KEY, |history: &mut History| history.add(result)))
        .and_then(|(history, id)| {
            store.save(NOTES_KEY, &SavedNotes::of(&state.answers))?;
            Ok((history, id))
        });
    match written {
        Ok((history, Ok(id))) => Action::Saved { history, id },
        Ok((_, Err(_))) => Action::Notify(Notice::Unavailable),
        Err(e) => Action::Notify(Notice::from_error(&e)),
    }
}

/// Deletes one saved result.
pub fn delete_entry(id: u32) -> Action {
    delete_entry_from(&storage::device(), id)
}

/// [`delete_entry`] from any store, from the history as stored now.
pub fn delete_entry_from<B: Backend>(store: &Store<B>, id: u32) -> Action {
    let written = store
        .modify(HISTORY_KEY, |history: &mut History| {
            history.remove(id);
        })
        .and_then(|(history, ())| {
            if history.is_empty() {
                store.remove(HISTORY_KEY)?;
                store.remove(NOTES_KEY)?;
            }
            Ok(history)
        });
    match written {
        Ok(history) => Action::Deleted(history),
        Err(e) => Action::Notify(Notice::from_error(&e)),
    }
}

/// Deletes every saved result, the notes and the consent of the self-assessment (and nothing of
/// the income scenario).
pub fn delete_saved() -> Action {
    delete_saved_from(&storage::device())
}

/// [`delete_saved`] from any store.
pub fn delete_saved_from<B: Backend>(store: &Store<B>) -> Action {
    match store.delete_feature(Feature::Assessment) {
        Ok(()) => Action::DeletedAll,
        Err(e) => Action::Notify(Notice::from_error(&e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: AssessmentState, actions: Vec<Action>) -> AssessmentState {
        let mut s = Rc::new(state);
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    #[test]
    fn steps_are_numbered_one_to_nine_after_the_intro() {
        let all = Step::all();
        assert_eq!(all.len(), 10);
        assert_eq!(Step::Intro.number(), None);
        assert_eq!(Step::Single.number(), Some(1));
        assert_eq!(Step::Area(AreaId::Mind).number(), Some(3));
        assert_eq!(Step::Result.number(), Some(Step::TOTAL));
        assert_eq!(Step::Intro.back(), Step::Intro);
        assert_eq!(Step::Result.next(), Step::Result);
        for pair in all.windows(2) {
            assert_eq!(pair[0].next(), pair[1]);
            assert_eq!(pair[1].back(), pair[0]);
        }
    }

    #[test]
    fn answers_are_kept_while_moving_and_invalid_ones_are_refused() {
        let s = reduce(
            AssessmentState::new("2026-11-23"),
            vec![
                Action::Go(Step::Single),
                Action::SetSingle(SingleItemId::WorkAbility, Some(Response::Value(7))),
                Action::SetSingle(SingleItemId::Health, Some(Response::Value(9))),
                Action::SetItem("body.move", Some(Response::Value(4))),
                Action::SetItem("no.such", Some(Response::Value(4))),
                Action::Go(Step::Area(AreaId::Body)),
                Action::Go(Step::Single),
            ],
        );
        assert_eq!(
            s.answers.single(SingleItemId::WorkAbility),
            Some(Response::Value(7))
        );
        assert_eq!(s.answers.single(SingleItemId::Health), None);
        assert_eq!(s.answers.area_item("body.move"), Some(Response::Value(4)));
        assert_eq!(s.step, Step::Single);
        assert!(!s.finished);
    }

    #[test]
    fn finishing_dates_the_answers_and_starting_again_clears_them() {
        let s = reduce(
            AssessmentState::new("2026-11-23"),
            vec![
                Action::SetGoals("Walk".into()),
                Action::Finish("2026-12-01".into()),
            ],
        );
        assert!(s.finished);
        assert_eq!(s.step, Step::Result);
        assert_eq!(s.result().date, "2026-12-01");
        assert!(s.summary().is_some());
        let s = reduce(s, vec![Action::StartAgain("2026-12-02".into())]);
        assert_eq!(s.answers.goals(), "");
        assert_eq!(s.answers.date(), "2026-12-02");
        assert_eq!(s.step, Step::Single);
        assert!(!s.finished);
        assert!(s.summary().is_none());
        // A broken date from the browser cannot break the state.
        let s = reduce(s, vec![Action::Finish("not a date".into())]);
        assert_eq!(s.answers.date(), "2026-12-02");
    }

    #[test]
    fn saving_deleting_and_comparing() {
        let mut s = AssessmentState::at(Step::Result, Answers::new("2026-11-01").expect("date"));
        s.answers
            .set_area_item("body.move", Some(Response::Value(2)))
            .expect("ok");
        let mut h = History::new();
        let first = h.add(s.result()).expect("valid");
        s = reduce(
            s,
            vec![Action::Saved {
                history: h.clone(),
                id: first,
            }],
        );
        assert!(s.consent && s.saved_id == Some(first));
        assert_eq!(s.notice, Some(Notice::Saved));
        assert!(s.comparison().is_none(), "nothing earlier to compare with");
        // Changing an answer makes it a new, unsaved result compared with the saved one.
        s = reduce(
            s,
            vec![Action::SetItem("body.rested", Some(Response::Value(3)))],
        );
        assert_eq!(s.saved_id, None);
        assert!(s.comparison().is_some());
        assert!(!s.distinct_first());
        s = reduce(s, vec![Action::Deleted(History::new())]);
        assert!(s.history.is_empty() && s.saved_answers.is_none());
        s = reduce(
            s,
            vec![Action::Ask(Some(Confirm::DeleteAll)), Action::DeletedAll],
        );
        assert!(!s.consent && s.confirm.is_none());
        assert_eq!(s.notice, Some(Notice::DeletedAll));
    }

    #[test]
    fn saved_notes_round_trip_and_refuse_invalid_values() {
        let mut a = Answers::new("2026-11-23").expect("date");
        a.set_support_topic(SupportTopic::Housing, true);
        a.set_goals("Goal").expect("short");
        let notes = SavedNotes::of(&a);
        assert_eq!(notes.to_answers(), Some(a));
        let bad = SavedNotes {
            date: "2026-13-01".into(),
            ..notes.clone()
        };
        assert_eq!(bad.to_answers(), None);
        let long = SavedNotes {
            goals: "x".repeat(crate::assessment::MAX_TEXT_CHARS + 1),
            ..notes
        };
        assert_eq!(long.to_answers(), None);
    }

    fn finished(date: &str, value: u8) -> AssessmentState {
        let mut s = AssessmentState::at(Step::Result, Answers::new(date).expect("date"));
        s.answers
            .set_area_item("body.move", Some(Response::Value(value)))
            .expect("ok");
        s
    }

    fn tab(store: &Store<storage::MemoryBackend>, state: AssessmentState) -> AssessmentState {
        reduce(state, vec![load_saved_from(store)])
    }

    #[test]
    fn two_tabs_saving_in_turn_keep_every_result() {
        let store = Store::new(storage::MemoryBackend::default());
        // Tab A saves; tab B opens; A saves again; B saves: three results, none lost.
        let a = finished("2026-11-01", 1);
        let a = reduce(a.clone(), vec![save_current_to(&store, &a)]);
        let b = tab(&store, finished("2026-11-02", 2));
        let a = reduce(
            a,
            vec![Action::SetItem("body.move", Some(Response::Value(3)))],
        );
        let a = reduce(a.clone(), vec![save_current_to(&store, &a)]);
        let b = reduce(b.clone(), vec![save_current_to(&store, &b)]);
        assert_eq!(b.history.entries().len(), 3, "{:?}", b.history);
        assert_eq!(a.history.entries().len(), 2);
        let stored: History = store.load(HISTORY_KEY).expect("readable").expect("saved");
        assert_eq!(stored.entries().len(), 3);
        // A deletes its first result from what is stored now: B's result stays.
        let first = a.history.entries()[0].id;
        let a = reduce(a, vec![delete_entry_from(&store, first)]);
        assert_eq!(a.history.entries().len(), 2);
        let stored: History = store.load(HISTORY_KEY).expect("readable").expect("saved");
        assert_eq!(stored.entries().len(), 2);
        // A tab that reloads after a change sees it (the `storage` event does this).
        assert_eq!(tab(&store, b).history, stored);
    }

    #[test]
    fn notes_with_invalid_values_are_unreadable_kept_and_never_overwritten() {
        let store = Store::new(storage::MemoryBackend::default());
        let s = finished("2026-11-01", 1);
        reduce(s.clone(), vec![save_current_to(&store, &s)]);
        for (field, bad) in [
            ("date", "\"2026-02-30\"".to_owned()),
            (
                "goals",
                format!("\"{}\"", "x".repeat(crate::assessment::MAX_TEXT_CHARS + 1)),
            ),
        ] {
            let notes = SavedNotes {
                date: "2026-11-01".into(),
                support_topics: vec![],
                goals: String::new(),
                questions: String::new(),
            };
            let Value::Object(mut pairs) = notes.write_json() else {
                panic!("notes are an object")
            };
            for (key, value) in &mut pairs {
                if key == field {
                    *value = crate::json::parse(&bad).expect("json");
                }
            }
            let blob = storage::encode(&Value::Object(pairs)).expect("encodes");
            store
                .backend()
                .map
                .borrow_mut()
                .insert(NOTES_KEY.into(), blob.clone());
            let loaded = tab(&store, AssessmentState::new("2026-11-05"));
            assert!(loaded.unreadable, "{field}: reported");
            assert_eq!(loaded.notice, Some(Notice::Unreadable));
            assert_eq!(loaded.history.entries().len(), 1, "the history still opens");
            let again = finished("2026-11-05", 4);
            let again = AssessmentState {
                unreadable: loaded.unreadable,
                ..again
            };
            assert_eq!(
                save_current_to(&store, &again),
                Action::Notify(Notice::KeptUnreadable)
            );
            assert_eq!(
                store.backend().map.borrow().get(NOTES_KEY),
                Some(&blob),
                "{field}: kept"
            );
        }
    }

    #[test]
    fn deleting_the_assessment_leaves_the_scenario() {
        let store = Store::new(storage::MemoryBackend::default());
        store.set_consent(Feature::Scenario, true).expect("opt in");
        store.save(storage::SCENARIO_KEY, &1).expect("saved");
        let s = finished("2026-11-01", 1);
        reduce(s.clone(), vec![save_current_to(&store, &s)]);
        assert_eq!(delete_saved_from(&store), Action::DeletedAll);
        assert_eq!(
            store.owned_keys(),
            Ok(vec![
                Feature::Scenario.consent_key().to_owned(),
                storage::SCENARIO_KEY.to_owned()
            ])
        );
    }
}
