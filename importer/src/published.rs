//! Publication stamps: lines that only say when the article was published or
//! updated ("Published 9:41 AM EDT, Tue September 2, 2025", "Updated 14:30 GMT, 2
//! September 2025", "September 2, 2025 at 2:30 p.m. EDT", "2025-09-02T14:30:00+09:00",
//! "Updated: 2 Sep 2025").
//!
//! A stamp fills the article's `published` date only with what it states beyond
//! doubt. The year must be written: a stamp without one is no stamp. The time is
//! kept only with a zone whose offset is certain (`UTC`, `GMT`, `Z`, a numeric offset
//! or a name in [`ZONE_OFFSETS`]) and a clock that cannot be misread (`AM`/`PM`, or a
//! 24-hour time such as `09:41` or `14:30`); otherwise the date alone is kept. Dates
//! written only in numbers other than ISO's (`02/09/2025`) are left alone: the day
//! and month could be either way round.

use edition::PublicationDate;

use super::{Finding, Part, Removal, RemovalRule, SourceLine, finding, removal};

/// What a stamp says it marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StampLabel {
    /// "Published …", "Posted …", "First published …".
    Published,
    /// A date with no word before it.
    Unlabelled,
    /// "Updated …", "Last modified …".
    Updated,
}

/// Words that open a stamp, longest first, and what they mark.
const LABELS: &[(&str, StampLabel)] = &[
    ("originally published", StampLabel::Published),
    ("first published", StampLabel::Published),
    ("published", StampLabel::Published),
    ("posted", StampLabel::Published),
    ("last updated", StampLabel::Updated),
    ("last modified", StampLabel::Updated),
    ("updated", StampLabel::Updated),
    ("modified", StampLabel::Updated),
];

/// Zone abbreviations whose offset from UTC, in minutes, is not in doubt: each
/// names one zone at one time of year. Left out on purpose, in
/// [`UNCERTAIN_ZONES`]: `CST` (US Central or China), `IST` (India, Ireland or
/// Israel), `BST` (British Summer or Bangladesh), `AST` (Atlantic or Arabia), and
/// `ET`, `CT`, `MT`, `PT`, which name a zone in summer and winter alike.
const ZONE_OFFSETS: &[(&str, i32)] = &[
    ("EDT", -4 * 60),
    ("EST", -5 * 60),
    ("CDT", -5 * 60),
    ("MDT", -6 * 60),
    ("MST", -7 * 60),
    ("PDT", -7 * 60),
    ("PST", -8 * 60),
    ("AKDT", -8 * 60),
    ("HST", -10 * 60),
    ("WET", 0),
    ("WEST", 60),
    ("CET", 60),
    ("CEST", 2 * 60),
    ("EET", 2 * 60),
    ("EEST", 3 * 60),
    ("MSK", 3 * 60),
    ("HKT", 8 * 60),
    ("SGT", 8 * 60),
    ("KST", 9 * 60),
    ("JST", 9 * 60),
    ("AEST", 10 * 60),
    ("AEDT", 11 * 60),
    ("NZST", 12 * 60),
    ("NZDT", 13 * 60),
];

/// Zone names a stamp may carry whose offset is not certain: the stamp is read,
/// and its time left out.
const UNCERTAIN_ZONES: &[&str] = &["ET", "CT", "MT", "PT", "CST", "IST", "BST", "AST"];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// What may stand between the parts of a stamp, or between two stamps on one line.
const FILLERS: &[&str] = &["at", "on", "-", "–", "—", "|", "/", "·", "•"];

/// A stamp as read from the text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Stamp {
    pub label: StampLabel,
    pub date: PublicationDate,
    /// The stamp had a time, but no certain zone or a clock that could be misread.
    pub time_left_out: bool,
}

/// Takes the stamp lines out of `lines`, recording each removal, and returns the
/// publication date of the stamp that wins: the first "Published" one, else the
/// first without a label, else the first "Updated" one.
pub(super) fn take_published(
    lines: &mut Vec<SourceLine<'_>>,
    removed: &mut Vec<Removal>,
    findings: &mut Vec<Finding>,
) -> Option<PublicationDate> {
    let mut stamps: Vec<(u32, Stamp)> = Vec::new();
    lines.retain(|line| match read_stamps(line.text) {
        Some(found) => {
            removed.push(removal(line.number, line.text, RemovalRule::Timestamp));
            stamps.extend(found.into_iter().map(|stamp| (line.number, stamp)));
            false
        }
        None => true,
    });
    let (line, chosen) = [
        StampLabel::Published,
        StampLabel::Unlabelled,
        StampLabel::Updated,
    ]
    .iter()
    .find_map(|&label| stamps.iter().find(|(_, stamp)| stamp.label == label))?;
    findings.push(finding(
        *line,
        Part::Published {
            label: chosen.label,
            stamps: stamps.len(),
            time_left_out: chosen.time_left_out,
        },
        &chosen.date,
    ));
    Some(chosen.date.clone())
}

