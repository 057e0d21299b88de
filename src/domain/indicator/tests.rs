use super::csv::{read, CsvError};
use super::evidence::{for_goal, for_match, Support};
use super::status::{status, Missing, Status};
use super::*;
use crate::domain::index::{Match, MatchKind};

fn g(n: u8) -> GoalNumber {
    GoalNumber::new(n).unwrap()
}

fn follow(baseline: (i32, f64), target: (i32, f64), values: &[(i32, f64)]) -> Follow {
    let mut f = Follow::default();
    f.set_plan(Some(baseline), Some(target)).unwrap();
    for &(y, v) in values {
        f.set_value(y, v, "", "").unwrap();
    }
    f
}

fn st(baseline: (i32, f64), target: (i32, f64), latest: (i32, f64), better: Better) -> Status {
    status(&follow(baseline, target, &[latest]), better)
}

// Needed: +1 a year (0 in 2020 to 10 in 2030).
#[test]
fn status_each_case_and_its_boundaries() {
    let b = (2020, 0.0);
    let t = (2030, 10.0);
    let hi = Better::Higher;
    // Achieved exactly the needed pace: on track; a hair less: improving.
    assert_eq!(st(b, t, (2025, 5.0), hi), Status::OnTrack);
    assert_eq!(st(b, t, (2025, 4.99), hi), Status::Improving);
    // Above half: improving; exactly half: stagnating.
    assert_eq!(st(b, t, (2024, 2.01), hi), Status::Improving);
    assert_eq!(st(b, t, (2024, 2.0), hi), Status::Stagnating);
    // No change at all: stagnating; a step back: worsening.
    assert_eq!(st(b, t, (2024, 0.0), hi), Status::Stagnating);
    assert_eq!(st(b, t, (2024, -0.1), hi), Status::Worsening);
    // The target met, even early or beyond its year: on track.
    assert_eq!(st(b, t, (2021, 10.0), hi), Status::OnTrack);
    assert_eq!(st(b, t, (2033, 10.5), hi), Status::OnTrack);
    // Past the target year and not there: measured by the same paces.
    assert_eq!(st(b, t, (2032, 6.0), hi), Status::Stagnating);
    assert_eq!(st(b, t, (2032, 9.0), hi), Status::Improving);
}

#[test]
fn lower_is_better_turns_the_signs_round() {
    let lo = Better::Lower;
    // From 40 % to 20 % in ten years: -2 a year needed.
    let b = (2020, 40.0);
    let t = (2030, 20.0);
    assert_eq!(st(b, t, (2025, 30.0), lo), Status::OnTrack);
    assert_eq!(st(b, t, (2025, 34.0), lo), Status::Improving);
    assert_eq!(st(b, t, (2025, 35.0), lo), Status::Stagnating);
    assert_eq!(st(b, t, (2025, 41.0), lo), Status::Worsening);
    assert_eq!(st(b, t, (2022, 19.0), lo), Status::OnTrack);
}

#[test]
fn a_target_already_met_at_the_baseline_and_then_lost_is_worsening() {
    assert_eq!(
        st((2020, 12.0), (2030, 10.0), (2024, 9.0), Better::Higher),
        Status::Worsening
    );
}

#[test]
fn missing_values_say_what_is_missing() {
    let mut f = Follow::default();
    assert_eq!(
        status(&f, Better::Higher),
        Status::TooFew(Missing::Baseline)
    );
    f.set_plan(Some((2020, 1.0)), None).unwrap();
    assert_eq!(status(&f, Better::Higher), Status::TooFew(Missing::Target));
    f.set_plan(Some((2020, 1.0)), Some((2030, 2.0))).unwrap();
    assert_eq!(status(&f, Better::Higher), Status::TooFew(Missing::Values));
    // A value of the baseline's year, or before it, is no progress to read.
    f.set_value(2020, 1.5, "", "").unwrap();
    f.set_value(2018, 0.5, "", "").unwrap();
    assert_eq!(status(&f, Better::Higher), Status::TooFew(Missing::Values));
    f.set_value(2021, 1.1, "", "").unwrap();
    assert_eq!(status(&f, Better::Higher), Status::OnTrack);
    // The latest value counts, not the best one.
    f.set_value(2023, 0.9, "", "").unwrap();
    assert_eq!(status(&f, Better::Higher), Status::Worsening);
}

