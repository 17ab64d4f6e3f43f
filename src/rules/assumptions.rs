//! Modelling conventions and assumptions that are not parameter values (docs/rules/conventions.md),
//! for the "About the rules" page next to [`super::unconfirmed_parameters`]. Texts are English
//! reference wording; the UI translates by `id` and fills `{law.name}` placeholders with the
//! parameter's value, so no value is typed into a message.

/// One convention or assumption.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assumption {
    /// Stable id for translations.
    pub id: &'static str,
    /// What the engine assumes.
    pub text: &'static str,
    /// Confirmed by no official text: an assumption.
    pub unconfirmed: bool,
    /// The project's page that explains it (`docs/rules/…`).
    pub doc: &'static str,
}

const fn a(
    id: &'static str,
    text: &'static str,
    unconfirmed: bool,
    doc: &'static str,
) -> Assumption {
    Assumption {
        id,
        text,
        unconfirmed,
        doc,
    }
}

static ASSUMPTIONS: &[Assumption] = &[
    a("steady_state", "A steady month: annual taxes are 12 × this month and the final tax is computed, not withholding. Benefits are adjusted by payment period, housing allowance is revised only after large income changes (+400 / −200 €/month), social assistance is monthly.", false, "docs/rules/order-of-computation.md"),
    a("weeks_to_months", "Hourly wage × hours per week × 52 / 12; activity days × 4.3 per month.", false, "docs/rules/conventions.md"),
    a("benefit_rounding", "The monthly unemployment benefit is rounded to cents once, after adjustment (21.5 payable days a month). Kela's exact rounding is not published.", true, "docs/rules/tyottomyysturva.md"),
    a("housing_allowance_rounding", "Housing-allowance income is rounded to whole euros, the basic deductible and the allowance to cents (SISU; one Kela decision).", true, "docs/rules/asumistuki.md"),
    a("unemployment_in_housing_allowance", "Unemployment benefits count in housing-allowance income as 21.5 × the daily amount per month.", true, "docs/rules/asumistuki.md"),
    a("water_heating_norms", "Separately paid water and heating count at Kela's norms ({asumistuki.water_norm_per_person} per person; heating {asumistuki.heating_norm_first} + {asumistuki.heating_norm_per_extra} per extra person, raised by region), whatever the actual amount.", false, "docs/rules/asumistuki.md"),
    a("electricity_in_rent", "If electricity is included in the rent, enter the rent without it: Kela deducts an unpublished electricity share.", true, "docs/rules/asumistuki.md"),
    a("no_special_caps", "The lower housing-cost caps for a room or a dwelling under 20 m² and the extra space for a disabled member are not modelled.", true, "docs/rules/asumistuki.md"),
    a("social_assistance_housing", "Social assistance accepts housing costs up to the municipal limit + {toimeentulotuki.water_per_person} per person (the state after the 3-month adjustment period). Electricity and home insurance are not included.", false, "docs/rules/toimeentulotuki.md"),
    a("social_assistance_disregard_net", "Where part of the wage is disregarded in social assistance, it is taken from the net wage (SISU).", true, "docs/rules/toimeentulotuki.md"),
    a("social_assistance_minimum", "No minimum payable amount: social assistance is the difference between expenses and income, and every positive amount is paid.", false, "docs/rules/toimeentulotuki.md"),
    a("social_assistance_child_benefit", "Child benefit counts in full as income in social assistance, including the single-parent increase.", false, "docs/rules/toimeentulotuki.md"),
    a("social_assistance_assets", "Assets entered count in full as usable assets in social assistance.", false, "docs/rules/conventions.md"),
    a("living_with_parents", "Living with parents: the parents' income is assumed to be under the limit (full unemployment benefit); no own housing allowance; 73 % perusosa.", true, "docs/rules/conventions.md"),
    a("spouse_income_tmt", "The spouse's income does not reduce työmarkkinatuki or yleistuki.", true, "docs/rules/order-of-computation.md"),
    a("hours_cliff", "Part-time work over 80 % of full-time hours (37.5 h/week assumed) means no adjusted benefit; shown as a warning, the amount is still computed.", true, "docs/rules/tyottomyysturva.md"),
    a("ansiopaivaraha_cap", "The rule that adjusted ansiopäiväraha + wage may not exceed the wage the allowance is based on is not applied (that wage is not asked).", false, "docs/rules/conventions.md"),
    a("guardians", "Each adult living with children under 18 is treated as their guardian; a single adult with children is a sole guardian (työtulovähennys).", false, "docs/rules/conventions.md"),
    a("credit_allocation", "Tax credits go first against state tax, then against municipal tax, health care contribution and church tax in proportion.", true, "docs/rules/verotus.md"),
    a("pension_limits", "With a disability pension chosen, the engine applies its earnings limits to the wage of the month: a full pension is paid up to {tyoelake.full_limit_share} of the earlier earnings, a partial one up to {tyoelake.partial_limit_share}, above that the pension rests; both limits at least {tyoelake.minimum_limit}. A limit entered without the pension's kind only raises a warning.", false, "docs/rules/tyoelake.md"),
    a("pension_monthly_test", "The earnings limits are tested month by month with the wage of the month; how single months above the limit (holiday pay, bonuses) are judged and how the income of a self-employed person counts is decided case by case and is not modelled.", true, "docs/rules/tyoelake.md"),
    a("pension_partial_limit_from_decision", "When a full pension's decision gives only its limit, the partial-pension limit is taken as {tyoelake.partial_limit_share} / {tyoelake.full_limit_share} of it (exact when the limit is above the minimum; at the minimum the minimum is used).", true, "docs/rules/tyoelake.md"),
    a("kela_pension_rounding", "The national pension is computed from the other pensions exactly and rounded to cents once; Kela's published zero points can differ by up to 2 cents.", true, "docs/rules/kansanelake.md"),
    a("kela_pension_no_unemployment_benefit", "No unemployment benefit is computed alongside Kela's disability pension or a full earnings-related disability pension.", true, "docs/rules/kansanelake.md"),
    a("pensioners_housing_switch", "The housing allowance for pensioners is used when a member gets Kela's disability pension, the guarantee pension or a full disability pension and lives alone or only with a spouse; a full pension changed to a partial one moves the household to the general housing allowance at once, and a resting pension keeps the pensioners' allowance (assumed to have been paid just before).", true, "docs/rules/elakkeensaajan_asumistuki.md"),
    a("pensioners_housing_costs", "In the housing allowance for pensioners the rent and separately paid water and heating count as entered (the norms for detached houses are not modelled), and all assets entered count, also bank deposits.", true, "docs/rules/elakkeensaajan_asumistuki.md"),
    a("aland", "Åland municipalities are not supported (own housing allowance and tax rules).", false, "docs/rules/asumistuki.md"),
    a("day_care_family", "Day-care fee: the family is the couple and every minor child of the household; income is the month's gross wages with the holiday-pay addition and taxable benefits (not child benefit, housing allowance, social assistance, expense compensation). Shown per month; many municipalities charge 11 months a year.", true, "docs/rules/varhaiskasvatusmaksu.md"),
    a("day_care_cost", "The day-care fee is a cost subtracted from disposable income; curves, marginal rates and flags include it (DayCareFeeRisesWithIncome, DayCareFeeCanBeLowered).", false, "docs/rules/varhaiskasvatusmaksu.md"),
    a("garnishment_income", "Garnishment: net income = the month's wages, pensions and benefits minus the annual taxes and contributions / 12 (not withholding). Collected only from the wage, the earnings-related pension and ansiopäiväraha, in proportion to their share; Kela's basic unemployment benefits and other benefits are in the net income but not collected from.", true, "docs/rules/ulosotto.md"),
    a("garnishment_dependants", "Dependants in the protected amount: every child of the household and a spouse whose own net income is at most the debtor's own protected amount. Free months and postponements are mentioned (GarnishmentIncomeLimitBand, GarnishmentNeverFromBenefits), not computed.", true, "docs/rules/ulosotto.md"),
    a("garnishment_social_assistance", "Social assistance does not count the garnished amount as income and accepts the day-care fee as a basic expense.", false, "docs/rules/toimeentulotuki.md"),
    a("commuting_not_included", "The commuting-expense deduction (tuloverolaki § 93) is not included: it is claimed in the tax return, and whether it comes on top of the automatic {verotus.work_expense_deduction} deduction was not confirmed.", true, "docs/rules/verotus.md"),
];

/// Every convention and assumption.
pub fn assumptions() -> &'static [Assumption] {
    ASSUMPTIONS
}