/// The stamps `line` consists of (several may share a line, split by a bar or a
/// bullet), or `None` when anything else is on it.
pub(super) fn read_stamps(line: &str) -> Option<Vec<Stamp>> {
    line.split(['|', '•', '·'])
        .filter(|part| !part.trim().is_empty())
        .map(read_stamp)
        .collect::<Option<Vec<Stamp>>>()
        .filter(|stamps| !stamps.is_empty())
}

/// The parts of a stamp, as they are found in any order.
#[derive(Default)]
struct Parts {
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<usize>,
    clock: Option<Clock>,
    /// "AM" is `Some(false)`, "PM" `Some(true)`.
    afternoon: Option<bool>,
    /// `Some(None)` for a zone whose offset is not certain.
    zone: Option<Option<i32>>,
}

#[derive(Clone, Copy)]
struct Clock {
    hour: u32,
    minute: u32,
    second: Option<u32>,
    /// "09:41" and "14:30" are 24-hour times; "9:41" may be either without AM or PM.
    two_digit_hour: bool,
}

fn read_stamp(text: &str) -> Option<Stamp> {
    let text = text.trim();
    let (label, rest) = LABELS
        .iter()
        .find_map(|&(word, label)| {
            let opening = text.get(..word.len())?;
            let rest = &text[word.len()..];
            (opening.eq_ignore_ascii_case(word) && rest.starts_with([' ', ':']))
                .then_some((label, rest))
        })
        .unwrap_or((StampLabel::Unlabelled, text));
    let rest = rest.trim_start().trim_start_matches(':');

    let mut parts = Parts::default();
    for token in rest
        .split(|character: char| character.is_whitespace() || character == ',')
        .filter(|token| !token.is_empty())
    {
        read_token(token, &mut parts)?;
    }
    let (year, month, day) = (parts.year?, parts.month?, parts.day?);
    let date = format!("{year:04}-{month:02}-{day:02}");
    PublicationDate::try_from(date.as_str()).ok()?;
    if let Some(weekday) = parts.weekday
        && weekday != weekday_of(year, month, day)
    {
        return None;
    }
    let time = parts.clock.map(|clock| timestamp(clock, &parts));
    let time_left_out = matches!(time, Some(None));
    let date = match time.flatten() {
        Some(time) => format!("{date}T{time}"),
        None => date,
    };
    Some(Stamp {
        label,
        date: PublicationDate::try_from(date).ok()?,
        time_left_out,
    })
}

/// Reads one word of a stamp into `parts`; `None` for a word no stamp has, or a
/// part given twice.
fn read_token(token: &str, parts: &mut Parts) -> Option<()> {
    fn set<T>(slot: &mut Option<T>, value: T) -> Option<()> {
        slot.is_none().then(|| *slot = Some(value))
    }
    let lower = token.to_lowercase();
    let word = lower.trim_end_matches('.');
    if FILLERS.contains(&word) {
        return Some(());
    }
    if let Some(month) = month_number(word) {
        return set(&mut parts.month, month);
    }
    if let Some(weekday) = weekday_index(word) {
        return set(&mut parts.weekday, weekday);
    }
    if let Some(afternoon) = meridiem(&lower) {
        return set(&mut parts.afternoon, afternoon);
    }
    if let Some(zone) = zone_offset(token) {
        return set(&mut parts.zone, zone);
    }
    if word.len() == 4 && word.bytes().all(|byte| byte.is_ascii_digit()) {
        return set(&mut parts.year, word.parse().ok()?);
    }
    let day = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    if (1..=2).contains(&day.len()) && day.bytes().all(|byte| byte.is_ascii_digit()) {
        return set(&mut parts.day, day.parse().ok()?);
    }
    if let Some((date, time)) = token.split_once('T') {
        read_iso_date(date, parts)?;
        return read_clock_and_zone(time, parts);
    }
    if read_iso_date(token, parts).is_some() {
        return Some(());
    }
    // "9:41AM", "14:30Z", "14:30:00+09:00"
    read_clock_and_zone(token, parts)
}

