//! The meeting summary: pure data that the summary page renders on one printable page.
//!
//! It holds only what the person chose to fill in; headings and labels are i18n keys chosen by
//! the UI. Income scenario figures are added by the UI from the scenario module, not here.

use super::answers::{Answers, Response, SupportTopic};
use super::history::Comparison;
use super::instrument::{AreaId, SingleItemId};
use super::scoring::{AreaScore, AssessmentResult, Band};

/// One area line of the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SummaryArea {
    /// The area.
    pub area: AreaId,
    /// Its score or "not enough answers".
    pub score: AreaScore,
    /// The band word, when there is a score.
    pub band: Option<Band>,
    /// Whether the person marked this area for support.
    pub support_wished: bool,
}

/// Everything the summary page shows, in the order it shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The date of the answers, `YYYY-MM-DD`.
    pub date: String,
    /// Current work ability 0–10, if answered with a value.
    pub work_ability: Option<u8>,
    /// All single questions as answered.
    pub single_items: Vec<(SingleItemId, Option<Response>)>,
    /// "What goes well", highest first (see [`AssessmentResult::strengths`]).
    pub strengths: Vec<(AreaId, u8)>,
    /// "Where I would like support" (see [`AssessmentResult::support_areas`]).
    pub support_areas: Vec<(AreaId, AreaScore)>,
    /// Every area in display order, for the bars.
    pub areas: Vec<SummaryArea>,
    /// The overall picture.
    pub overall: Option<u8>,
    /// Chosen support topics, in display order.
    pub support_topics: Vec<SupportTopic>,
    /// Own goals, `None` when left empty (only whitespace counts as empty).
    pub goals: Option<String>,
    /// Questions for the next meeting, `None` when left empty.
    pub questions: Option<String>,
    /// The change since earlier saved results, when the person has saved some.
    pub comparison: Option<Comparison>,
}

impl Summary {
    /// Assembles the summary from a scored result, the answers it came from (for the support
    /// topics, goals and questions) and, optionally, a comparison with saved results.
    pub fn build(
        result: &AssessmentResult,
        answers: &Answers,
        comparison: Option<&Comparison>,
    ) -> Summary {
        let text = |s: &str| {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_owned())
        };
        Summary {
            date: result.date.clone(),
            work_ability: result.work_ability(),
            single_items: result.single_items.clone(),
            strengths: result.strengths(),
            support_areas: result.support_areas(),
            areas: result
                .areas
                .iter()
                .map(|&(area, score)| SummaryArea {
                    area,
                    score,
                    band: score.band(),
                    support_wished: result.support_wished.contains(&area),
                })
                .collect(),
            overall: result.overall,
            support_topics: SupportTopic::all()
                .iter()
                .copied()
                .filter(|t| answers.support_topics().contains(t))
                .collect(),
            goals: text(answers.goals()),
            questions: text(answers.questions()),
            comparison: comparison.cloned(),
        }
    }
}
