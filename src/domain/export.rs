//! The files a person downloads to keep: the whole workspace or one
//! partnership, named after what they hold and the day.

use super::file_format::{to_export_json, to_json};
use super::Partnership;

/// What a download holds.
#[derive(Clone, Copy)]
pub enum Scope<'a> {
    All(&'a [Partnership]),
    One(&'a Partnership),
}

impl<'a> Scope<'a> {
    fn partnerships(self) -> &'a [Partnership] {
        match self {
            Scope::All(ps) => ps,
            Scope::One(p) => std::slice::from_ref(p),
        }
    }
}

/// A file to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFile {
    pub name: String,
    pub text: String,
}

/// The file as exported: with the derived results (gaps, matches), named after
/// the partnership. `now` is an ISO 8601 time; its date goes into the name.
pub fn export_file(scope: Scope<'_>, revision: u64, now: &str) -> ExportFile {
    let which = match scope {
        Scope::All(_) => "all".to_owned(),
        Scope::One(p) => slug(&p.name),
    };
    ExportFile {
        name: file_name(&which, now, "json"),
        text: to_export_json(scope.partnerships(), revision, now),
    }
}

/// The same data without the derived results, which it imports back to
/// exactly: for when the code of [`export_file`] (a chunk of its own, with the
/// matching and Unicode case tables) cannot be fetched, so that the way out of
/// a storage problem never depends on the network. Named by id, which needs no
/// case tables either.
pub fn backup_file(scope: Scope<'_>, revision: u64, now: &str) -> ExportFile {
    let which = match scope {
        Scope::All(_) => "all",
        Scope::One(p) => p.id.as_str(),
    };
    ExportFile {
        name: file_name(which, now, "json"),
        text: to_json(scope.partnerships(), revision, Some(now)),
    }
}

/// `sdg-circle-<which>-<date>.<extension>`.
pub fn file_name(which: &str, now: &str, extension: &str) -> String {
    let date = now.get(..10).unwrap_or("");
    format!("sdg-circle-{which}-{date}.{extension}")
}

/// A file name fragment from a name: letters (of any script) and digits, lower
/// case, with dashes between words.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::file_format::restore;

    const NOW: &str = "2026-11-23T10:00:00Z";

    fn fixture() -> Vec<Partnership> {
        let text = include_str!("../../tests/fixtures/v1-full.json");
        restore(text).unwrap().workspace.partnerships
    }

    #[test]
    fn slugs_are_file_safe() {
        assert_eq!(slug("Lommel – Ongwediva"), "lommel-ongwediva");
        assert_eq!(slug("<script>x</script>"), "script-x-script");
        assert_eq!(slug("Lomé · Évora"), "lomé-évora");
    }

    #[test]
    fn files_are_named_after_what_they_hold_and_the_day() {
        let ps = fixture();
        let one = &ps[0];
        assert_eq!(
            export_file(Scope::All(&ps), 3, NOW).name,
            "sdg-circle-all-2026-11-23.json"
        );
        assert_eq!(
            export_file(Scope::One(one), 3, NOW).name,
            format!("sdg-circle-{}-2026-11-23.json", slug(&one.name))
        );
        assert_eq!(
            backup_file(Scope::One(one), 3, NOW).name,
            format!("sdg-circle-{}-2026-11-23.json", one.id.as_str())
        );
    }

    #[test]
    fn the_backup_imports_back_to_the_same_data_as_the_export() {
        let ps = fixture();
        for scope in [Scope::All(&ps), Scope::One(&ps[0])] {
            let exported = restore(&export_file(scope, 3, NOW).text).unwrap();
            let backup = backup_file(scope, 3, NOW);
            assert!(!backup.text.contains("\"results\""));
            let backed_up = restore(&backup.text).unwrap();
            assert_eq!(backed_up.workspace, exported.workspace);
            assert_eq!(backed_up.workspace.partnerships, scope.partnerships());
            assert_eq!(backed_up.revision, 3);
        }
    }
}
