//! The instrument as data: single items, the five areas with their items, and the response scale.
//!
//! Everything a person sees is an i18n key (texts live in `i18n/<lang>/assessment.txt`), so the
//! same data drives the questions, the scoring and the completeness tests. Item ids are stable:
//! they are stored in saved answers, so an id is never reused for a different question. Changing
//! an item's meaning means a new id (and a new `format` version of the answers).
//!
//! The item texts are Askel's own; they are not taken or adapted from Kykyviisari, WHODAS, the
//! Work Ability Index or any other instrument.

use crate::i18n::Key;
use crate::message_key;

/// The five life areas, in the order they are asked and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AreaId {
    /// Social functioning: people, belonging, taking part.
    Participation,
    /// Psychological wellbeing: mood, calm, coping.
    Mind,
    /// Cognitive functioning, motivation and confidence for work or study.
    Skills,
    /// Physical functioning: moving, energy, rest, pain.
    Body,
    /// Daily routines, housing and money.
    EverydayLife,
}

impl AreaId {
    /// All areas in display order.
    pub const fn all() -> &'static [AreaId] {
        &[
            AreaId::Participation,
            AreaId::Mind,
            AreaId::Skills,
            AreaId::Body,
            AreaId::EverydayLife,
        ]
    }

    /// The stable identifier used in item ids, JSON and i18n keys (e.g. `"everyday_life"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            AreaId::Participation => "participation",
            AreaId::Mind => "mind",
            AreaId::Skills => "skills",
            AreaId::Body => "body",
            AreaId::EverydayLife => "everyday_life",
        }
    }

    /// The inverse of [`AreaId::as_str`].
    pub fn parse(s: &str) -> Option<AreaId> {
        AreaId::all().iter().copied().find(|a| a.as_str() == s)
    }

    /// This area's entry in the instrument.
    pub fn area(self) -> &'static Area {
        // `AREAS` is in the same order as `all()`; a test checks it.
        &AREAS[self as usize]
    }
}

/// The single questions asked before the areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SingleItemId {
    /// Current work ability, 0–10 (0 = cannot work at all, 10 = work ability at its best).
    WorkAbility,
    /// Life satisfaction, 1–5.
    LifeSatisfaction,
    /// Perceived health, 1–5.
    Health,
    /// Perceived functional capacity (managing everyday life), 0–10.
    FunctionalCapacity,
    /// How close to working life the person feels, 0–10.
    ClosenessToWork,
}

impl SingleItemId {
    /// All single items in display order.
    pub const fn all() -> &'static [SingleItemId] {
        &[
            SingleItemId::WorkAbility,
            SingleItemId::LifeSatisfaction,
            SingleItemId::Health,
            SingleItemId::FunctionalCapacity,
            SingleItemId::ClosenessToWork,
        ]
    }

    /// The stable identifier used in JSON and i18n keys.
    pub const fn as_str(self) -> &'static str {
        match self {
            SingleItemId::WorkAbility => "work_ability",
            SingleItemId::LifeSatisfaction => "life_satisfaction",
            SingleItemId::Health => "health",
            SingleItemId::FunctionalCapacity => "functional_capacity",
            SingleItemId::ClosenessToWork => "closeness_to_work",
        }
    }

    /// This single item's entry in the instrument.
    pub fn item(self) -> &'static SingleItem {
        // `SINGLE_ITEMS` is in the same order as `all()`; a test checks it.
        &SINGLE_ITEMS[self as usize]
    }
}

/// One labelled point of a scale: the value stored in the answers and the key of its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScaleOption {
    /// The stored value.
    pub value: u8,
    /// The i18n key of the label shown next to the value.
    pub label_key: Key,
}

/// A single question with its own numeric range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SingleItem {
    /// Stable id.
    pub id: SingleItemId,
    /// The i18n key of the question.
    pub question_key: Key,
    /// The i18n key of a short help text, if any.
    pub help_key: Option<Key>,
    /// The lowest value (0 or 1).
    pub min: u8,
    /// The highest value (5 or 10).
    pub max: u8,
    /// Labelled values: every value for 1–5 items, the two ends for 0–10 items.
    pub anchors: &'static [ScaleOption],
}

