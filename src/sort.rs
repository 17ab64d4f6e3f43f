//! One sort for the whole crate: stable, and compiled once.
//!
//! Why not the standard library's: every `sort_unstable_by` (or `sort_by_key`, or `sort`) with a
//! closure or element type of its own is a new copy of its pattern-defeating quicksort, with its
//! pivot selection, small-sorts and heapsort fallback: 2–3 KB of WebAssembly per call site, and
//! the scenarios module held a dozen such copies (≈ 35 KB of code, docs/PERFORMANCE.md). The
//! lists Askel sorts are short (at most the ≈ 300 municipalities), so speed is not the point;
//! the bytes every visitor downloads are.
//!
//! So the work is split in two. [`order`] is a merge sort over *positions* `0..n`, comparing
//! through a `dyn` callback: it is one function in the whole program. The generic wrappers
//! ([`sort_by`], [`sort_by_key`], [`sort`]) only pass a comparison of two positions and then move
//! the elements into the order found, by swaps: a few dozen bytes per call site.
//!
//! The sort is stable (equal elements keep their order), so a caller that used an unstable sort
//! with an explicit tie-break by position gets the same result without one.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items = &*items;
        order(items.len(), &mut |a, b| compare(&items[a], &items[b]))
    };
    for (a, b) in swaps_into(order) {
        items.swap(a, b);
    }
}

/// Sorts `items` by the key `key` gives each, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in ascending order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..n` in sorted order: the first is the position of the smallest element.
/// A bottom-up merge sort, so ties keep ascending positions.
pub fn order(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut run: Vec<usize> = (0..n).collect();
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let middle = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                let take_left =
                    right == end || (left < middle && compare(run[left], run[right]).is_le());
                if take_left {
                    *slot = run[left];
                    left += 1;
                } else {
                    *slot = run[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut run, &mut merged);
        width *= 2;
    }
    run
}

/// The swaps that put element `order[i]` at position `i` for every `i`, following each cycle of
/// the permutation once.
fn swaps_into(mut order: Vec<usize>) -> Vec<(usize, usize)> {
    let mut swaps = Vec::new();
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != at {
            let next = order[at];
            order[at] = at;
            if next == start {
                break;
            }
            swaps.push((at, next));
            at = next;
        }
    }
    swaps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_short_lists() {
        let mut empty: [u8; 0] = [];
        sort(&mut empty);
        let mut one = [7];
        sort(&mut one);
        assert_eq!(one, [7]);
        let mut names = ["Oulu", "Alavus", "Turku", "Espoo", "Alavus"];
        sort(&mut names);
        assert_eq!(names, ["Alavus", "Alavus", "Espoo", "Oulu", "Turku"]);
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut pairs = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }
}

// proptest is a native-only dev-dependency.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(values in proptest::collection::vec((0u8..6, any::<u16>()), 0..300)) {
            let mut ours = values.clone();
            let mut theirs = values;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn order_is_a_permutation_in_sorted_order(values in proptest::collection::vec(any::<i32>(), 0..200)) {
            let order = order(values.len(), &mut |a, b| values[a].cmp(&values[b]));
            let mut seen = order.clone();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..values.len()).collect::<Vec<_>>());
            for pair in order.windows(2) {
                prop_assert!(values[pair[0]] < values[pair[1]]
                    || (values[pair[0]] == values[pair[1]] && pair[0] < pair[1]));
            }
        }
    }
}