/// "2025-09-02"
fn read_iso_date(token: &str, parts: &mut Parts) -> Option<()> {
    let fields: Vec<&str> = token.split('-').collect();
    let [year, month, day] = fields[..] else {
        return None;
    };
    let widths_are_iso = year.len() == 4 && month.len() == 2 && day.len() == 2;
    let all_digits = token
        .bytes()
        .all(|byte| byte.is_ascii_digit() || byte == b'-');
    if !widths_are_iso || !all_digits {
        return None;
    }
    if parts.year.is_some() || parts.month.is_some() || parts.day.is_some() {
        return None;
    }
    parts.year = Some(year.parse().ok()?);
    parts.month = Some(month.parse().ok()?);
    parts.day = Some(day.parse().ok()?);
    Some(())
}

/// A clock time, perhaps with "AM"/"PM" or a zone glued on: "9:41", "9:41AM",
/// "14:30Z", "14:30:00.125+09:00".
fn read_clock_and_zone(token: &str, parts: &mut Parts) -> Option<()> {
    let clock_end = token
        .find(|character: char| !(character.is_ascii_digit() || matches!(character, ':' | '.')))
        .unwrap_or(token.len());
    let (clock, after) = token.split_at(clock_end);
    let clock = read_clock(clock)?;
    if parts.clock.is_some() {
        return None;
    }
    parts.clock = Some(clock);
    if after.is_empty() {
        return Some(());
    }
    if let Some(afternoon) = meridiem(&after.to_lowercase()) {
        parts.afternoon.is_none().then_some(())?;
        parts.afternoon = Some(afternoon);
        return Some(());
    }
    let zone = zone_offset(after)?;
    parts.zone.is_none().then_some(())?;
    parts.zone = Some(zone);
    Some(())
}

/// "9:41", "09:41", "14:30:05", "14:30:05.125" (the fraction is dropped).
fn read_clock(clock: &str) -> Option<Clock> {
    let (clock, fraction) = clock.split_once('.').unwrap_or((clock, ""));
    if !fraction.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let fields: Vec<&str> = clock.split(':').collect();
    let number = |field: &str, widths: std::ops::RangeInclusive<usize>| {
        (widths.contains(&field.len()) && field.bytes().all(|byte| byte.is_ascii_digit()))
            .then(|| field.parse::<u32>().ok())
            .flatten()
    };
    let (hour, minute, second) = match fields[..] {
        [hour, minute] => (hour, minute, None),
        [hour, minute, second] => (hour, minute, Some(second)),
        _ => return None,
    };
    let clock = Clock {
        hour: number(hour, 1..=2)?,
        minute: number(minute, 2..=2)?,
        second: match second {
            Some(second) => Some(number(second, 2..=2)?),
            None => None,
        },
        two_digit_hour: hour.len() == 2,
    };
    (clock.hour <= 23 && clock.minute <= 59 && clock.second.is_none_or(|second| second <= 59))
        .then_some(clock)
}

/// "AM" is `Some(false)`, "PM" `Some(true)`, in any of their spellings.
fn meridiem(lower: &str) -> Option<bool> {
    match lower {
        "am" | "a.m." | "a.m" => Some(false),
        "pm" | "p.m." | "p.m" => Some(true),
        _ => None,
    }
}

/// The zone's offset in minutes: `Some(Some(offset))` when it is certain,
/// `Some(None)` for a zone name whose offset is not, `None` for what is no zone.
/// Names are read in capitals only, as stamps print them: "est" is no zone.
fn zone_offset(token: &str) -> Option<Option<i32>> {
    let token = token.trim_start_matches('(').trim_end_matches(')');
    if matches!(token, "Z" | "UTC" | "GMT") {
        return Some(Some(0));
    }
    if let Some(&(_, offset)) = ZONE_OFFSETS.iter().find(|(name, _)| *name == token) {
        return Some(Some(offset));
    }
    if UNCERTAIN_ZONES.contains(&token) {
        return Some(None);
    }
    let numeric = ["UTC", "GMT", ""]
        .iter()
        .find_map(|prefix| token.strip_prefix(prefix))?;
    numeric_offset(numeric).map(Some)
}

