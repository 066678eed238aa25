//! Where the search index's chunks start. A query downloads the chunks its
//! words fall in, so they are kept small; a split again after a change keeps
//! the earlier split's starts where it can, so that only the chunks holding
//! changed terms change.

/// The bytes of JSON a chunk is cut at: a few round trips' worth of a query,
/// and enough chunks that one article's change rewrites little.
pub const TARGET_CHUNK_BYTES: usize = 32 * 1024;

/// The first term of each chunk (the first `""`), for `terms` in ascending
/// order with the bytes each takes. With the starts of an earlier split, those
/// are kept, except that a chunk grown past twice the target is cut again and
/// one shrunk under a quarter of it joins the chunk before it. A fresh plan is
/// cut at the target, then held to the same rules, so that planning again on
/// the same terms keeps every start.
pub fn plan_chunks(terms: &[(&str, usize)], earlier: Option<&[String]>) -> Vec<String> {
    match earlier.filter(|starts| starts.first().is_some_and(String::is_empty)) {
        Some(earlier) => keep_or_adjust(terms, earlier),
        None => keep_or_adjust(terms, &cut(terms, TARGET_CHUNK_BYTES)),
    }
}

/// `starts`, with each chunk grown past twice the target cut again and each
/// shrunk under a quarter of it joined to the one before.
fn keep_or_adjust(terms: &[(&str, usize)], starts: &[String]) -> Vec<String> {
    // Each chunk as it would be now, a chunk grown too large already cut.
    let mut chunks: Vec<(&str, usize)> = Vec::with_capacity(starts.len());
    for (start, group) in groups(terms, starts) {
        let bytes = bytes_of(group);
        if bytes <= 2 * TARGET_CHUNK_BYTES {
            chunks.push((start, bytes));
            continue;
        }
        // The first piece keeps the chunk's start, which may precede its first term.
        let mut piece_start = start;
        let mut piece_begins = 0;
        for begins in cut_points(group, TARGET_CHUNK_BYTES) {
            chunks.push((piece_start, bytes_of(&group[piece_begins..begins])));
            (piece_start, piece_begins) = (group[begins].0, begins);
        }
        chunks.push((piece_start, bytes_of(&group[piece_begins..])));
    }
    let mut planned: Vec<(&str, usize)> = Vec::with_capacity(chunks.len());
    for (start, bytes) in chunks {
        match planned.last_mut() {
            Some((_, before))
                if bytes < TARGET_CHUNK_BYTES / 4 && *before + bytes <= 2 * TARGET_CHUNK_BYTES =>
            {
                *before += bytes;
            }
            _ => planned.push((start, bytes)),
        }
    }
    // The first chunk has no chunk before it: a small one takes in the next.
    if planned.len() > 1
        && planned[0].1 < TARGET_CHUNK_BYTES / 4
        && planned[0].1 + planned[1].1 <= 2 * TARGET_CHUNK_BYTES
    {
        let (_, next_bytes) = planned.remove(1);
        planned[0].1 += next_bytes;
    }
    planned
        .into_iter()
        .map(|(start, _)| start.to_owned())
        .collect()
}

