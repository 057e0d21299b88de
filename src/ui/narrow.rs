//! A derived value that wakes its readers only when it changes.
//!
//! Every screen derives what it shows from the one workspace signal. Leptos'
//! memos re-run lazily, but before they do, a change marks *every* effect
//! downstream of the workspace for checking and wakes each one as a task:
//! on a round page that is several hundred effects for one score, of which a
//! handful show something new (bench/RESULTS.md, third pass). A [`narrow`]
//! value ends that wave: an immediate effect recomputes it as soon as its
//! sources change and sets a signal only when the result differs, so its
//! readers are woken only then. Hand-written because neither Leptos nor
//! leptos-use has one: `Selector` is the same idea for a boolean per key.

use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;

/// `f`'s value, kept up to date; readers are told only when it changes.
/// Meant for values read by many views (a goal's score, the partners'
/// names), derived from a source that changes with every edit.
pub fn narrow<T>(f: impl Fn() -> T + Send + Sync + 'static) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(untrack(&f));
    // Runs once now (subscribing to f's sources, value unchanged) and then
    // synchronously whenever they change; cleaned up with the owner.
    ImmediateEffect::new_scoped(move || set_if_changed(value, f()));
    value.read_only()
}

/// [`narrow`] for a list of values computed together (such as a round's
/// score of every goal): one effect computes them all and sets only the
/// signals whose value changed. `f` must always give as many values.
pub fn narrow_all<T>(f: impl Fn() -> Vec<T> + Send + Sync + 'static) -> Vec<ReadSignal<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let values: Vec<RwSignal<T>> = untrack(&f).into_iter().map(RwSignal::new).collect();
    let cells = values.clone();
    ImmediateEffect::new_scoped(move || {
        let next = f();
        debug_assert_eq!(next.len(), cells.len());
        for (cell, next) in cells.iter().zip(next) {
            set_if_changed(*cell, next);
        }
    });
    values.iter().map(RwSignal::read_only).collect()
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(cell: RwSignal<T>, next: T) {
    if cell.with_untracked(|now| *now != next) {
        cell.set(next);
    }
}

#[cfg(test)]
mod tests {
    use super::{narrow, narrow_all};
    use leptos::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[test]
    fn follows_its_source_and_reruns_readers_only_on_change() {
        let owner = Owner::new();
        owner.set();
        let source = RwSignal::new((1, "a"));
        let first = narrow(move || source.get().0);
        let reads = Arc::new(AtomicUsize::new(0));
        let counted = Memo::new({
            let reads = Arc::clone(&reads);
            move |_| {
                reads.fetch_add(1, Ordering::Relaxed);
                first.get() * 10
            }
        });
        assert_eq!(counted.get_untracked(), 10);
        source.set((1, "b"));
        assert_eq!(first.get_untracked(), 1);
        assert_eq!(counted.get_untracked(), 10);
        assert_eq!(reads.load(Ordering::Relaxed), 1, "unchanged: not re-run");
        source.set((2, "b"));
        assert_eq!(first.get_untracked(), 2);
        assert_eq!(counted.get_untracked(), 20);
        assert_eq!(reads.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn a_list_tells_only_the_readers_of_what_changed() {
        let owner = Owner::new();
        owner.set();
        let source = RwSignal::new(vec![1, 2, 3]);
        let cells = narrow_all(move || source.get());
        let runs = Arc::new(AtomicUsize::new(0));
        let third = Memo::new({
            let runs = Arc::clone(&runs);
            let cell = cells[2];
            move |_| {
                runs.fetch_add(1, Ordering::Relaxed);
                cell.get()
            }
        });
        assert_eq!(third.get_untracked(), 3);
        source.set(vec![1, 5, 3]);
        let now: Vec<i32> = cells.iter().map(|c| c.get_untracked()).collect();
        assert_eq!(now, [1, 5, 3]);
        assert_eq!(third.get_untracked(), 3);
        assert_eq!(
            runs.load(Ordering::Relaxed),
            1,
            "the third value did not change"
        );
        source.set(vec![1, 5, 4]);
        assert_eq!(third.get_untracked(), 4);
    }
}
