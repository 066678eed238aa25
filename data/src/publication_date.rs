use serde::{Deserialize, Serialize};
use thiserror::Error;

/// When an article was published, in ISO 8601: a calendar date (`2025-09-02`) or a
/// date and time with its zone offset (`2025-09-02T14:30:00+09:00`, `…Z`).
///
/// Kept as the text it was given, once checked: the viewer shows it and puts it in
/// `<time datetime>` as it is. A hand-written check rather than a date crate keeps
/// calendar code out of the WebAssembly the reader downloads.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PublicationDate(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PublicationDateError {
    #[error(
        "{0:?} is not an ISO 8601 date (2025-09-02) or date and time with a zone (2025-09-02T14:30:00+09:00)"
    )]
    Malformed(String),
    #[error("{0:?} names a day that does not exist")]
    NoSuchDay(String),
    #[error("{0:?} names a time that does not exist")]
    NoSuchTime(String),
}

/// A publication date taken apart: the calendar date, and the wall-clock time with
/// its zone offset when one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateParts {
    pub year: u32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    pub time: Option<ClockTime>,
}

/// A time of day as written, in its own zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockTime {
    pub hour: u32,
    pub minute: u32,
    /// The zone's offset from UTC in minutes (`+09:00` is 540, `Z` is 0).
    pub offset_minutes: i32,
}

impl PublicationDate {
    /// The date's parts, for showing it in a reader's language.
    pub fn parts(&self) -> DateParts {
        // The text was read once already, when the value was made.
        read(&self.0).unwrap_or(DateParts {
            year: 0,
            month: 1,
            day: 1,
            time: None,
        })
    }
}

impl TryFrom<String> for PublicationDate {
    type Error = PublicationDateError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        match read(&value) {
            Ok(_) => Ok(Self(value)),
            Err(Problem::Malformed) => Err(PublicationDateError::Malformed(value)),
            Err(Problem::NoSuchDay) => Err(PublicationDateError::NoSuchDay(value)),
            Err(Problem::NoSuchTime) => Err(PublicationDateError::NoSuchTime(value)),
        }
    }
}

enum Problem {
    Malformed,
    NoSuchDay,
    NoSuchTime,
}

fn read(value: &str) -> Result<DateParts, Problem> {
    let (date, time) = match value.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (value, None),
    };
    let [year, month, day] = digit_fields(date, '-', [4, 2, 2]).ok_or(Problem::Malformed)?;
    if !(1..=12).contains(&month) || !(1..=days_in_month(year, month)).contains(&day) {
        return Err(Problem::NoSuchDay);
    }
    let time = match time {
        None => None,
        Some(time) => {
            let (clock, zone) = split_zone(time).ok_or(Problem::Malformed)?;
            let (hour, minute, second) = parse_clock(clock).ok_or(Problem::Malformed)?;
            // 60 allows a leap second.
            if hour > 23 || minute > 59 || second > 60 {
                return Err(Problem::NoSuchTime);
            }
            let offset_minutes = match zone {
                Zone::Utc => 0,
                Zone::Offset {
                    sign,
                    hours_minutes,
                } => {
                    let [hours, minutes] =
                        digit_fields(hours_minutes, ':', [2, 2]).ok_or(Problem::Malformed)?;
                    if hours > 23 || minutes > 59 {
                        return Err(Problem::NoSuchTime);
                    }
                    // At most 23 × 60 + 59, so the conversion cannot fail.
                    let magnitude = i32::try_from(hours * 60 + minutes).unwrap_or(0);
                    sign * magnitude
                }
            };
            Some(ClockTime {
                hour,
                minute,
                offset_minutes,
            })
        }
    };
    Ok(DateParts {
        year,
        month,
        day,
        time,
    })
}

enum Zone<'a> {
    Utc,
    /// `sign` is 1 or -1; `hours_minutes` the `hh:mm` after it.
    Offset {
        sign: i32,
        hours_minutes: &'a str,
    },
}

