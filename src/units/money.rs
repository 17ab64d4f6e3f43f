//! Exact money and rate arithmetic: integer cents, rates in parts per million, and an exact
//! intermediate type for products that are rounded only where the law (or Kela / SISU) rounds.

use std::fmt;

/// An amount of money in euro cents. All arithmetic saturates; nothing here panics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(pub i64);

/// A rate or factor in parts per million (7.15 % = `Rate(71_500)`, 21.5 days = `Rate(21_500_000)`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(pub i64);

/// An exact intermediate amount in millionths of a cent (`Cents × Rate` without rounding).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Exact(pub i128);

const MILLION: i128 = 1_000_000;

/// Divide rounding half away from zero (the "half-up" of Finnish money rounding).
/// Uses 64-bit arithmetic when the operands allow (the common case; 128-bit division is slow in
/// wasm), 128-bit otherwise. Division by zero gives 0.
pub fn div_round(n: i128, d: i128) -> i128 {
    if d == 0 {
        return 0;
    }
    const LIM: u128 = 1 << 61;
    if n.unsigned_abs() < LIM && d.unsigned_abs() < LIM {
        let (n, d) = (n as i64, d as i64);
        let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
        return if n >= 0 {
            ((n + d / 2) / d) as i128
        } else {
            (-((-n + d / 2) / d)) as i128
        };
    }
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    if n >= 0 {
        (n + d / 2) / d
    } else {
        -((-n + d / 2) / d)
    }
}

