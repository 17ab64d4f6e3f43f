//! Taxation of earned income and benefits, annual (tuloverolaki 1535/1992; docs/rules/verotus.md):
//! the order of the annual
//! computation for one person. Submodules hold the individual rules.
//!
//! Steady state: annual amounts are 12 × the monthly situation; the final tax (not withholding) is
//! computed. Each annual item is rounded to cents after the credit allocation
//! (docs/rules/conventions.md).

pub mod tuloverot;
pub mod tyotulovahennys;
pub mod vahennykset;
pub mod vakuutusmaksut;
pub mod yleisradiovero;

use crate::rules::money::{Cents, Exact, Rate};
use crate::rules::params::Verotus;
use crate::rules::{Because, Item, Reason};

/// One person's annual incomes and circumstances.
#[derive(Clone, Copy, Debug, Default)]
pub struct PersonIncome {
    /// Age.
    pub age: u8,
    /// Gross wage, annual.
    pub wage: Cents,
    /// Unemployment benefits, annual.
    pub unemployment: Cents,
    /// Earnings-related pension, annual.
    pub pension: Cents,
    /// Other taxable benefits, annual.
    pub other: Cents,
    /// Children under 18 in the household (työtulovähennys child increase).
    pub children: u32,
    /// The only adult with the children (× 2 child increase).
    pub sole_guardian: bool,
    /// Municipal tax rate.
    pub municipal_rate: Rate,
    /// Church tax rate (0 if not a member).
    pub church_rate: Rate,
}

/// One person's annual taxes and contributions (all after credits, rounded to cents).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PersonTax {
    /// TyEL.
    pub tyel: Cents,
    /// TVM.
    pub tvm: Cents,
    /// Päivärahamaksu.
    pub daily_allowance: Cents,
    /// Puhdas ansiotulo.
    pub net_earned_income: Cents,
    /// Eläketulovähennys.
    pub pension_deduction: Cents,
    /// Perusvähennys.
    pub basic_deduction: Cents,
    /// Verotettava ansiotulo.
    pub taxable_income: Cents,
    /// State tax before credits.
    pub state_before_credit: Cents,
    /// Municipal tax before credits.
    pub municipal_before_credit: Cents,
    /// Church tax before credits.
    pub church_before_credit: Cents,
    /// Sairaanhoitomaksu before credits.
    pub health_care_before_credit: Cents,
    /// Työtulovähennys.
    pub credit: tyotulovahennys::Credit,
    /// State tax after credits incl. the pension income surtax.
    pub state: Cents,
    /// Municipal tax after credits.
    pub municipal: Cents,
    /// Church tax after credits.
    pub church: Cents,
    /// Sairaanhoitomaksu after credits.
    pub health_care: Cents,
    /// Yle tax.
    pub yle: Cents,
}

impl Default for tyotulovahennys::Credit {
    fn default() -> Self {
        tyotulovahennys::Credit {
            maximum: Cents::ZERO,
            accrued: Cents::ZERO,
            reduction: Cents::ZERO,
            amount: Cents::ZERO,
            exact: Exact::ZERO,
        }
    }
}

impl PersonTax {
    /// State + municipal + church + päivärahamaksu + sairaanhoitomaksu + Yle.
    pub fn taxes(&self) -> Cents {
        self.state
            .add(self.municipal)
            .add(self.church)
            .add(self.daily_allowance)
            .add(self.health_care)
            .add(self.yle)
    }
    /// Päivärahamaksu + sairaanhoitomaksu.
    pub fn health_insurance(&self) -> Cents {
        self.daily_allowance.add(self.health_care)
    }
    /// TyEL + TVM.
    pub fn contributions(&self) -> Cents {
        self.tyel.add(self.tvm)
    }
}

/// Where the municipal and church tax rates come from (the municipality's data, not a parameter).
const MUNICIPAL_RATES_SOURCE: &str = "vero-kuntaveroprosentit";

