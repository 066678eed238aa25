//! How long a host may keep each file of a split folder, in the headers files
//! of two kinds of static host: `_headers` (Netlify, Cloudflare Pages) and
//! `vercel.json` (Vercel). Both hosts read them at the root of the site and
//! take paths from there, so the folder works as deployed as a site of its own.

/// Files that change only when their article does: a reader's browser keeps them a day.
const LONG: &str = "public, max-age=86400";
/// Files that change with any headline (the index, its pages, its search
/// chunks): kept five minutes, so that a new edition reaches readers soon.
const SHORT: &str = "public, max-age=300";

/// Each path of the folder (`*`: any file in that folder) with its `Cache-Control`.
const CACHE_RULES: [(&str, &str); 4] = [
    ("index.json", SHORT),
    ("pages/*", SHORT),
    ("search/*", SHORT),
    ("articles/*", LONG),
];

/// The headers files `split` writes at the top of the folder: each name with its text.
pub fn headers_files() -> [(&'static str, String); 2] {
    [("_headers", headers_file()), ("vercel.json", vercel_json())]
}

/// The folder's `_headers` file.
fn headers_file() -> String {
    let mut text =
        String::from("# How long browsers and caches keep each file of this split edition.\n");
    for (path, cache_control) in CACHE_RULES {
        text.push_str(&format!("/{path}\n  Cache-Control: {cache_control}\n"));
    }
    text
}

/// The folder's `vercel.json`, with the same rules as [`headers_file`].
fn vercel_json() -> String {
    let headers: Vec<serde_json::Value> = CACHE_RULES
        .iter()
        .map(|(path, cache_control)| {
            serde_json::json!({
                // Vercel's paths are patterns in which `(.*)` stands for any text.
                "source": format!("/{}", path.replace('*', "(.*)")),
                "headers": [{ "key": "Cache-Control", "value": cache_control }],
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "headers": headers }))
        .expect("the rules serialize")
        + "\n"
}