fn clamp_i64(v: i128) -> i64 {
    v.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

/// Arithmetic methods are named `add`/`sub`/`mul` on purpose: they saturate instead of panicking
/// or wrapping, so they are not the `std::ops` traits.
#[allow(clippy::should_implement_trait)]
impl Cents {
    /// Zero euros.
    pub const ZERO: Cents = Cents(0);

    /// Whole euros.
    pub const fn euros(e: i64) -> Cents {
        Cents(e.saturating_mul(100))
    }
    /// Saturating addition.
    pub fn add(self, o: Cents) -> Cents {
        Cents(self.0.saturating_add(o.0))
    }
    /// Saturating subtraction.
    pub fn sub(self, o: Cents) -> Cents {
        Cents(self.0.saturating_sub(o.0))
    }
    /// `max(0, self − o)`.
    pub fn sub_floor0(self, o: Cents) -> Cents {
        Cents(self.0.saturating_sub(o.0).max(0))
    }
    /// Saturating multiplication by an integer.
    pub fn times(self, n: i64) -> Cents {
        Cents(self.0.saturating_mul(n))
    }
    /// `self × r`, rounded half-up to cents.
    pub fn mul_rate(self, r: Rate) -> Cents {
        Exact::from(self).mul_rate(r).round_cents()
    }
    /// `self × r` exactly.
    pub fn mul_rate_exact(self, r: Rate) -> Exact {
        Exact(self.0 as i128 * r.0 as i128)
    }
    /// Rounded half-up to whole euros (still in cents).
    pub fn round_euros(self) -> Cents {
        Cents(clamp_i64(div_round(self.0 as i128, 100) * 100))
    }
    /// Rounded up to the next multiple of `step` cents.
    pub fn ceil_to(self, step: i64) -> Cents {
        if step <= 0 {
            return self;
        }
        let r = self.0.rem_euclid(step);
        if r == 0 {
            self
        } else {
            Cents(self.0.saturating_add(step - r))
        }
    }
    /// `self / n` rounded half-up to cents (0 when `n` is 0).
    pub fn div_round(self, n: i64) -> Cents {
        Cents(clamp_i64(div_round(self.0 as i128, n as i128)))
    }
    /// `max(self, 0)`.
    pub fn floor0(self) -> Cents {
        Cents(self.0.max(0))
    }
    /// Larger of the two.
    pub fn max(self, o: Cents) -> Cents {
        if self.0 >= o.0 {
            self
        } else {
            o
        }
    }
    /// Smaller of the two.
    pub fn min(self, o: Cents) -> Cents {
        if self.0 <= o.0 {
            self
        } else {
            o
        }
    }
    /// Whether the amount is positive.
    pub fn is_positive(self) -> bool {
        self.0 > 0
    }
    /// Convert euros from a JSON number, rounded half-up to cents; `None` if not finite or absurd.
    pub fn from_euros_f64(e: f64) -> Option<Cents> {
        if !e.is_finite() || e.abs() > 1e13 {
            return None;
        }
        Some(Cents((e * 100.0).round() as i64))
    }
    /// As euros (for JSON output and display only; never used in the rules).
    pub fn as_euros_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

impl fmt::Display for Cents {
    /// `1234.5 €` is written `1234.50`; negative amounts with a leading minus.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = (self.0 as i128).abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

#[allow(clippy::should_implement_trait)]
impl Rate {
    /// Zero.
    pub const ZERO: Rate = Rate(0);
    /// One (100 %).
    pub const ONE: Rate = Rate(1_000_000);
    /// `1 + self` (e.g. a 4 % increase → 1.04).
    pub fn one_plus(self) -> Rate {
        Rate(self.0.saturating_add(1_000_000))
    }
    /// Rate as basis points, rounded.
    pub fn basis_points(self) -> i64 {
        clamp_i64(div_round(self.0 as i128, 100))
    }
    /// The product of two rates (rounded to ppm).
    pub fn mul(self, o: Rate) -> Rate {
        Rate(clamp_i64(div_round(self.0 as i128 * o.0 as i128, MILLION)))
    }
}

impl fmt::Display for Rate {
    /// Written as a decimal number (`0.0715`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = (self.0 as i128).abs();
        let frac = format!("{:06}", a % MILLION);
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() {
            write!(f, "{sign}{}", a / MILLION)
        } else {
            write!(f, "{sign}{}.{frac}", a / MILLION)
        }
    }
}

impl From<Cents> for Exact {
    fn from(c: Cents) -> Exact {
        Exact(c.0 as i128 * MILLION)
    }
}

#[allow(clippy::should_implement_trait)]
impl Exact {
    /// Zero.
    pub const ZERO: Exact = Exact(0);
    /// `self × r`, kept exact to a millionth of a cent (rounded there).
    pub fn mul_rate(self, r: Rate) -> Exact {
        // fast path in 64 bits (the common case; 128-bit arithmetic is slow in wasm)
        if let Ok(a) = i64::try_from(self.0) {
            if let Some(p) = a.checked_mul(r.0) {
                return Exact(div_round(p as i128, MILLION));
            }
        }
        Exact(div_round(self.0.saturating_mul(r.0 as i128), MILLION))
    }
    /// Sum.
    pub fn add(self, o: Exact) -> Exact {
        Exact(self.0.saturating_add(o.0))
    }
    /// Difference.
    pub fn sub(self, o: Exact) -> Exact {
        Exact(self.0.saturating_sub(o.0))
    }
    /// `max(0, self)`.
    pub fn floor0(self) -> Exact {
        Exact(self.0.max(0))
    }
    /// Smaller of the two.
    pub fn min(self, o: Exact) -> Exact {
        Exact(self.0.min(o.0))
    }
    /// `self × num / den`, rounded to a millionth of a cent; 0 when `den` is 0.
    pub fn mul_div(self, num: i128, den: i128) -> Exact {
        Exact(div_round(self.0.saturating_mul(num), den))
    }
    /// Rounded half-up to cents.
    pub fn round_cents(self) -> Cents {
        Cents(clamp_i64(div_round(self.0, MILLION)))
    }
    /// Rounded half-up to whole euros.
    pub fn round_euros(self) -> Cents {
        Cents(clamp_i64(div_round(self.0, MILLION * 100) * 100))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_up() {
        // 21.5 × 37.21 = 800.015 → 800.02 (Kela's rounding)
        assert_eq!(Cents(3721).mul_rate(Rate(21_500_000)), Cents(80002));
        assert_eq!(Cents(79975).round_euros(), Cents(80000));
        assert_eq!(Cents(-150).div_round(100), Cents(-2));
        assert_eq!(Cents(1_102_700).ceil_to(1000), Cents(1_103_000));
        assert_eq!(format!("{}", Cents(-5)), "-0.05");
        assert_eq!(format!("{}", Rate(71_500)), "0.0715");
    }

    #[test]
    fn div_round_paths_agree() {
        for (n, d) in [
            (5i128, 2i128),
            (-5, 2),
            (7, -2),
            (1 << 70, 3),
            (-(1 << 70), 7),
            (0, 5),
            (9, 0),
        ] {
            let wide = if d == 0 {
                0
            } else {
                let (n2, d2) = if d < 0 { (-n, -d) } else { (n, d) };
                if n2 >= 0 {
                    (n2 + d2 / 2) / d2
                } else {
                    -((-n2 + d2 / 2) / d2)
                }
            };
            assert_eq!(div_round(n, d), wide, "{n}/{d}");
        }
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(-5, 2), -3);
    }

    #[test]
    fn saturates() {
        assert_eq!(Cents(i64::MAX).add(Cents(1)), Cents(i64::MAX));
        assert_eq!(Cents(i64::MAX).mul_rate(Rate(2_000_000)), Cents(i64::MAX));
    }
}