#[test]
fn plans_and_values_keep_their_rules() {
    let mut f = Follow::default();
    assert_eq!(
        f.set_plan(Some((2020, 1.0)), Some((2020, 2.0))),
        Err(ValueError::TargetBeforeBaseline)
    );
    assert_eq!(f.set_plan(Some((1800, 1.0)), None), Err(ValueError::Year));
    assert_eq!(f.set_value(2020, f64::NAN, "", ""), Err(ValueError::Value));
    assert_eq!(f, Follow::default());
    f.set_value(2022, 1.0, "first", "").unwrap();
    f.set_value(2021, 2.0, "", "").unwrap();
    f.set_value(2022, 3.0, "corrected", "").unwrap();
    let years: Vec<_> = f.values.iter().map(|m| (m.year, m.value)).collect();
    assert_eq!(years, [(2021, 2.0), (2022, 3.0)]);
    // A series with one bad year takes nothing.
    let before = f.clone();
    assert_eq!(
        f.take_series(&[(2023, 1.0), (3000, 1.0)], "x"),
        Err(ValueError::Year)
    );
    assert_eq!(f, before);
    assert_eq!(f.take_series(&[(2022, 4.0), (2023, 5.0)], "csv"), Ok(1));
    assert_eq!(f.values.len(), 3);
}

#[test]
fn drafts_are_checked() {
    let mut d = IndicatorDraft {
        name: "  Households with  safe water ".into(),
        goals: vec![g(6), g(3), g(6)],
        sdg_target: "6.1".into(),
        un_code: "6.1.1".into(),
        ..Default::default()
    };
    let ok = d.check().unwrap();
    assert_eq!(ok.name, "Households with safe water");
    assert_eq!(ok.goals, [g(3), g(6)]);
    d.sdg_target = "7.1".into();
    assert_eq!(d.check(), Err(IndicatorError::SdgTarget));
    d.sdg_target = "6.b".into();
    d.un_code = "6.1".into();
    assert_eq!(d.check(), Err(IndicatorError::UnCode));
    d.un_code = String::new();
    assert!(d.check().is_ok());
    d.goals.clear();
    assert_eq!(d.check(), Err(IndicatorError::NoGoal));
    let mut list = Vec::new();
    d.goals = vec![g(6)];
    for i in 0..MAX_INDICATORS {
        add(&mut list, format!("i-{i}"), &d).unwrap();
    }
    assert_eq!(
        add(&mut list, "i-x".into(), &d),
        Err(IndicatorError::TooMany)
    );
}

pub(crate) fn water() -> Indicator {
    let mut list = Vec::new();
    let draft = IndicatorDraft {
        name: "Households with safe drinking water".into(),
        goals: vec![g(6)],
        sdg_target: "6.1".into(),
        un_code: "6.1.1".into(),
        unit: "%".into(),
        better: Better::Higher,
        source: "Statbel".into(),
    };
    add(&mut list, "i-water".into(), &draft).unwrap();
    let mut i = list.remove(0);
    i.a = follow((2020, 90.0), (2030, 100.0), &[(2022, 93.0)]);
    i.b = follow((2020, 40.0), (2030, 80.0), &[(2022, 41.0)]);
    i
}

#[test]
fn evidence_for_a_goal_and_for_matches() {
    let list = vec![water()];
    let a = for_goal(&list, g(6), Side::A);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].status, Status::OnTrack);
    assert_eq!(a[0].latest.unwrap().value, 93.0);
    assert_eq!(a[0].target.unwrap().value, 100.0);
    assert!(for_goal(&list, g(7), Side::A).is_empty());

    let peer = |from| Match {
        goal: g(6),
        kind: MatchKind::PeerLearning { from },
    };
    // A on track and B stagnating: backs "A shares with B", contradicts the reverse.
    assert_eq!(for_match(&list, &peer(Side::A))[0].support, Support::Backs);
    assert_eq!(
        for_match(&list, &peer(Side::B))[0].support,
        Support::Contradicts
    );
    let joint = Match {
        goal: g(6),
        kind: MatchKind::JointLearning,
    };
    assert_eq!(for_match(&list, &joint)[0].support, Support::Mixed);
    let mut bare = water();
    bare.a = Follow::default();
    bare.b = Follow::default();
    assert_eq!(for_match(&[bare], &joint)[0].support, Support::NoStatus);
}