fn split_zone(time: &str) -> Option<(&str, Zone<'_>)> {
    if let Some(clock) = time.strip_suffix('Z') {
        return Some((clock, Zone::Utc));
    }
    let at = time.rfind(['+', '-'])?;
    let sign = if time[at..].starts_with('-') { -1 } else { 1 };
    Some((
        &time[..at],
        Zone::Offset {
            sign,
            hours_minutes: &time[at + 1..],
        },
    ))
}

/// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fraction`.
fn parse_clock(clock: &str) -> Option<(u32, u32, u32)> {
    let (whole, fraction) = match clock.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (clock, None),
    };
    if let Some(fraction) = fraction
        && (fraction.is_empty() || !fraction.bytes().all(|byte| byte.is_ascii_digit()))
    {
        return None;
    }
    if let Some([hour, minute, second]) = digit_fields(whole, ':', [2, 2, 2]) {
        return Some((hour, minute, second));
    }
    if fraction.is_none()
        && let Some([hour, minute]) = digit_fields(whole, ':', [2, 2])
    {
        return Some((hour, minute, 0));
    }
    None
}

/// Splits `text` at `separator` into exactly `N` runs of ASCII digits of the given widths.
fn digit_fields<const N: usize>(
    text: &str,
    separator: char,
    widths: [usize; N],
) -> Option<[u32; N]> {
    let mut fields = [0; N];
    let mut parts = text.split(separator);
    for (field, width) in fields.iter_mut().zip(widths) {
        let part = parts.next()?;
        if part.len() != width || !part.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        *field = part.parse().ok()?;
    }
    parts.next().is_none().then_some(fields)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

validated_string!(PublicationDate, PublicationDateError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dates_and_zoned_date_times() {
        for date in [
            "2025-09-02",
            "2024-02-29",
            "2025-09-02T14:30Z",
            "2025-09-02T14:30:00+09:00",
            "2025-09-02T14:30:00.125-05:30",
            "2016-12-31T23:59:60Z",
        ] {
            assert!(PublicationDate::try_from(date).is_ok(), "{date}");
        }
    }

    #[test]
    fn rejects_malformed_dates() {
        for date in [
            "",
            "2 September 2025",
            "2025-9-2",
            "2025/09/02",
            "20250902",
            "2025-09-02T14:30",
            "2025-09-02T14:30:00",
            "2025-09-02T14:30:00.Z",
            "2025-09-02T14:30:00+0900",
            "2025-09-02T14Z",
            "2025-09-02 14:30Z",
            "２０２５-09-02",
        ] {
            assert!(
                matches!(
                    PublicationDate::try_from(date),
                    Err(PublicationDateError::Malformed(_))
                ),
                "{date}"
            );
        }
    }

    #[test]
    fn takes_dates_and_times_apart() {
        let parts = |text: &str| PublicationDate::try_from(text).unwrap().parts();
        assert_eq!(
            parts("2024-02-29"),
            DateParts {
                year: 2024,
                month: 2,
                day: 29,
                time: None
            }
        );
        assert_eq!(
            parts("2025-09-02T14:30:00.125-05:30").time,
            Some(ClockTime {
                hour: 14,
                minute: 30,
                offset_minutes: -330
            })
        );
        assert_eq!(
            parts("2025-09-02T09:05Z").time,
            Some(ClockTime {
                hour: 9,
                minute: 5,
                offset_minutes: 0
            })
        );
        assert_eq!(
            parts("2025-09-02T14:30:00+09:00")
                .time
                .unwrap()
                .offset_minutes,
            540
        );
    }

    #[test]
    fn rejects_days_and_times_that_do_not_exist() {
        for date in [
            "2025-02-29",
            "2100-02-29",
            "2025-13-01",
            "2025-04-31",
            "2025-00-10",
        ] {
            assert!(
                matches!(
                    PublicationDate::try_from(date),
                    Err(PublicationDateError::NoSuchDay(_))
                ),
                "{date}"
            );
        }
        for date in [
            "2025-09-02T24:00Z",
            "2025-09-02T12:60Z",
            "2025-09-02T12:00+24:00",
        ] {
            assert!(
                matches!(
                    PublicationDate::try_from(date),
                    Err(PublicationDateError::NoSuchTime(_))
                ),
                "{date}"
            );
        }
    }
}