/// The employee contributions of the month (annual / 12) with their reasons: TyEL and TVM.
pub fn contribution_lines(
    t: &PersonTax,
    wage: Cents,
    age: u8,
    p: &Verotus,
) -> [(Item, Because); 2] {
    let contribution = |amount: Cents, rate: Rate, source| Because {
        amount: amount.div_round(12),
        reason: Reason::Contribution {
            base: wage,
            rate,
            source,
        },
    };
    [
        (
            Item::TyEL,
            contribution(
                t.tyel,
                vakuutusmaksut::tyel_rate(age, p),
                p.tyel_rate.source,
            ),
        ),
        (
            Item::TVM,
            contribution(t.tvm, vakuutusmaksut::tvm_rate(age, p), p.tvm_rate.source),
        ),
    ]
}

/// The taxes of the month (each annual item / 12) with their reasons, in the order of the
/// annual computation; the church tax only for a member (`church_rate` is `None` otherwise).
pub fn tax_lines(
    t: &PersonTax,
    wage: Cents,
    municipal_rate: Rate,
    church_rate: Option<Rate>,
    p: &Verotus,
) -> impl Iterator<Item = (Item, Because)> {
    let month = |annual: Cents| annual.div_round(12);
    let tax = |before: Cents, after: Cents, rate: Rate, source: &'static str| Because {
        amount: month(after),
        reason: Reason::Tax {
            taxable_income: t.taxable_income,
            before_credit: before,
            credit: before.sub_floor0(after),
            annual: after,
            rate,
            source,
        },
    };
    let daily_allowance_rate = if t.daily_allowance.is_positive() {
        p.daily_allowance_rate.value
    } else {
        Rate::ZERO
    };
    let daily_allowance = Because {
        amount: month(t.daily_allowance),
        reason: Reason::Contribution {
            base: wage,
            rate: daily_allowance_rate,
            source: p.daily_allowance_rate.source,
        },
    };
    let yle = Because {
        amount: month(t.yle),
        reason: Reason::YleTax {
            base: t.net_earned_income,
            threshold: p.yle_threshold.value,
            annual: t.yle,
            source: p.yle_rate.source,
        },
    };
    let credit = Because {
        amount: month(t.credit.amount),
        reason: Reason::EarnedIncomeCredit {
            accrued: t.credit.accrued,
            maximum: t.credit.maximum,
            reduction: t.credit.reduction,
            annual: t.credit.amount,
            source: p.earned_income_credit_max.source,
        },
    };
    [
        Some((Item::DailyAllowanceContribution, daily_allowance)),
        Some((
            Item::StateTax,
            tax(
                t.state_before_credit,
                t.state,
                Rate::ZERO,
                p.state_tax_rate.source,
            ),
        )),
        Some((
            Item::MunicipalTax,
            tax(
                t.municipal_before_credit,
                t.municipal,
                municipal_rate,
                MUNICIPAL_RATES_SOURCE,
            ),
        )),
        church_rate.map(|rate| {
            (
                Item::ChurchTax,
                tax(
                    t.church_before_credit,
                    t.church,
                    rate,
                    MUNICIPAL_RATES_SOURCE,
                ),
            )
        }),
        Some((
            Item::HealthCareContribution,
            tax(
                t.health_care_before_credit,
                t.health_care,
                p.health_care_rate.value,
                p.health_care_rate.source,
            ),
        )),
        Some((Item::YleTax, yle)),
        Some((Item::EarnedIncomeCredit, credit)),
    ]
    .into_iter()
    .flatten()
}