/// One statement within an area, answered on the shared 1–5 [`Instrument::scale`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable id, `"<area>.<name>"`, e.g. `"mind.calm"`.
    pub id: &'static str,
    /// The i18n key of the statement, `"assessment.item.<id>"`.
    pub text_key: Key,
    /// The i18n key of an optional help text, `"assessment.item.<id>.help"`.
    pub help_key: Option<Key>,
    /// True when agreeing means things are harder (e.g. "Pain limits what I can do"): the answer
    /// `v` is scored as `6 − v`, so that a higher area score always means things go better.
    pub reverse: bool,
}

/// One life area: a step of the questionnaire and one bar of the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    /// Stable id.
    pub id: AreaId,
    /// The i18n key of the step title (also the result label).
    pub title_key: Key,
    /// The i18n key of the short step introduction.
    pub intro_key: Key,
    /// The statements, 4–6 of them.
    pub items: &'static [Item],
}

impl Area {
    /// How many answered items (a value, not "prefer not to answer") this area needs for a score:
    /// ⌈60 % of its items⌉, i.e. 3 of 4, 3 of 5, 4 of 6.
    pub const fn min_answers(&self) -> usize {
        (3 * self.items.len()).div_ceil(5)
    }
}

/// The whole self-assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instrument {
    /// The single questions, in display order.
    pub single_items: &'static [SingleItem],
    /// The five areas, in display order (the same as [`AreaId::all`]).
    pub areas: &'static [Area],
    /// The shared 5-point scale of the area items ("Not at all" … "Completely"), values 1–5.
    pub scale: &'static [ScaleOption],
    /// The i18n key of the question shown above the scale.
    pub scale_question_key: Key,
    /// The i18n key of "Prefer not to answer", offered for every item and single question.
    pub prefer_not_to_say_key: Key,
}

impl Instrument {
    /// Finds an area item by id, with its area.
    pub fn item(&self, item_id: &str) -> Option<(&'static Area, &'static Item)> {
        AREAS
            .iter()
            .find_map(|a| a.items.iter().find(|i| i.id == item_id).map(|i| (a, i)))
    }

    /// Every i18n key the instrument and the pure assessment code refer to. The completeness test
    /// checks that each one exists in every language.
    pub fn text_keys(&self) -> Vec<Key> {
        let mut keys = vec![self.scale_question_key, self.prefer_not_to_say_key];
        keys.extend(self.scale.iter().map(|o| o.label_key));
        for s in self.single_items {
            keys.push(s.question_key);
            keys.extend(s.help_key);
            keys.extend(s.anchors.iter().map(|o| o.label_key));
        }
        for a in self.areas {
            keys.push(a.title_key);
            keys.push(a.intro_key);
            for i in a.items {
                keys.push(i.text_key);
                keys.extend(i.help_key);
            }
        }
        keys.extend(super::SupportTopic::all().iter().map(|t| t.label_key()));
        keys.extend(super::Band::all().iter().map(|b| b.label_key()));
        keys.extend(super::Change::all_text_keys());
        keys
    }
}

/// The assessment instrument (static data).
pub fn instrument() -> &'static Instrument {
    &INSTRUMENT
}

static INSTRUMENT: Instrument = Instrument {
    single_items: SINGLE_ITEMS,
    areas: AREAS,
    scale: SCALE,
    scale_question_key: message_key!("assessment.scale.question"),
    prefer_not_to_say_key: message_key!("assessment.prefer_not_to_say"),
};