/// "+09:00", "+0900", "+9", "-05:30", "-4".
fn numeric_offset(text: &str) -> Option<i32> {
    let sign = match text.chars().next()? {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let digits = &text[text.chars().next()?.len_utf8()..];
    if !digits
        .bytes()
        .all(|byte| byte.is_ascii_digit() || byte == b':')
    {
        return None;
    }
    let (hours, minutes) = match digits.split_once(':') {
        Some((hours, minutes)) => (hours, minutes),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "00"),
    };
    let all_digits = |field: &str| !field.is_empty() && field.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(hours) && all_digits(minutes) && hours.len() <= 2 && minutes.len() == 2) {
        return None;
    }
    let (hours, minutes): (i32, i32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours <= 14 && minutes <= 59).then_some(sign * (hours * 60 + minutes))
}

/// The time of a stamp as `PublicationDate` writes it ("09:41-04:00", "14:30Z"),
/// or `None` when the clock could be misread or the zone's offset is not certain.
fn timestamp(clock: Clock, parts: &Parts) -> Option<String> {
    let hour = match parts.afternoon {
        Some(afternoon) if (1..=12).contains(&clock.hour) => {
            clock.hour % 12 + 12 * u32::from(afternoon)
        }
        Some(_) => return None,
        None if clock.two_digit_hour || clock.hour >= 13 => clock.hour,
        None => return None,
    };
    let offset = parts.zone??;
    let zone = if offset == 0 {
        "Z".to_owned()
    } else {
        let sign = if offset < 0 { '-' } else { '+' };
        let magnitude = offset.unsigned_abs();
        format!("{sign}{:02}:{:02}", magnitude / 60, magnitude % 60)
    };
    let second = clock
        .second
        .map(|second| format!(":{second:02}"))
        .unwrap_or_default();
    Some(format!("{hour:02}:{:02}{second}{zone}", clock.minute))
}

/// "sep", "sept", "september" → 9.
fn month_number(word: &str) -> Option<u32> {
    let index = MONTHS.iter().position(|month| {
        *month == word || (word.len() >= 3 && month.starts_with(word) && word.len() <= 4)
    })?;
    u32::try_from(index + 1).ok()
}

/// "tue", "tues", "tuesday" → 1 (Monday is 0).
fn weekday_index(word: &str) -> Option<usize> {
    WEEKDAYS.iter().position(|weekday| {
        *weekday == word || (word.len() >= 3 && word.len() <= 5 && weekday.starts_with(word))
    })
}