/// The annual computation for one person, in the order of SISU `TuloVerot_SimpleS`
/// (docs/rules/verotus.md):
/// contributions → puhdas ansiotulo → eläketulovähennys → perusvähennys → verotettava ansiotulo →
/// taxes → työtulovähennys allocated (state tax first, then proportionally) → Yle tax.
pub fn annual(x: &PersonIncome, p: &Verotus) -> PersonTax {
    let tyel = x.wage.mul_rate_exact(vakuutusmaksut::tyel_rate(x.age, p));
    let tvm = x.wage.mul_rate_exact(vakuutusmaksut::tvm_rate(x.age, p));
    let daily_allowance = vakuutusmaksut::daily_allowance_contribution(x.wage, x.age, p);
    let net_earned_income = x
        .wage
        .sub(vahennykset::tulonhankkimisvahennys(x.wage, p))
        .add(x.unemployment)
        .add(x.pension)
        .add(x.other)
        .floor0();
    // intermediate amounts stay exact; each final item is rounded to cents (conventions.md)
    let after_contributions = Exact::from(net_earned_income)
        .sub(tyel)
        .sub(tvm)
        .sub(daily_allowance)
        .floor0();
    let pension_deduction =
        vahennykset::elaketulovahennys(x.pension, net_earned_income, p).min(after_contributions);
    let before_basic = after_contributions.sub(pension_deduction).floor0();
    let basic_deduction = vahennykset::perusvahennys(before_basic, p);
    let taxable = before_basic.sub(basic_deduction).floor0();

    let state = tuloverot::state_tax(taxable, p);
    let municipal = taxable.mul_rate(x.municipal_rate);
    let church = taxable.mul_rate(x.church_rate);
    let health = vakuutusmaksut::health_care_contribution(taxable, x.wage, p);
    let credit = tyotulovahennys::tyotulovahennys(
        x.wage,
        net_earned_income,
        x.age,
        x.children,
        x.sole_guardian,
        p,
    );
    let alloc = tuloverot::allocate_credit(credit.exact, state, [municipal, health, church]);
    let surtax = tuloverot::pension_surtax(Exact::from(x.pension).sub(pension_deduction), p);
    let yle = yleisradiovero::yle_tax(net_earned_income, x.age, p);
    PersonTax {
        tyel: tyel.round_cents(),
        tvm: tvm.round_cents(),
        daily_allowance: daily_allowance.round_cents(),
        net_earned_income,
        pension_deduction: pension_deduction.round_cents(),
        basic_deduction: basic_deduction.round_cents(),
        taxable_income: taxable.round_cents(),
        state_before_credit: state.round_cents(),
        municipal_before_credit: municipal.round_cents(),
        church_before_credit: church.round_cents(),
        health_care_before_credit: health.round_cents(),
        credit,
        state: alloc.state.add(surtax).round_cents(),
        municipal: alloc.others[0].round_cents(),
        health_care: alloc.others[1].round_cents(),
        church: alloc.others[2].round_cents(),
        yle,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    fn single(wage: i64, benefit: Cents, year: usize, municipal: i64) -> PersonTax {
        let x = PersonIncome {
            age: 30,
            wage: Cents::euros(wage),
            unemployment: benefit,
            municipal_rate: Rate(municipal),
            ..Default::default()
        };
        annual(&x, &PERIODS[year].params.verotus)
    }

    #[test]
    fn rules_12_3_first_table() {
        // 2025, 30 000 €: taxes + contributions 5 619.35
        let t = single(30_000, Cents::ZERO, 0, 75_400);
        assert_eq!(t.taxable_income, Cents(2_662_198));
        assert_eq!(t.state_before_credit, Cents(370_986));
        assert_eq!(t.taxes().add(t.contributions()), Cents(561_935));
        // 2025, 12 000 €: all taxes 0, contributions 928.80
        let t = single(12_000, Cents::ZERO, 0, 75_400);
        assert_eq!(t.taxes(), Cents::ZERO);
        assert_eq!(t.contributions(), Cents(92_880));
        // 2026, 30 000 €: 5 321.13
        let t = single(30_000, Cents::ZERO, 1, 75_700);
        assert_eq!(t.taxes().add(t.contributions()), Cents(532_113));
        // 2026, 12 000 €: 982.80
        let t = single(12_000, Cents::ZERO, 1, 75_700);
        assert_eq!(t.taxes().add(t.contributions()), Cents(98_280));
        // benefit only, 12 × 800.02: 1 400.02 (2025) and 1 366.14 (2026), ± 1 cent from unrounded tables
        let t = single(0, Cents(960_024), 0, 75_400);
        assert!((t.taxes().0 - 140_002).abs() <= 1, "{:?}", t.taxes());
        let t = single(0, Cents(960_024), 1, 75_700);
        assert!((t.taxes().0 - 136_614).abs() <= 1, "{:?}", t.taxes());
    }
}
