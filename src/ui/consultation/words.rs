//! How the consultation's goals show: the 17 by their official titles, the
//! community's own by their own names, in their own colours.

use crate::domain::consultation::{BallotGoal, Consultation};
use crate::domain::Lang;
use crate::ui::goals::goal_style;

/// "6 · Clean water and sanitation", "18 · Cosmovisión maya".
pub fn goal_label(c: &Consultation, goal: BallotGoal, lang: Lang) -> String {
    match goal {
        BallotGoal::Sdg(g) => format!("{} · {}", g.get(), g.goal().title(lang)),
        BallotGoal::Own(n) => match c.own_goal(goal) {
            Some(own) => format!("{n} · {}", own.text(lang).name),
            None => n.to_string(),
        },
    }
}

/// The tile's colours: the goal's, or the own goal's with white text (which
/// its colour was checked to carry).
pub fn goal_colours(c: &Consultation, goal: BallotGoal) -> String {
    match goal {
        BallotGoal::Sdg(g) => goal_style(g.goal()),
        BallotGoal::Own(_) => {
            let colour = c.own_goal(goal).map(|o| o.rgb().css()).unwrap_or_default();
            format!("--goal:{colour};--on-goal:#FFFFFF")
        }
    }
}