#[test]
fn open_sdg_csv_with_disaggregations() {
    let text = "Year,Sex,Age,Units,Value\n\
                2015,,,percent,71.5\n\
                2015,female,,percent,70\n\
                2016,,,percent,72.25\n\
                2016,female,,percent,71\n\
                2016,female,15-24,percent,\n\
                2017,female,15-24,percent,68\n\
                2017,,,percent,73\n";
    let t = read(text).unwrap();
    assert_eq!(t.columns, ["Sex", "Age", "Units"]);
    assert_eq!(t.series.len(), 3);
    assert!(t.series[0].keys.iter().take(2).all(String::is_empty));
    assert_eq!(
        t.series[0].points,
        [(2015, 71.5), (2016, 72.25), (2017, 73.0)]
    );
    assert_eq!(t.series[1].keys, ["female", "", "percent"]);
    assert_eq!(t.series[2].points, [(2017, 68.0)]);
}

#[test]
fn plain_year_value_semicolons_decimal_commas_and_pastes() {
    let t = read("Jaar;Waarde\r\n2019;12,5\r\n2020;\"1.234,75\"\r\n").unwrap();
    assert!(t.columns.is_empty());
    assert_eq!(t.series[0].points, [(2019, 12.5), (2020, 1234.75)]);
    // A byte-order mark and French headers.
    let t = read("\u{feff}Année;Valeur\n2021;3,0\n").unwrap();
    assert_eq!(t.series[0].points, [(2021, 3.0)]);
    // A paste from a spreadsheet: tabs, no header, a decimal comma.
    let t = read("2018\t4,5\n2019\t5\n").unwrap();
    assert_eq!(t.series[0].points, [(2018, 4.5), (2019, 5.0)]);
    // Comma-separated with a quoted thousands figure keeps the point decimal.
    let t = read("year,value\n2020,\"12.5\"\n2021,13\n").unwrap();
    assert_eq!(t.series[0].points, [(2020, 12.5), (2021, 13.0)]);
}

#[test]
fn bad_sheets_are_refused_with_where() {
    assert_eq!(read(""), Err(CsvError::Empty));
    assert_eq!(read("Sex,Value\nf,1\n"), Err(CsvError::NoYearColumn));
    assert_eq!(read("Year,Sex\n2020,f\n"), Err(CsvError::NoValueColumn));
    assert_eq!(
        read("Year,Value\n2020,1\nlast year,2\n"),
        Err(CsvError::BadYear {
            line: 3,
            found: "last year".into()
        })
    );
    assert_eq!(
        read("Year;Value\n2020;n/a\n"),
        Err(CsvError::BadValue {
            line: 2,
            found: "n/a".into()
        })
    );
    assert_eq!(
        read("Year,Value\n2020,1\n2020,2\n"),
        Err(CsvError::TwiceInSeries {
            line: 3,
            year: 2020
        })
    );
    assert_eq!(read("Year,Value\n"), Err(CsvError::NoValues));
    assert_eq!(
        read("Year,Value\n1066,1\n").unwrap_err(),
        CsvError::BadYear {
            line: 2,
            found: "1066".into()
        }
    );
    assert!(read("{\"format\": \"sdg-circle\"}").is_err());
}

#[test]
fn kept_text_round_trips_and_a_file_checks_it() {
    let kept = Indicators::new(&[water()]);
    assert_eq!(kept.list(), [water()]);
    let json = serde_json::to_string(&kept).unwrap();
    assert_eq!(serde_json::from_str::<Indicators>(&json).unwrap(), kept);
    // Values out of order, or a target before its baseline, do not read.
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v[0]["a"]["values"] =
        serde_json::json!([{"year": 2022, "value": 1}, {"year": 2021, "value": 1}]);
    assert!(serde_json::from_str::<Indicators>(&v.to_string()).is_err());
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v[0]["b"]["target"]["year"] = 2019.into();
    assert!(serde_json::from_str::<Indicators>(&v.to_string()).is_err());
}