const SCALE: &[ScaleOption] = &[
    ScaleOption {
        value: 1,
        label_key: message_key!("assessment.scale.1"),
    },
    ScaleOption {
        value: 2,
        label_key: message_key!("assessment.scale.2"),
    },
    ScaleOption {
        value: 3,
        label_key: message_key!("assessment.scale.3"),
    },
    ScaleOption {
        value: 4,
        label_key: message_key!("assessment.scale.4"),
    },
    ScaleOption {
        value: 5,
        label_key: message_key!("assessment.scale.5"),
    },
];

macro_rules! opt {
    ($id:literal, $v:literal) => {
        ScaleOption {
            value: $v,
            label_key: message_key!(concat!("assessment.single.", $id, ".option.", $v)),
        }
    };
}

macro_rules! single {
    ($variant:ident, $id:literal, $min:literal, $max:literal, [$($v:literal),*]) => {
        SingleItem {
            id: SingleItemId::$variant,
            question_key: message_key!(concat!("assessment.single.", $id, ".question")),
            help_key: Some(message_key!(concat!("assessment.single.", $id, ".help"))),
            min: $min,
            max: $max,
            anchors: &[$(opt!($id, $v)),*],
        }
    };
}

const SINGLE_ITEMS: &[SingleItem] = &[
    single!(WorkAbility, "work_ability", 0, 10, [0, 10]),
    single!(LifeSatisfaction, "life_satisfaction", 1, 5, [1, 2, 3, 4, 5]),
    single!(Health, "health", 1, 5, [1, 2, 3, 4, 5]),
    single!(FunctionalCapacity, "functional_capacity", 0, 10, [0, 10]),
    single!(ClosenessToWork, "closeness_to_work", 0, 10, [0, 10]),
];

macro_rules! item {
    ($id:literal) => {
        Item {
            id: $id,
            text_key: message_key!(concat!("assessment.item.", $id)),
            help_key: None,
            reverse: false,
        }
    };
    ($id:literal, reverse) => {
        Item {
            reverse: true,
            ..item!($id)
        }
    };
    ($id:literal, help) => {
        Item {
            help_key: Some(message_key!(concat!("assessment.item.", $id, ".help"))),
            ..item!($id)
        }
    };
    ($id:literal, reverse, help) => {
        Item {
            help_key: Some(message_key!(concat!("assessment.item.", $id, ".help"))),
            reverse: true,
            ..item!($id)
        }
    };
}

macro_rules! area {
    ($variant:ident, $id:literal, [$($item:expr),* $(,)?]) => {
        Area {
            id: AreaId::$variant,
            title_key: message_key!(concat!("assessment.area.", $id, ".title")),
            intro_key: message_key!(concat!("assessment.area.", $id, ".intro")),
            items: &[$($item),*],
        }
    };
}

const AREAS: &[Area] = &[
    area!(
        Participation,
        "participation",
        [
            item!("participation.someone_to_talk"),
            item!("participation.meet_people"),
            item!("participation.ask_for_help"),
            item!("participation.take_part", help),
            item!("participation.lonely", reverse),
        ]
    ),
    area!(
        Mind,
        "mind",
        [
            item!("mind.calm"),
            item!("mind.look_forward"),
            item!("mind.way_forward"),
            item!("mind.good_about_myself"),
            item!("mind.everyday_stress"),
            item!("mind.worries", reverse),
        ]
    ),
    area!(
        Skills,
        "skills",
        [
            item!("skills.focus"),
            item!("skills.learn"),
            item!("skills.know_strengths"),
            item!("skills.confidence", help),
            item!("skills.want_work", help),
            item!("skills.getting_started", reverse),
        ]
    ),
    area!(
        Body,
        "body",
        [
            item!("body.move"),
            item!("body.rested"),
            item!("body.energy"),
            item!("body.pain", reverse, help),
        ]
    ),
    area!(
        EverydayLife,
        "everyday_life",
        [
            item!("everyday_life.rhythm"),
            item!("everyday_life.home"),
            item!("everyday_life.chores"),
            item!("everyday_life.paperwork", help),
            item!("everyday_life.money_worries", reverse),
        ]
    ),
];
