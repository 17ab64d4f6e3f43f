//! Yle-vero, the public broadcasting tax (laki yleisradioverosta 484/2012; docs/rules/verotus.md).

use crate::rules::money::Cents;
use crate::rules::params::Verotus;

/// Yle tax: the rate × net earned income above the threshold, at most the maximum a year; none
/// under the minimum age (all dated parameters).
/// Source: SISU pvero; `yleisradioverolaki`. (Capital income is not an input.)
pub fn yle_tax(net_earned_income: Cents, age: u8, p: &Verotus) -> Cents {
    if (age as u32) < p.yle_min_age.value {
        return Cents::ZERO;
    }
    let t = net_earned_income
        .sub_floor0(p.yle_threshold.value)
        .mul_rate(p.yle_rate.value)
        .min(p.yle_max.value);
    if t < p.yle_min_levied.value {
        Cents::ZERO
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::params::PERIODS;

    #[test]
    fn yle() {
        let p = &PERIODS[0].params.verotus;
        assert_eq!(yle_tax(Cents::euros(29_250), 30, p), Cents::euros(160));
        assert_eq!(yle_tax(Cents::euros(17_150), 30, p), Cents::euros(50));
        assert_eq!(yle_tax(Cents::euros(17_150), 17, p), Cents::ZERO);
    }
}
