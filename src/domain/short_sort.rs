//! Sorting for the domain's short lists: the 17 goals of a round, a match list,
//! the 34 scores two partners give. std's sort is faster on long lists, but each
//! element type it sorts adds about 3 KB of code to the first download; an
//! insertion sort is a few hundred bytes and, on lists this short, as fast.
//! Callers make sure their lists are short (never a length read from a file).

/// Sorts `v` by `key`, keeping the order of equal keys.
pub fn sort_short_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_equal_keys_in_order() {
        let mut v = [(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (0, 'f')];
        sort_short_by_key(&mut v, |x| x.0);
        assert_eq!(
            v,
            [(0, 'f'), (1, 'b'), (1, 'd'), (2, 'c'), (3, 'a'), (3, 'e')]
        );
        let mut empty: [u8; 0] = [];
        sort_short_by_key(&mut empty, |x| *x);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A fixed pseudo-random sequence, many duplicates.
        let mut x: u32 = 12345;
        let v: Vec<(u32, usize)> = (0..200)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((x >> 16) % 17, i)
            })
            .collect();
        let mut ours = v.clone();
        let mut std = v;
        sort_short_by_key(&mut ours, |p| p.0);
        std.sort_by_key(|p| p.0);
        assert_eq!(ours, std);
    }
}