/// A file's partnership keeps the indicators' rules, and the diagnosis says
/// which one it broke and where.
#[test]
fn a_file_keeps_the_rules_and_says_which_one_broke() {
    use crate::domain::file_format::problem::{Field, Part};
    use crate::domain::file_format::{restore, ProblemKind};
    let text = include_str!("../../../tests/fixtures/v3-full.json");
    let base: serde_json::Value = serde_json::from_str(text).unwrap();
    let broken = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = base.clone();
        edit(&mut v["partnerships"][0]["indicators"]);
        let r = restore(&v.to_string()).unwrap();
        assert_eq!(r.dropped.len(), 1);
        r.dropped[0].problem.clone()
    };
    let p = broken(&|l| l[1]["id"] = l[0]["id"].clone());
    assert_eq!(p.kind, ProblemKind::Indicator(IndicatorRule::IdTwice));
    let p = broken(&|l| l[0]["b"]["target"]["year"] = 2019.into());
    assert_eq!(
        p.kind,
        ProblemKind::Indicator(IndicatorRule::TargetBeforeBaseline)
    );
    assert_eq!(
        p.place.part,
        Some(Part::Indicator {
            position: 1,
            name: Some("Households with safe drinking water".into())
        })
    );
    assert_eq!(p.place.field, Some(Field::Year));
    let p = broken(&|l| l[0]["a"]["values"][0]["year"] = 2300.into());
    assert!(matches!(p.kind, ProblemKind::Value { .. }), "{p:?}");
    let p = broken(&|l| l[1]["goals"] = serde_json::json!([12, 11]));
    assert_eq!(p.kind, ProblemKind::Indicator(IndicatorRule::GoalsOrder));
    let p = broken(&|l| l[0]["sdg_target"] = "7.1".into());
    assert_eq!(p.kind, ProblemKind::Indicator(IndicatorRule::SdgTarget));
    let p = broken(&|l| l[0]["better"] = "more".into());
    assert_eq!(p.place.field, Some(Field::Better));
    let p = broken(&|l| {
        let one = l[0].clone();
        let many: Vec<serde_json::Value> = (0..=MAX_INDICATORS)
            .map(|i| {
                let mut o = one.clone();
                o["id"] = format!("i-{i}").into();
                o
            })
            .collect();
        *l = many.into();
    });
    assert_eq!(p.kind, ProblemKind::Indicator(IndicatorRule::TooMany));
}

#[test]
fn the_csv_export_has_a_row_per_value() {
    use crate::domain::partnership::tests::lommel_ongwediva as sample;
    let mut p = sample();
    p.indicators = vec![water()].into();
    let csv = export::indicators_csv(&[p]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], export::HEADER.join(","));
    // Per partner: baseline, one value, target.
    assert_eq!(lines.len(), 1 + 6);
    assert!(
        lines[1].ends_with(",a,Lommel,baseline,2020,90,,,on_track"),
        "{}",
        lines[1]
    );
    assert!(lines[5].contains(",b,") && lines[5].contains(",value,2022,41,"));
    assert!(lines[6].ends_with(",target,2030,80,,,stagnating"));
}

#[test]
fn the_catalogue_asset_reads_and_falls_back_to_english() {
    use super::catalogue::Catalogue;
    use crate::domain::Lang;
    let cat = Catalogue::read(include_str!("../../../assets/un-indicators.json")).unwrap();
    assert!(cat.indicators.len() > 200);
    assert!(cat.source.contains("MIT"));
    let water = cat.get("6.1.1").unwrap();
    assert_eq!(water.goal(), Some(g(6)));
    assert_eq!(water.sdg_target(), "6.1");
    assert!(!water.title(Lang::Fr).in_english_instead);
    assert_ne!(water.title(Lang::Fr).text, water.title(Lang::En).text);
    let nl = water.title(Lang::Nl);
    assert!(nl.in_english_instead);
    assert_eq!(nl.text, water.titles.en);
    let found = cat.find(Some(g(6)), "drinking water", Lang::En);
    assert_eq!(found[0].code, "6.1.1");
    assert!(cat
        .find(Some(g(6)), "", Lang::En)
        .iter()
        .all(|i| i.goal() == Some(g(6))));
    assert_eq!(
        cat.find(None, "11.b", Lang::Es)
            .first()
            .map(|i| i.code.as_str()),
        Some("11.b.1")
    );
}
