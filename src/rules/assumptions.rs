//! Modelling conventions and assumptions that are not parameter values (RULES.md §1, §1.1, §14),
//! for the "About the rules" page next to [`super::unconfirmed_parameters`]. Texts are English
//! reference wording; the UI translates by `id`.

/// One convention or assumption.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assumption {
    /// Stable id for translations.
    pub id: &'static str,
    /// What the engine assumes.
    pub text: &'static str,
    /// Confirmed by no official text (RULES.md \[UNCONFIRMED\]).
    pub unconfirmed: bool,
    /// RULES.md section.
    pub rules_section: &'static str,
}

const fn a(
    id: &'static str,
    text: &'static str,
    unconfirmed: bool,
    rules_section: &'static str,
) -> Assumption {
    Assumption {
        id,
        text,
        unconfirmed,
        rules_section,
    }
}

static ASSUMPTIONS: &[Assumption] = &[
    a("steady_state", "A steady month: annual taxes are 12 × this month and the final tax is computed, not withholding. Benefits are adjusted by payment period, housing allowance is revised only after large income changes (+400 / −200 €/month), social assistance is monthly.", false, "§1"),
    a("weeks_to_months", "Hourly wage × hours per week × 52 / 12; activity days × 4.3 per month.", false, "§1.1"),
    a("benefit_rounding", "The monthly unemployment benefit is rounded to cents once, after adjustment (21.5 payable days a month). Kela's exact rounding is not published.", true, "§2.1, §14.5"),
    a("housing_allowance_rounding", "Housing-allowance income is rounded to whole euros, the basic deductible and the allowance to cents (SISU; one Kela decision).", true, "§3.1, §14.5"),
    a("unemployment_in_housing_allowance", "Unemployment benefits count in housing-allowance income as 21.5 × the daily amount per month.", true, "§3.3, §14.12"),
    a("water_heating_norms", "Separately paid water and heating count at Kela's norms (water 20 €/person; heating 46 € + 16 € per extra person, +4 % / +8 % by region), whatever the actual amount.", false, "§3.4"),
    a("electricity_in_rent", "If electricity is included in the rent, enter the rent without it: Kela deducts an unpublished electricity share.", true, "§3.4"),
    a("no_special_caps", "The lower housing-cost caps for a room or a dwelling under 20 m² and the extra space for a disabled member are not modelled.", true, "§3.2, §14.7"),
    a("social_assistance_housing", "Social assistance accepts housing costs up to the municipal limit + 26.40 €/person (the state after the 3-month adjustment period). Electricity and home insurance are not included.", false, "§4.4"),
    a("social_assistance_disregard_net", "Until 28.2.2026 the 150 € earned-income disregard is taken from the net wage (SISU).", true, "§4.3, §14.6"),
    a("social_assistance_minimum", "No minimum payable amount of social assistance is applied (not found).", true, "§4.1, §14.7"),
    a("social_assistance_assets", "Assets entered count in full as usable assets in social assistance.", false, "§1.1"),
    a("living_with_parents", "Living with parents: the parents' income is assumed to be under the limit (full unemployment benefit); no own housing allowance; 73 % perusosa.", true, "§1.1, §2.2, §2.4"),
    a("spouse_income_tmt", "The spouse's income does not reduce työmarkkinatuki or yleistuki.", true, "§1, §14.9"),
    a("hours_cliff", "Part-time work over 80 % of full-time hours (37.5 h/week assumed) means no adjusted benefit; shown as a warning, the amount is still computed.", true, "§2.1, §14.10"),
    a("ansiopaivaraha_cap", "The rule that adjusted ansiopäiväraha + wage may not exceed the wage the allowance is based on is not applied (that wage is not asked).", false, "§1.1, §2.5"),
    a("guardians", "Each adult living with children under 18 is treated as their guardian; a single adult with children is a sole guardian (työtulovähennys).", false, "§1.1"),
    a("credit_allocation", "Tax credits go first against state tax, then against municipal tax, health care contribution and church tax in proportion.", true, "§6.5"),
    a("pension_limits", "Disability-pension earnings limits are the user's own figures; exceeding them is flagged, the pension itself is not changed.", false, "§9"),
    a("aland", "Åland municipalities are not supported (own housing allowance and tax rules).", false, "§3, §13"),
];

/// Every convention and assumption.
pub fn assumptions() -> &'static [Assumption] {
    ASSUMPTIONS
}