/// The day of the week, Monday being 0 (Sakamoto's method).
fn weekday_of(year: u32, month: u32, day: u32) -> usize {
    const MONTH_OFFSETS: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let year = if month < 3 { year - 1 } else { year };
    let sunday_based =
        (year + year / 4 - year / 100 + year / 400 + MONTH_OFFSETS[month as usize - 1] + day) % 7;
    // Sakamoto counts from Sunday.
    ((sunday_based + 6) % 7) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(line: &str) -> Option<(StampLabel, String, bool)> {
        let stamps = read_stamps(line)?;
        assert_eq!(stamps.len(), 1, "{line}");
        let stamp = &stamps[0];
        Some((stamp.label, stamp.date.to_string(), stamp.time_left_out))
    }

    #[test]
    fn reads_stamps_with_date_time_and_zone_as_full_timestamps() {
        for (line, label, date) in [
            (
                "Published 9:41 AM EDT, Tue September 2, 2025",
                StampLabel::Published,
                "2025-09-02T09:41-04:00",
            ),
            (
                "Updated 14:30 GMT, 2 September 2025",
                StampLabel::Updated,
                "2025-09-02T14:30Z",
            ),
            (
                "September 2, 2025 at 2:30 p.m. EDT",
                StampLabel::Unlabelled,
                "2025-09-02T14:30-04:00",
            ),
            (
                "2025-09-02T14:30:00+09:00",
                StampLabel::Unlabelled,
                "2025-09-02T14:30:00+09:00",
            ),
            (
                "Posted: Sept. 2, 2025 12:05 a.m. KST",
                StampLabel::Published,
                "2025-09-02T00:05+09:00",
            ),
            (
                "Last updated on 2 September 2025 at 12:30 CEST",
                StampLabel::Updated,
                "2025-09-02T12:30+02:00",
            ),
            (
                "Published 2025-09-02 14:30 UTC+05:30",
                StampLabel::Published,
                "2025-09-02T14:30+05:30",
            ),
            (
                "Updated 9:41PM PST Tuesday, September 2, 2025",
                StampLabel::Updated,
                "2025-09-02T21:41-08:00",
            ),
        ] {
            assert_eq!(stamp(line), Some((label, date.to_owned(), false)), "{line}");
        }
    }

    #[test]
    fn keeps_the_date_alone_when_the_time_is_not_certain() {
        for (line, label, date, time_left_out) in [
            (
                "Updated: 2 Sep 2025",
                StampLabel::Updated,
                "2025-09-02",
                false,
            ),
            (
                "September 2, 2025",
                StampLabel::Unlabelled,
                "2025-09-02",
                false,
            ),
            (
                "Published 9:41 AM ET, Tue September 2, 2025",
                StampLabel::Published,
                "2025-09-02",
                true,
            ),
            (
                "Published 14:30 IST, 2 September 2025",
                StampLabel::Published,
                "2025-09-02",
                true,
            ),
            (
                "Published 14:30, 2 September 2025",
                StampLabel::Published,
                "2025-09-02",
                true,
            ),
            (
                "Updated 9:41 GMT, 2 September 2025",
                StampLabel::Updated,
                "2025-09-02",
                true,
            ),
            (
                "2025-09-02T14:30:00",
                StampLabel::Unlabelled,
                "2025-09-02",
                true,
            ),
        ] {
            assert_eq!(
                stamp(line),
                Some((label, date.to_owned(), time_left_out)),
                "{line}"
            );
        }
    }

    #[test]
    fn reads_two_stamps_on_one_line() {
        let stamps = read_stamps(
            "Published 9:41 AM EDT, Tue September 2, 2025 | Updated 10:02 AM EDT, Tue September 2, 2025",
        )
        .unwrap();
        assert_eq!(stamps[0].label, StampLabel::Published);
        assert_eq!(stamps[1].label, StampLabel::Updated);
        assert_eq!(&*stamps[1].date, "2025-09-02T10:02-04:00");
    }

    #[test]
    fn leaves_lines_that_are_not_only_a_stamp() {
        for line in [
            "Updated 14:30 GMT, 2 September",
            "September 2",
            "Published 9:41 AM EDT",
            "02/09/2025",
            "9/2/2025 14:30",
            "On September 2, 2025, the council met.",
            "The council met on September 2, 2025",
            "Published by the ministry on 2 September 2025",
            "Published 9:41 AM EDT, Wed September 2, 2025",
            "February 30, 2025",
            "2 September 2025 at 25:10 GMT",
            "Updated 2 September 2025 and 3 September 2025",
            "Updated",
            "2025",
            "May 2025",
        ] {
            assert_eq!(read_stamps(line), None, "{line}");
        }
    }

    #[test]
    fn the_first_published_stamp_wins_over_updated_ones() {
        let mut lines = vec![
            SourceLine {
                number: 2,
                text: "Updated 10:02 AM EDT, Tue September 2, 2025",
            },
            SourceLine {
                number: 3,
                text: "Published 9:41 AM EDT, Tue September 2, 2025",
            },
            SourceLine {
                number: 4,
                text: "Published 9:00 AM EDT, Mon September 1, 2025",
            },
            SourceLine {
                number: 5,
                text: "The council met on Tuesday.",
            },
        ];
        let mut removed = Vec::new();
        let mut findings = Vec::new();
        let published = take_published(&mut lines, &mut removed, &mut findings);
        assert_eq!(published.as_deref(), Some("2025-09-02T09:41-04:00"));
        assert_eq!(lines.len(), 1);
        assert_eq!(removed.len(), 3);
        assert!(
            removed
                .iter()
                .all(|removal| removal.rule == RemovalRule::Timestamp)
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].line.map(|line| line.get()), Some(3));
        assert_eq!(
            findings[0].part,
            Part::Published {
                label: StampLabel::Published,
                stamps: 3,
                time_left_out: false
            }
        );
    }

    #[test]
    fn knows_the_day_of_the_week() {
        assert_eq!(weekday_of(2025, 9, 2), 1);
        assert_eq!(weekday_of(2024, 2, 29), 3);
        assert_eq!(weekday_of(2000, 1, 1), 5);
    }
}