/// Each start with the terms its chunk holds: from it up to the next start.
fn groups<'a, 'b>(
    terms: &'b [(&'a str, usize)],
    starts: &'b [String],
) -> Vec<(&'b str, &'b [(&'a str, usize)])> {
    let mut groups = Vec::with_capacity(starts.len());
    let mut rest = terms;
    for (number, start) in starts.iter().enumerate() {
        let held = starts.get(number + 1).map_or(rest.len(), |next| {
            rest.partition_point(|(term, _)| *term < next.as_str())
        });
        let (group, after) = rest.split_at(held);
        groups.push((start.as_str(), group));
        rest = after;
    }
    groups
}

/// The starts of chunks of about `target` bytes each, cut anew.
fn cut(terms: &[(&str, usize)], target: usize) -> Vec<String> {
    std::iter::once(String::new())
        .chain(
            cut_points(terms, target)
                .into_iter()
                .map(|begins| terms[begins].0.to_owned()),
        )
        .collect()
}

/// Where in `terms` each chunk after the first begins, for chunks of about
/// `target` bytes each; a term larger than the target has a chunk of its own.
fn cut_points(terms: &[(&str, usize)], target: usize) -> Vec<usize> {
    let mut points = Vec::new();
    let mut bytes = 0;
    for (number, &(_, size)) in terms.iter().enumerate() {
        if bytes > 0 && bytes + size > target {
            points.push(number);
            bytes = 0;
        }
        bytes += size;
    }
    points
}

fn bytes_of(terms: &[(&str, usize)]) -> usize {
    terms.iter().map(|(_, size)| size).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUARTER: usize = TARGET_CHUNK_BYTES / 4;

    /// Terms `a…`, `b…`, … with the sizes given, one letter a group.
    fn terms(sizes: &[&[usize]]) -> Vec<(String, usize)> {
        sizes
            .iter()
            .zip('a'..)
            .flat_map(|(group, letter)| {
                group
                    .iter()
                    .enumerate()
                    .map(move |(number, &size)| (format!("{letter}{number:03}"), size))
            })
            .collect()
    }

    fn borrowed(terms: &[(String, usize)]) -> Vec<(&str, usize)> {
        terms
            .iter()
            .map(|(term, size)| (term.as_str(), *size))
            .collect()
    }

    fn plan(terms: &[(String, usize)], earlier: Option<&[&str]>) -> Vec<String> {
        let terms = borrowed(terms);
        let earlier: Option<Vec<String>> =
            earlier.map(|starts| starts.iter().map(|start| (*start).to_owned()).collect());
        plan_chunks(&terms, earlier.as_deref())
    }

    #[test]
    fn cuts_a_fresh_index_into_chunks_of_about_the_target() {
        let terms = terms(&[&[QUARTER; 6], &[QUARTER; 4]]);
        assert_eq!(plan(&terms, None), ["", "a004", "b002"]);
        assert_eq!(plan(&[], None), [""]);
    }

    #[test]
    fn gives_a_term_larger_than_the_target_its_own_chunk() {
        let terms = terms(&[&[100, 3 * TARGET_CHUNK_BYTES, 100]]);
        assert_eq!(plan(&terms, None), ["", "a001", "a002"]);
    }

    #[test]
    fn keeps_the_earlier_starts_where_they_still_work() {
        // Each earlier chunk grew or shrank, but stays between a quarter and
        // twice the target: not one start moves, and none appears.
        let terms = terms(&[&[QUARTER; 7], &[QUARTER; 2], &[QUARTER; 3]]);
        assert_eq!(plan(&terms, Some(&["", "b", "c"])), ["", "b", "c"]);
        assert_eq!(
            plan(&terms, Some(&["", "b000", "bz"])),
            ["", "b000", "bz"],
            "a start need not be a term"
        );
    }

    #[test]
    fn cuts_again_only_a_chunk_grown_past_twice_the_target() {
        let terms = terms(&[&[QUARTER; 3], &[QUARTER; 9], &[QUARTER; 3]]);
        assert_eq!(
            plan(&terms, Some(&["", "b", "c"])),
            ["", "b", "b004", "b008", "c"]
        );
    }

    #[test]
    fn joins_a_chunk_shrunk_under_a_quarter_of_the_target_to_the_one_before() {
        let middle_small = terms(&[&[QUARTER; 3], &[100], &[QUARTER; 3]]);
        assert_eq!(plan(&middle_small, Some(&["", "b", "c"])), ["", "c"]);
        let first_small = terms(&[&[100], &[QUARTER; 3], &[QUARTER; 3]]);
        assert_eq!(
            plan(&first_small, Some(&["", "b", "c"])),
            ["", "c"],
            "the first chunk takes in the next"
        );
    }

    #[test]
    fn keeps_every_start_of_a_fresh_plan_when_planning_again() {
        // Cut at the target, `b000` alone would make a small chunk before the
        // large term: the fresh plan joins it to the chunk before already.
        let terms = terms(&[
            &[QUARTER; 4],
            &[100, 3 * TARGET_CHUNK_BYTES],
            &[100, QUARTER],
        ]);
        assert_eq!(
            cut(&borrowed(&terms), TARGET_CHUNK_BYTES),
            ["", "b000", "b001", "c000"]
        );
        let fresh = plan(&terms, None);
        let starts: Vec<&str> = fresh.iter().map(String::as_str).collect();
        assert_eq!(plan(&terms, Some(&starts)), fresh);
        assert_eq!(fresh, ["", "b001", "c000"]);
    }

    #[test]
    fn cuts_anew_without_a_usable_earlier_plan() {
        let terms = terms(&[&[QUARTER; 6]]);
        assert_eq!(plan(&terms, Some(&[])), ["", "a004"]);
    }
}
