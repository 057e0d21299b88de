//! An optional timer per goal for the walk-round, so a session keeps to time.
//! It restarts on every goal and only informs: nothing moves on by itself.

use crate::domain::GoalNumber;
use crate::i18n::*;
use leptos::prelude::*;
use std::time::Duration;

const CHOICES: [u32; 4] = [1, 2, 3, 5];

/// "m:ss" for the time left, from milliseconds (never negative).
pub fn clock(ms_left: f64) -> String {
    let secs = (ms_left.max(0.0) / 1000.0).ceil() as u64;
    format!("{}:{:02}", secs / 60, secs % 60)
}

fn now() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}

#[component]
pub fn GoalTimer(goal: Signal<GoalNumber>) -> impl IntoView {
    let i18n = use_i18n();
    // Kept for the session: a facilitator sets it once for the whole walk.
    let minutes = RwSignal::new(None::<u32>);
    let started = RwSignal::new(now());
    let clock_now = RwSignal::new(now());
    // A new goal, or a new setting, starts the time again.
    Effect::new(move |_| {
        goal.track();
        minutes.track();
        started.set(now());
    });
    if let Ok(handle) =
        set_interval_with_handle(move || clock_now.set(now()), Duration::from_millis(500))
    {
        on_cleanup(move || handle.clear());
    }
    let left = move || {
        minutes
            .get()
            .map(|m| f64::from(m) * 60_000.0 - (clock_now.get() - started.get()))
    };
    view! {
        <div class="goal-timer" class:over=move || left().is_some_and(|l| l <= 0.0)>
            <label>
                {t!(i18n, circle.timer.label)}" "
                <select on:change=move |ev| minutes.set(event_target_value(&ev).parse().ok())>
                    <option value="" selected=move || minutes.get().is_none()>{t!(i18n, circle.timer.off)}</option>
                    {CHOICES.into_iter().map(|m| view! {
                        <option value=m.to_string() selected=move || minutes.get() == Some(m)>
                            {t!(i18n, circle.timer.minutes, n = m)}
                        </option>
                    }).collect_view()}
                </select>
            </label>
            {move || left().map(|l| view! {
                <span class="timer-clock" aria-hidden="true">"⏱ "{clock(l)}</span>
            })}
            <span class="timer-up" role="status">
                {move || left().is_some_and(|l| l <= 0.0).then_some(t!(i18n, circle.timer.up))}
            </span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn clock_rounds_up_and_stops_at_zero() {
        assert_eq!(clock(120_000.0), "2:00");
        assert_eq!(clock(59_001.0), "1:00");
        assert_eq!(clock(1.0), "0:01");
        assert_eq!(clock(-5_000.0), "0:00");
    }
}
