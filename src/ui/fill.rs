//! One way to put values into a translated sentence.

/// Fills the `{name}` placeholders of a sentence made at run time (the
/// index's explanations, the messages about files).
///
/// Those sentences use single braces, which leptos_i18n keeps as plain
/// text, so each is one `&'static str` from `t_string!` plus a replace. An
/// interpolating `t!` compiles to a view per language at every call site; with
/// the explanations re-rendered live, that roughly doubled the index's share of
/// the wasm bundle.
pub fn fill(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in vars {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_every_placeholder_once_named() {
        let s = fill(
            "{from} scores {score}; {from} shares",
            &[
                ("from", "Lommel".into()),
                ("score", "5 (very strong)".into()),
            ],
        );
        assert_eq!(s, "Lommel scores 5 (very strong); Lommel shares");
    }
}
